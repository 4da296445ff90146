import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClaimgraphError } from '../../src/errors';
import { loadPredicates, loadTriggers, nounForms, predicate, PREDICATES, triggerForms, TRIGGERS, verbForms } from '../../src/extract/claims/vocabulary';
import { CG_NS as CG } from '../../src/rdf/namespaces';
import { quadsFromString } from '../../src/rdf/n3';
import { vocabularyTurtle } from '../../src/rdf/vocabulary';
import { thrown } from '../thrown';

const ids = PREDICATES.map((p) => p.id);
const byId = new Map(PREDICATES.map((p) => [p.id, p]));

const vocabularyError = (fn: () => unknown): ClaimgraphError => thrown(fn, ClaimgraphError);

describe('PREDICATES', () => {
  it('has roughly 30 to 50 predicates with unique camelCase ids', () => {
    expect(PREDICATES.length).toBeGreaterThanOrEqual(30);
    expect(PREDICATES.length).toBeLessThanOrEqual(55);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });

  it('names only existing predicates as inverse and contrary, and mutually', () => {
    for (const p of PREDICATES) {
      if (p.inverse) expect(byId.get(p.inverse)?.inverse).toBe(p.id);
      for (const c of p.contrary ?? []) {
        expect(c).not.toBe(p.id);
        expect(byId.get(c)?.contrary).toContain(p.id);
      }
    }
  });

  it('gives symmetric predicates no distinct inverse', () => {
    const symmetric = PREDICATES.filter((p) => p.symmetric);
    expect(symmetric.map((p) => p.id)).toEqual(expect.arrayContaining(['meets', 'phoneCall', 'discusses', 'negotiates', 'cooperatesWith', 'clashesWith', 'alliesWith']));
    for (const p of symmetric) expect(p.inverse === undefined || p.inverse === p.id).toBe(true);
  });

  it('holds the codes and relations news needs', () => {
    expect(predicate('visits')).toMatchObject({ inverse: 'hosts', cameo: '042', plover: 'CONSULT', valence: 'cooperative' });
    expect(predicate('vetoes')?.contrary).toEqual(expect.arrayContaining(['votesFor', 'abstainsOn']));
    expect(predicate('votesFor')?.contrary).toEqual(expect.arrayContaining(['votesAgainst', 'abstainsOn', 'vetoes']));
    expect(predicate('supports')?.contrary).toContain('opposes');
    expect(predicate('sanctions')).toMatchObject({ cameo: '163', valence: 'hostile' });
    expect(predicate('deathToll')?.functional).toBe(true);
    expect(predicate('nonesuch')).toBeUndefined();
  });

  it('is frozen', () => {
    expect(Object.isFrozen(PREDICATES)).toBe(true);
    expect(Object.isFrozen(PREDICATES[0])).toBe(true);
  });
});

