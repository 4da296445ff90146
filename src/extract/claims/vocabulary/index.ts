/** The predicate vocabulary: predicates (`predicates.json`), their trigger words (`triggers.json`), and loaders for users' extensions. */
export * from './types';
export { PLOVER_TYPES, TRIGGER_TENSES, nounTriggerSchema, predicateSchema, predicateTriggersSchema, triggerFileSchema, verbTriggerSchema } from './schema';
export { PREDICATES, loadPredicates, predicate, type LoadPredicatesOptions } from './predicates';
export { TRIGGERS, loadTriggers, triggerForms, type LoadTriggersOptions } from './triggers';
export { nounForms, verbForms, type VerbForms } from './inflect';
