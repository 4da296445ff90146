import type { Lexicon, ResolvedRole } from '../../lexicon/lexicon';
import type { Document } from '../../model/document';
import type { TimeSpan } from '../../time/timespan';
import { rolesNamedBy } from '../linking/roles';
import type { RoleMention } from '../linking/types';
import { WRITTEN_YEAR } from '../dating/infer-publication';
import { compareStrings } from '../../util/compare-strings';
import type { Claim } from './types';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/**
 * What office phrases say about their holder at the document's date: "President Donald
 * Trump" claims he holds the office then, "former President Donald Trump" that he does
 * not, "Bashar al-Assad's regime" that Assad still leads a government. Each becomes a
 * `holdsOffice` claim valid at the publication time, so that the analysis can hold it
 * against the dated roles of the reference data (an anachronism) — the same phrases the
 * dating reads, with the same exceptions: a holder resolved from the date says nothing,
 * nor do "then-" and "incoming", nor a phrase in a sentence that writes a year. A
 * document says it once per holder, office and polarity (its first phrase).
 *
 * @example
 * officeClaims(document, links.roles, lexicon, date)[0]
 * // { subject: 'donald-trump', predicate: 'holdsOffice', object: { value: 'President', … }, polarity: 'denied', … }
 */
export function officeClaims(document: Document, roles: readonly RoleMention[], lexicon: Lexicon, date: TimeSpan | null): Claim[] {
  const claims: Claim[] = [];
  const said = new Set<string>();
  for (const role of roles) {
    if (!role.named || role.holder === null || role.qualifier === 'then' || role.qualifier === 'incoming') continue;
    if (WRITTEN_YEAR.test(document.sentences[role.sentence]?.text ?? '')) continue;
    const office = heldOffice(role, lexicon, date);
    if (!office) continue;
    // one claim per holder, office and polarity in a document: the first phrase is its evidence
    const key = JSON.stringify([role.holder, office.title, role.qualifier === 'former']);
    if (said.has(key)) continue;
    said.add(key);
    claims.push({
      subject: role.holder,
      predicate: 'holdsOffice',
      object: { value: office.title, datatype: XSD_STRING },
      evidence: { start: role.start, end: role.end, text: role.text },
      valid: date && { ...date, expression: `"${role.text}" at publication`, explicit: false },
      attributedTo: null,
      modality: 'asserted',
      polarity: role.qualifier === 'former' ? 'denied' : 'affirmed',
      confidence: 0.9,
    });
  }
  return claims;
}

/**
 * The holder's office the phrase names, as the reference data writes its title: for
 * "<person>'s administration", the head-of-government office nearest the date.
 */
function heldOffice(role: RoleMention, lexicon: Lexicon, date: TimeSpan | null): ResolvedRole | undefined {
  const held = rolesNamedBy(role, lexicon).sort((a, b) => compareStrings(a.term.earliest ?? '', b.term.earliest ?? ''));
  const day = date?.latest ?? date?.earliest;
  if (!day) return held[held.length - 1];
  // the term in force at the date, else the last one begun by it, else the first
  const begun = held.filter((r) => r.term.earliest === null || r.term.earliest <= day);
  return begun[begun.length - 1] ?? held[0];
}