describe('TRIGGERS', () => {
  it('gives every predicate at least one trigger and names only known predicates', () => {
    // holdsOffice is read from office phrases ("former President Donald Trump"), not trigger words
    for (const id of ids.filter((id) => id !== 'holdsOffice')) {
      const t = TRIGGERS[id];
      expect([id, (t?.verbs.length ?? 0) + (t?.nouns.length ?? 0) > 0]).toEqual([id, true]);
    }
    for (const id of Object.keys(TRIGGERS)) expect(byId.has(id)).toBe(true);
    for (const f of triggerForms()) expect(byId.has(f.predicate)).toBe(true);
  });

  it('conjugates verbs with compromise', () => {
    expect(verbForms('meet')).toEqual({ base: 'meet', present: 'meets', past: 'met', participle: 'met', gerund: 'meeting' });
    expect(verbForms('accuse')).toMatchObject({ past: 'accused', participle: 'accused', present: 'accuses' });
    expect(verbForms('hold talks')).toMatchObject({ past: 'held talks', gerund: 'holding talks' });
    expect(verbForms('veto')).toMatchObject({ present: 'vetoes', past: 'vetoed' });
    expect(verbForms('slam').gerund).toBe('slamming');
    expect(verbForms('overrun')).toMatchObject({ past: 'overran', participle: 'overrun' });
    expect(nounForms('air strike')).toEqual(['air strike', 'air strikes']);
    expect(nounForms('talks', false)).toEqual(['talks']);
  });

  it('expands triggers to inflected forms, the preposition after a verb included', () => {
    const forms = triggerForms();
    const of = (form: string) => forms.filter((f) => f.form === form);
    expect(of('met with').map((f) => [f.predicate, f.kind, f.tense])).toEqual([
      ['meets', 'verb', 'participle'],
      ['meets', 'verb', 'past'],
    ]);
    expect(of('meets').map((f) => f.tense)).toEqual(['present']);
    expect(of('meeting')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ predicate: 'meets', kind: 'verb', tense: 'gerund' }),
        expect.objectContaining({ predicate: 'meets', kind: 'noun', preposition: 'with' }),
      ]),
    );
    expect(of('accused')[0]).toMatchObject({ predicate: 'accuses', complement: 'of' });
    expect(of('voted against')[0]?.predicate).toBe('votesAgainst');
    expect(of('abstained on')[0]?.predicate).toBe('abstainsOn');
    expect(of('airstrikes')[0]).toMatchObject({ predicate: 'strikes', kind: 'noun', preposition: 'on' });
    expect(of('discussed')[0]).toMatchObject({ predicate: 'discusses', preposition: 'with' });
    expect(of('received aid from')[0]).toMatchObject({ predicate: 'providesAid', reversed: true });
    for (const f of forms) expect(f.form).toBe(f.form.toLowerCase());
  });

  it('leaves out forms that are mostly other words', () => {
    const forms = new Set(triggerForms().map((f) => f.form));
    for (const word of ['back', 'armed', 'arms', 'draft', 'host', 'free', 'storm', 'thanks', 'sign', 'bomb', 'press', 'opposition']) expect([word, forms.has(word)]).toEqual([word, false]);
    expect(triggerForms().find((f) => f.form === 'backed')).toMatchObject({ predicate: 'supports', tense: 'participle' });
    expect(triggerForms().filter((f) => f.lemma === 'arm').map((f) => f.form)).toEqual(['arming']);
  });

  it('maps each form to one predicate', () => {
    const predicates = new Map<string, Set<string>>();
    for (const f of triggerForms()) predicates.set(f.form, (predicates.get(f.form) ?? new Set()).add(f.predicate));
    const shared = [...predicates].filter(([, s]) => s.size > 1).map(([form]) => form);
    expect(shared).toEqual([]);
  });

  it('computes the forms once', () => {
    expect(triggerForms()).toBe(triggerForms());
  });
});

describe('the vocabulary as RDF', () => {
  it('exports as Turtle with labels, codes and relations', () => {
    const turtle = vocabularyTurtle({ predicates: PREDICATES });
    const quads = quadsFromString(turtle, { format: 'Turtle' });
    const has = (s: string, p: string, o: string) => quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
    expect(has(`${CG}meets`, 'http://www.w3.org/2000/01/rdf-schema#label', 'meets with')).toBe(true);
    expect(has(`${CG}meets`, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'http://www.w3.org/2002/07/owl#SymmetricProperty')).toBe(true);
    expect(has(`${CG}visits`, 'http://www.w3.org/2002/07/owl#inverseOf', `${CG}hosts`)).toBe(true);
    expect(has(`${CG}vetoes`, `${CG}cameoCode`, '129')).toBe(true);
    expect(has(`${CG}supports`, `${CG}contrary`, `${CG}opposes`)).toBe(true);
    expect(turtle).toContain('cg:meets');
  });
});

