import type { TimeSpan } from '../time/timespan';

/**
 * What kind of thing an entity is. Open to extension: a user's extractor may use its
 * own kinds, which are exported as `cg:` classes of the same name.
 */
export type EntityKind =
  | 'Person'
  | 'Country'
  | 'Organization'
  | 'GovernmentBody'
  | 'Place'
  | 'Event'
  | 'Document'
  | 'Agreement'
  | 'Artifact'
  | (string & {});

/** An office or membership held for a time: "Prime Minister of Israel, 2022-12-29/..". */
export interface Role {
  /** The office or position, e.g. `Prime Minister`. */
  title: string;
  /** IRI of the entity the office belongs to (a country, an organisation), if any. */
  of: string | null;
  /** When the role was held; an interval, possibly open-ended. `null` when unknown. */
  term: TimeSpan | null;
  /** How it was held when not in the ordinary way (`interim`, `acting`, `caretaker`); the graph stores `null` otherwise. */
  qualifier?: string | null;
}

/** A thing the corpus talks about: a person, country, organisation, place, event … */
export interface Entity {
  /** Stable IRI (see {@link entityIri}). */
  id: string;
  kind: EntityKind;
  /** Preferred name. */
  label: string;
  /** Other names it goes by, without the label; sorted, no duplicates. */
  aliases: string[];
  /** IRIs of the same thing elsewhere, typically Wikidata (`http://www.wikidata.org/entity/Q7747`). */
  sameAs: string[];
  /** Dated offices and memberships. */
  roles: Role[];
}
