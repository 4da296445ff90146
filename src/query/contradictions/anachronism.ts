/**
 * Anachronisms (role status): `holdsOffice` claims that dated reference facts
 * contradict — "former President" for someone in office, a regime called current after
 * it fell.
 *
 * The reference facts of a claim are its subject's roles with the claim's title (case
 * and spacing aside) and a known term: the entity's own roles plus the user's. A claim
 * is anachronistic when it is affirmed but its valid span lies wholly outside every
 * term, or denied but its valid span lies wholly inside one. A span that straddles a
 * term's start or end cannot tell, and a claim without valid time is not checked.
 */
import type { Assertion } from '../../model/assertion';
import type { Role } from '../../model/entity';
import type { TimeSpan } from '../../time/timespan';
import { compareStrings } from '../../util/compare-strings';
import type { Contradiction, ReferenceFact } from './types';
import { entityName, quote, sourceName } from './explain';
import { before, gapDays, groupBy, HOLDS_OFFICE, isFactual, record, shareDay, titleKey, within, type Scan } from './shared';

/** At most this many claims back the reference in a record, nearest in time first. */
const MAX_CORROBORATING = 3;

/** A dated `holdsOffice` claim read against its reference roles. */
interface Reading {
  claim: Assertion;
  valid: TimeSpan;
  /** The role whose term holds the whole valid span, if one does. */
  holding: Role | undefined;
  /** Whether the valid span shares no day with any term. */
  outside: boolean;
  roles: Role[];
}

const holderKey = (a: Assertion): string => JSON.stringify([a.subject, a.object.kind === 'literal' ? titleKey(a.object.value) : '']);
const isAnachronism = (r: Reading): boolean => (r.claim.polarity === 'affirmed' ? r.outside : r.holding !== undefined);
const isConsistent = (r: Reading): boolean => (r.claim.polarity === 'affirmed' ? r.holding !== undefined : r.outside);

/** The role whose term lies nearest the span; on a tie, the later term. */
function nearestRole(span: TimeSpan, roles: readonly Role[]): Role {
  const gap = (r: Role) => gapDays(span, r.term!);
  return [...roles].sort((a, b) => gap(a) - gap(b) || compareStrings(b.term!.value, a.term!.value))[0]!;
}

/** `from 2000-07-17 to 2024-12-08`, `since 2025-01-20`, `until 1999-07`. */
function termPhrase(term: TimeSpan): string {
  if (term.earliest === null) return `until ${term.latest}`;
  if (term.latest === null) return `since ${term.earliest}`;
  return term.granularity === 'interval' ? `from ${term.value.replace('/', ' to ')}` : `in ${term.value}`;
}

/** `on 2025-11-16`, or `from 2025-01-20 on` for an open end (never a bare `2025-01-20/..` before a full stop). */
function during(span: TimeSpan): string {
  if (span.latest === null) return `from ${span.earliest} on`;
  if (span.earliest === null) return `until ${span.latest}`;
  return `on ${span.value}`;
}

/** `Donald Trump a former President` or `Donald Trump President`. */
function calls(scan: Scan, a: Assertion): string {
  const title = a.object.kind === 'literal' ? a.object.value : '';
  return `${entityName(scan, a.subject)} ${a.polarity === 'denied' ? `a former ${title}` : title}`;
}

function explain(scan: Scan, r: Reading, role: Role, backing: readonly Assertion[]): string {
  const { claim, valid } = r;
  const term = role.term!;
  const published = scan.graph.source(claim.source)?.published.time;
  const when = published?.value === valid.value ? ` (published ${valid.value})` : '';
  const evidence = quote(claim);
  const name = entityName(scan, claim.subject);
  const conflict =
    claim.polarity === 'denied'
      ? `${name} ${term.latest === null ? 'has held' : 'held'} that office ${termPhrase(term)}`
      : before(valid, term)
        ? `${name} took that office only on ${term.earliest}`
        : `${name} left that office on ${term.latest}`;
  const fact = `reference: ${role.title}${role.of ? ` of ${entityName(scan, role.of)}` : ''}, ${term.value}`;
  const first = backing[0];
  const corroboration = first
    ? `; ${first.source === claim.source ? 'the same source' : sourceName(scan, first.source)} calls ${calls(scan, first)} ${during(first.valid!)}`
    : '';
  return (
    `${sourceName(scan, claim.source)}${when} calls ${calls(scan, claim)}${when ? '' : ` on ${valid.value}`}${evidence ? ` (${evidence})` : ''}, ` +
    `but ${conflict} (${fact})${corroboration}.`
  );
}