describe('extending the vocabulary', () => {
  const evacuates = { id: 'evacuates', label: 'evacuates', comment: 'Moves the object out of danger.', valence: 'cooperative' as const };

  it('adds and replaces predicates', () => {
    const vocabulary = loadPredicates({ extend: [evacuates, { ...byId.get('meets')!, label: 'meets' }] });
    expect(vocabulary).toHaveLength(PREDICATES.length + 1);
    expect(vocabulary.find((p) => p.id === 'evacuates')).toMatchObject({ functional: false, symmetric: false });
    expect(vocabulary.find((p) => p.id === 'meets')?.label).toBe('meets');
    expect(loadPredicates({ extend: [evacuates], replace: true }).map((p) => p.id)).toEqual(['evacuates']);
  });

  it('rejects a malformed predicate with a typed error naming the field', () => {
    const bad = vocabularyError(() => loadPredicates({ extend: [evacuates, { ...evacuates, id: 'shells', valence: 'friendly' as 'neutral' }] }));
    expect(bad.field).toBe('predicates[1].valence');
    expect(bad.message).toMatch(/^loadPredicates: <extend>: predicates\[1\]\.valence: /);
    expect(vocabularyError(() => loadPredicates({ extend: [{ ...evacuates, id: 'Evacuates' }] })).field).toBe('predicates[0].id');
    expect(vocabularyError(() => loadPredicates({ extend: [evacuates, evacuates] })).message).toMatch(/duplicate id "evacuates"/);
  });

  it('rejects unknown and one-sided references', () => {
    const unknown = vocabularyError(() => loadPredicates({ extend: [{ ...evacuates, contrary: ['abandons'] }] }));
    expect(unknown.field).toBe('predicates[0].contrary[0]');
    expect(unknown.message).toMatch(/unknown predicate "abandons"/);
    const oneSided = vocabularyError(() => loadPredicates({ extend: [{ ...evacuates, contrary: ['attacks'] }] }));
    expect(oneSided.message).toMatch(/not mutual: "attacks" does not list "evacuates"/);
    const symmetricInverse = vocabularyError(() => loadPredicates({ extend: [{ ...evacuates, symmetric: true, inverse: 'hosts' }] }));
    expect(symmetricInverse.field).toBe('predicates[0].inverse');
  });

  it('reads a user file and reports its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-predicates-'));
    try {
      const file = join(dir, 'predicates.json');
      writeFileSync(file, JSON.stringify({ predicates: [evacuates] }));
      expect(loadPredicates({ extend: file }).some((p) => p.id === 'evacuates')).toBe(true);
      writeFileSync(file, JSON.stringify([{ ...evacuates, cameo: '42' }]));
      const error = vocabularyError(() => loadPredicates({ extend: file }));
      expect([error.file, error.field]).toEqual([file, 'predicates[0].cameo']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('adds triggers, checked against the predicates', () => {
    const predicates = loadPredicates({ extend: [evacuates] });
    const triggers = loadTriggers({ predicates, extend: { triggers: { evacuates: { verbs: [{ verb: 'evacuate' }] }, meets: { verbs: [{ verb: 'meet' }, { verb: 'huddle', preposition: 'with' }] } } } });
    expect(triggers.meets?.verbs.filter((v) => v.verb === 'meet' && !v.preposition)).toHaveLength(1);
    const forms = triggerForms(triggers);
    expect(forms.find((f) => f.form === 'huddled with')?.predicate).toBe('meets');
    expect(forms.find((f) => f.form === 'evacuated')?.predicate).toBe('evacuates');
    const unknown = vocabularyError(() => loadTriggers({ extend: { triggers: { evacuates: { verbs: [{ verb: 'evacuate' }] } } } }));
    expect(unknown.field).toBe('triggers.evacuates');
    const malformed = vocabularyError(() => loadTriggers({ extend: { triggers: { meets: { verbs: [{ verb: 'Meet' }] } } } }));
    expect(malformed.field).toBe('triggers.meets.verbs[0].verb');
    const separated = vocabularyError(() => loadTriggers({ extend: { triggers: { meets: { verbs: [{ verb: 'huddle', separated: true }] } } } }));
    expect(separated.field).toBe('triggers.meets.verbs[0].separated');
  });
});
