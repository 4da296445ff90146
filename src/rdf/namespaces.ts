/**
 * Namespaces of the terms claimgraph writes. `cg:` is our own; the others are reused
 * where they fit (see DESIGN.md, "RDF").
 */

/** The claimgraph vocabulary namespace. */
export const CG_NS = 'https://w3id.org/claimgraph/ns#';

/** Namespace IRIs by their usual prefix. */
export const NAMESPACES = {
  cg: CG_NS,
  owl: 'http://www.w3.org/2002/07/owl#',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  schema: 'https://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  wd: 'http://www.wikidata.org/entity/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** Builds `namespace + local` IRIs for the listed local names, as a typed record. */
function terms<const L extends string>(namespace: string, locals: readonly L[]): Record<L, string> {
  return Object.fromEntries(locals.map((l) => [l, namespace + l])) as Record<L, string>;
}

export const RDF = terms(NAMESPACES.rdf, ['type', 'subject', 'predicate', 'object', 'reifies', 'langString', 'dirLangString', 'Property']);
export const RDFS = terms(NAMESPACES.rdfs, ['label', 'comment', 'domain', 'range', 'subClassOf', 'subPropertyOf', 'isDefinedBy', 'Class', 'Datatype', 'Literal']);
export const XSD = terms(NAMESPACES.xsd, ['string', 'boolean', 'integer', 'decimal', 'double', 'date', 'gYearMonth', 'gYear', 'anyURI', 'nonNegativeInteger']);
export const OWL = terms(NAMESPACES.owl, ['Ontology', 'Class', 'ObjectProperty', 'DatatypeProperty', 'NamedIndividual', 'SymmetricProperty', 'sameAs', 'inverseOf', 'versionInfo']);
export const PROV = terms(NAMESPACES.prov, ['wasDerivedFrom', 'wasAttributedTo', 'Agent', 'Entity']);
export const SCHEMA = terms(NAMESPACES.schema, ['NewsArticle', 'headline', 'url', 'inLanguage']);
export const SKOS = terms(NAMESPACES.skos, ['altLabel']);

/** A `cg:` IRI from a local name; names outside IRI syntax (spaces, `/`) are percent-encoded. */
export function cg(local: string): string {
  return CG_NS + encodeURIComponent(local);
}

/** The local name of a `cg:` IRI, or `undefined` for any other IRI. */
export function cgLocal(iri: string): string | undefined {
  if (!iri.startsWith(CG_NS)) return undefined;
  try {
    return decodeURIComponent(iri.slice(CG_NS.length));
  } catch {
    return undefined; // a malformed %-escape: not a name we minted
  }
}

/** `prefix:local` when a namespace of {@link NAMESPACES} fits, `<iri>` otherwise: for messages. */
export function compactIri(iri: string): string {
  for (const [prefix, namespace] of Object.entries(NAMESPACES)) {
    if (iri.startsWith(namespace) && /^[\w-]+$/.test(iri.slice(namespace.length))) return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return `<${iri}>`;
}