/**
 * Whether a consistent claim pins the date where the anachronism cannot hold: its own
 * term shares no day with the terms an affirmed anachronism needs ("President Donald
 * Trump" dates an article after Assad's fall), or lies within the term a "former" denies.
 * When there are such claims, only they back the record.
 */
function pins(witness: Reading, anachronism: Reading): boolean {
  const term = witness.holding?.term;
  if (witness.claim.polarity !== 'affirmed' || !term) return false;
  return anachronism.claim.polarity === 'affirmed'
    ? anachronism.roles.every((role) => !shareDay(term, role.term!))
    : anachronism.holding !== undefined && within(term, anachronism.holding.term!);
}

/**
 * The anachronistic claims, each with the reference fact it conflicts with (the term
 * holding a denied claim; the term nearest an affirmed one) and the claims that
 * corroborate the reference at that time: consistent `holdsOffice` claims of the same
 * source (they date the document), and consistent claims of other sources on the same
 * holder and title that say the opposite of the anachronism (within the same term, for
 * a denied one). Each record looks only at its own source and its own holder's claims.
 * `claims` may be narrowed to the literal claims: only they can be office claims.
 */
export function anachronisms(scan: Scan, reference: readonly ReferenceFact[], claims: Iterable<Assertion> = scan.claims): Contradiction[] {
  const extra = groupBy(reference, (fact) => fact.entity);
  const readings: Reading[] = [];
  for (const claim of claims) {
    if (claim.predicate !== HOLDS_OFFICE || claim.object.kind !== 'literal' || !claim.valid) continue;
    const title = titleKey(claim.object.value);
    const own = scan.graph.entity(claim.subject)?.roles ?? [];
    const roles = [...own, ...(extra.get(claim.subject) ?? []).map((fact) => fact.role)].filter((role) => role.term && titleKey(role.title) === title);
    if (roles.length === 0) continue;
    const valid = claim.valid;
    readings.push({ claim, valid, roles, holding: roles.find((role) => within(valid, role.term!)), outside: roles.every((role) => !shareDay(valid, role.term!)) });
  }
  const consistent = readings.filter(isConsistent);
  const bySource = groupBy(consistent, (r) => r.claim.source);
  const byHolder = groupBy(consistent, (r) => holderKey(r.claim));

  return readings.filter(isAnachronism).map((r) => {
    const role = r.holding ?? nearestRole(r.valid, r.roles);
    const elsewhere = (byHolder.get(holderKey(r.claim)) ?? []).filter(
      (c) => c.claim.source !== r.claim.source && c.claim.polarity !== r.claim.polarity && (!r.holding || within(c.valid, r.holding.term!)),
    );
    const candidates = [...(bySource.get(r.claim.source) ?? []), ...elsewhere];
    const pinning = candidates.filter((c) => pins(c, r));
    const backing = (pinning.length > 0 ? pinning : candidates)
      .sort((x, y) => gapDays(x.valid, r.valid) - gapDays(y.valid, r.valid) || compareStrings(x.claim.id, y.claim.id))
      .slice(0, MAX_CORROBORATING)
      .map((c) => c.claim);
    const fact: ReferenceFact = { entity: r.claim.subject, role };
    return record(scan, 'anachronism', isFactual(r.claim) ? 'hard' : 'soft', [r.claim, ...backing], explain(scan, r, role, backing), fact);
  });
}
