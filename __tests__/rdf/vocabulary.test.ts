import type * as RDFJS from '@rdfjs/types';
import { RdfError } from '../../src';
import { CG_NS, toQuads, vocabularyQuads, vocabularyTerms, vocabularyTurtle } from '../../src/rdf';
import { quadsFromString } from '../../src/rdf/n3';
import { PREDICATES, richGraph } from './fixture';

const RDFS_DEFINED_BY = 'http://www.w3.org/2000/01/rdf-schema#isDefinedBy';

/** Every cg: IRI in a quad, including datatypes and the insides of triple terms. */
function cgIris(term: RDFJS.Term, out = new Set<string>()): Set<string> {
  if (term.termType === 'Quad') for (const part of [term.subject, term.predicate, term.object, term.graph]) cgIris(part, out);
  else if (term.termType === 'Literal') cgIris(term.datatype, out);
  else if (term.termType === 'NamedNode' && term.value.startsWith(CG_NS)) out.add(term.value);
  return out;
}

describe('vocabularyTurtle', () => {
  it('parses with n3 and declares every term with a label and a comment', () => {
    const quads = quadsFromString(vocabularyTurtle({ predicates: PREDICATES }), { format: 'Turtle' });
    const labelled = new Set(quads.filter((q) => q.predicate.value.endsWith('#label')).map((q) => q.subject.value));
    const commented = new Set(quads.filter((q) => q.predicate.value.endsWith('#comment')).map((q) => q.subject.value));
    for (const term of vocabularyTerms({ predicates: PREDICATES })) {
      expect(labelled).toContain(CG_NS + term.name);
      expect(commented).toContain(CG_NS + term.name);
    }
  });

  it('is stable', () => {
    expect(vocabularyTurtle()).toBe(vocabularyTurtle());
    expect(vocabularyTurtle()).toContain('cg:Reported a owl:NamedIndividual, cg:Modality;');
  });

  it('declares every cg: term an export uses, in both profiles', () => {
    const declared = new Set(
      vocabularyQuads({ predicates: PREDICATES, kinds: ['Militia'] })
        .filter((q) => q.predicate.value === RDFS_DEFINED_BY)
        .map((q) => q.subject.value),
    );
    for (const profile of ['rdf11', 'rdf12'] as const) {
      const used = new Set<string>();
      for (const quad of toQuads(richGraph(), { profile })) cgIris(quad, used);
      expect(used.size).toBeGreaterThan(30);
      expect([...used].filter((iri) => !declared.has(iri))).toEqual([]);
    }
  });

  it('describes predicates: valence, CAMEO, PLOVER, contraries, symmetry', () => {
    const text = vocabularyTurtle({ predicates: PREDICATES });
    expect(text).toMatch(/cg:vetoes a owl:ObjectProperty;\n(?:    .*\n)*    cg:cameoCode "1056";\n    cg:contrary cg:demands;/);
    expect(text).toMatch(/cg:phoneCall a owl:ObjectProperty, owl:SymmetricProperty;/);
  });

  it('refuses a predicate that clashes with a vocabulary term', () => {
    expect(() => vocabularyTurtle({ predicates: [{ ...PREDICATES[0]!, id: 'confidence' }] })).toThrow(RdfError);
  });
});
