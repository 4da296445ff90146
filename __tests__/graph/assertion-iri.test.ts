import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { assertionIri, type AssertionKey } from '../../src';

/** The IRI as first defined: SHA-256 of JSON.stringify of the claim's parts, 16 hex digits. Saved graphs depend on it. */
function reference(key: AssertionKey, base = 'urn:claimgraph:'): string {
  const object = key.object.kind === 'entity' ? [key.object.id] : [key.object.value, key.object.datatype, key.object.language ?? '', key.object.qualifier ?? ''];
  const parts = [key.source, key.subject, key.predicate, ...object, key.valid?.value ?? '', key.evidence ? `${key.evidence.start}-${key.evidence.end}` : '', key.attributedTo ?? '', key.modality, key.polarity];
  return `${base}assertion/${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16)}`;
}

const literal45: AssertionKey = {
  subject: 'urn:claimgraph:entity/israel',
  predicate: 'kills',
  object: { kind: 'literal', value: '45', datatype: 'http://www.w3.org/2001/XMLSchema#integer', qualifier: 'atLeast' },
  source: 'urn:claimgraph:doc/a',
  valid: null,
  evidence: null,
  attributedTo: null,
  modality: 'asserted',
  polarity: 'affirmed',
};

/** Text JSON must escape, or must not: quotes, backslashes, control and separator characters, surrogates paired and lone. */
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'é', '"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\u2028', '😀', '\ud800', '\udfff', ',', '[', ']'), maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

describe('assertionIri', () => {
  it('mints the IRIs it always has (saved graphs hold them)', () => {
    expect(assertionIri(literal45)).toBe('urn:claimgraph:assertion/481ba5bdd0e41467');
    expect(assertionIri({ ...literal45, object: { kind: 'entity', id: 'urn:claimgraph:entity/us' }, evidence: { start: 3, end: 9, text: 'x' } })).toBe(
      'urn:claimgraph:assertion/509c6fa1b9000093',
    );
    const phrase = { kind: 'literal', value: 'say "no"\\\n😀 \u2028', datatype: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString', language: 'en' } as const;
    expect(assertionIri({ ...literal45, object: phrase })).toBe('urn:claimgraph:assertion/96b168f80eb93ed7');
    expect(assertionIri({ ...literal45, predicate: 'a","b' })).toBe('urn:claimgraph:assertion/ce49d332d426f705');
  });

  it('is the hash of the JSON of its parts whatever characters they hold', () => {
    fc.assert(
      fc.property(text, text, text, text, fc.boolean(), fc.string({ maxLength: 12 }), (subject, predicate, value, speaker, entity, base) => {
        const key: AssertionKey = {
          ...literal45,
          subject,
          predicate,
          object: entity ? { kind: 'entity', id: value } : { kind: 'literal', value, datatype: speaker, language: predicate },
          attributedTo: speaker,
        };
        expect(assertionIri(key, base)).toBe(reference(key, base));
      }),
      { numRuns: 500 },
    );
  });
});
