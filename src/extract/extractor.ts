import type { Lexicon } from '../lexicon/lexicon';
import type { Assertion } from '../model/assertion';
import type { Document } from '../model/document';
import type { Entity } from '../model/entity';
import { assertionIri, DEFAULT_BASE, documentIri } from '../model/iri';
import { findClaims } from './claims/find-claims';
import { officeClaims } from './claims/office-claims';
import { TriggerIndex } from './claims/trigger-index';
import type { Claim } from './claims/types';
import { triggerForms, type TriggerForm } from './claims/vocabulary';
import type { PublicationInference } from './dating/infer-publication';
import { linkedEntities } from './entities';
import { linkAndDate } from './dating/link-and-date';
import { EntityLinker } from './linking/linker';
import type { LinkedMention } from './linking/types';

/** What an {@link Extractor} finds in one document. */
export interface DocumentExtraction {
  /** The document, with its publication date as the extractor established it. */
  document: Document;
  /** How an undated document was dated: the constraints kept and those in conflict. */
  dating: Pick<PublicationInference, 'constraints' | 'conflicts'>;
  /** Entity mentions; `entity` is a key of `entities`. */
  mentions: LinkedMention[];
  /** The entities mentioned, by the key their mentions use. */
  entities: Map<string, Entity>;
  /** The claims, with entity IRIs, ready for the graph. */
  assertions: Assertion[];
  /** Keys of `entities` that the lexicon does not know (their kind is a guess). */
  provisional?: ReadonlySet<string>;
}

/**
 * Document → mentions and assertions. The default is the offline, deterministic
 * {@link RuleExtractor}; plug in your own (an LLM-backed one, say) wherever `extract`,
 * `buildGraph` or the CLI take an `extractor`.
 */
export interface Extractor {
  extract(document: Document): DocumentExtraction;
}

/** Options for {@link RuleExtractor}. */
export interface RuleExtractorOptions {
  /** Base for minted IRIs (default `urn:claimgraph:`). */
  base?: string;
  /** Who is who (default: the lexicon shipped with the package). */
  lexicon?: Lexicon;
  /** A linker to reuse (built from `lexicon` otherwise). */
  linker?: EntityLinker;
  /** Trigger words (default: those of the shipped predicate vocabulary). */
  triggers?: Iterable<TriggerForm>;
}

/**
 * The shipped extractor, rules only: links entities at the document's date (see
 * {@link EntityLinker}), dates undated documents from what they presuppose, and reads
 * claims around the trigger words of the predicate vocabulary — subject and object from
 * the linked entities of the clause, the time from its temporal expressions (none → an
 * unknown valid time, never a made-up one), the speaker from "X said" / "according to X",
 * modality from hope, intent, condition and report words, polarity from negation — and
 * `holdsOffice` claims from office phrases ("former President Donald Trump"), valid at
 * the publication time, for the anachronism check.
 *
 * @example
 * const extractor = new RuleExtractor();
 * const { assertions } = extractor.extract(document);
 * assertions[0]  // { subject: 'urn:claimgraph:entity/vladimir-putin', predicate: 'meets', … }
 */
export class RuleExtractor implements Extractor {
  readonly base: string;
  readonly linker: EntityLinker;
  private readonly triggers: TriggerIndex;

  constructor(options: RuleExtractorOptions = {}) {
    this.base = options.base ?? DEFAULT_BASE;
    this.linker = options.linker ?? new EntityLinker({ lexicon: options.lexicon });
    this.triggers = new TriggerIndex(options.triggers ?? triggerForms());
  }

  extract(document: Document): DocumentExtraction {
    const { links, inference } = linkAndDate(document, this.linker);
    const dated = { ...document, published: inference.published };
    const entities = linkedEntities(links, this.linker.lexicon, this.base);
    const date = inference.published.time;
    const claims = [
      ...findClaims(dated, links, { triggers: this.triggers, lexicon: this.linker.lexicon, date }),
      ...officeClaims(dated, links.roles, this.linker.lexicon, date),
    ];
    const source = documentIri(document.id, this.base);
    const assertions = claims.flatMap((claim) => {
      const assertion = toAssertion(claim, entities, source, dated.published.time, this.base);
      return assertion ? [assertion] : [];
    });
    const provisional = new Set(links.provisional.map((p) => p.key));
    return { document: dated, dating: inference, mentions: links.mentions, entities, assertions, provisional };
  }
}

function toAssertion(claim: Claim, entities: ReadonlyMap<string, Entity>, source: string, recorded: Assertion['recorded'], base: string): Assertion | undefined {
  const subject = entities.get(claim.subject)?.id;
  if (!subject) return undefined;
  let object: Assertion['object'];
  if ('entity' in claim.object) {
    const id = entities.get(claim.object.entity)?.id;
    if (!id) return undefined;
    object = { kind: 'entity', id };
  } else object = { kind: 'literal', ...claim.object };
  const key = {
    subject,
    predicate: claim.predicate,
    object,
    valid: claim.valid,
    source,
    evidence: claim.evidence,
    attributedTo: claim.attributedTo === null ? null : (entities.get(claim.attributedTo)?.id ?? null),
    modality: claim.modality,
    polarity: claim.polarity,
  };
  return { id: assertionIri(key, base), ...key, recorded, confidence: claim.confidence };
}
