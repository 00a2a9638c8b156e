import type { ContractViolation } from '@salw/contracts';
import { createContractAjv, toViolations } from '@salw/contracts/validation/contract-ajv';
import type { ValidateFunction } from 'ajv/dist/2020';
import {
  ExemptionRequestSchema,
  ExemptionSchema,
  type Exemption,
  type ExemptionRequest,
} from './exemption.schema';

/** Longest an exemption may run: a false positive is looked at again at least once a year. */
export const EXEMPTION_MAX_DAYS = 365;
const DAY_MS = 86_400_000;

/**
 * Indicators no exemption may silence, and why. A false name or list match is recorded against the one
 * entry (`PARTY_NOT_LISTED`), never as a blanket exemption from the list indicators.
 */
export const NOT_EXEMPTABLE: ReadonlyMap<string, string> = new Map([
  ['RANDOM_SELECTION', 'the random sample must stay unbiased'],
  ['EMBARGO_COUNTRY', 'an arms embargo is law, not a risk choice; its scope belongs in the profile'],
  ['SANCTIONED_PARTY', 'a false name match is a PARTY_NOT_LISTED exemption of one entry'],
  ['WATCHLISTED_IDENTIFIER', 'a false list match is a PARTY_NOT_LISTED exemption of one entry'],
  ['WATCHLISTED_ADDRESS', 'a false list match is a PARTY_NOT_LISTED exemption of one entry'],
  ['WATCHLISTED_CONTAINER', 'a listed container number matches exactly: there is no false match to exempt'],
  ['WATCHLISTED_VESSEL', 'a listed IMO number matches exactly: there is no false match to exempt'],
]);

const ajv = createContractAjv();
const validateRequest = ajv.compile(ExemptionRequestSchema) as ValidateFunction<ExemptionRequest>;
const validateStored = ajv.compile(ExemptionSchema) as ValidateFunction<Exemption>;

export type ExemptionCheck<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly violations: readonly ContractViolation[] };

/**
 * Checks what an analyst submits: the schema, then what the kind needs (see exemption.schema.ts) and
 * an expiry after `now` and at most `maxDays` later. Every violation names its field path.
 */
export function checkExemptionRequest(
  doc: unknown,
  now: Date,
  maxDays = EXEMPTION_MAX_DAYS,
): ExemptionCheck<ExemptionRequest> {
  if (!validateRequest(doc)) return { ok: false, violations: toViolations(validateRequest.errors) };
  const violations = [...kindViolations(doc), ...expiryViolations(doc.expiresAt, now, maxDays)];
  return violations.length === 0 ? { ok: true, value: doc } : { ok: false, violations };
}

/** Checks a stored exemption read back (schema and kind rules; the expiry was checked when it was made). */
export function checkStoredExemption(doc: unknown): ExemptionCheck<Exemption> {
  if (!validateStored(doc)) return { ok: false, violations: toViolations(validateStored.errors) };
  const violations = kindViolations(doc);
  return violations.length === 0 ? { ok: true, value: doc } : { ok: false, violations };
}

function violation(path: string, rule: string, message: string): ContractViolation {
  return { path, rule, message };
}

function kindViolations(doc: ExemptionRequest): ContractViolation[] {
  const out: ContractViolation[] = [];
  const unused = (field: 'party' | 'entry' | 'indicator' | 'subject') => {
    if (doc[field] !== undefined)
      out.push(violation(field, 'kind', `not used by a ${doc.kind} exemption; leave it out`));
  };
  if (doc.kind === 'PARTY_NOT_LISTED') {
    if (doc.party === undefined) out.push(violation('party', 'required', 'the party that is not listed'));
    else if (doc.party.id === undefined && doc.party.name === undefined)
      out.push(violation('party', 'kind', 'name the party by its trader id, its name or both'));
    if (doc.entry === undefined)
      out.push(violation('entry', 'required', 'the list entry the party is not (list and entryId)'));
    unused('indicator');
    unused('subject');
    if (doc.lane !== undefined && Object.keys(doc.lane).length === 0)
      out.push(violation('lane', 'minProperties', 'give at least one lane field, or leave the lane out'));
    return out;
  }
  unused('party');
  unused('entry');
  if (doc.indicator === undefined) out.push(violation('indicator', 'required', 'the indicator exempted'));
  else if (NOT_EXEMPTABLE.has(doc.indicator))
    out.push(
      violation(
        'indicator',
        'exemptable',
        `${doc.indicator} cannot be exempted: ${NOT_EXEMPTABLE.get(doc.indicator)}`,
      ),
    );
  const subject = doc.subject;
  if (subject === undefined)
    out.push(violation('subject', 'required', 'an hsHeading, a traderId or an address'));
  else {
    const given = (['hsHeading', 'traderId', 'address'] as const).filter((k) => subject[k] !== undefined);
    if (given.length !== 1)
      out.push(violation('subject', 'oneOf', 'exactly one of hsHeading, traderId and address'));
    if (subject.hsHeading !== undefined && subject.role !== undefined)
      out.push(violation('subject.role', 'kind', 'an HS heading belongs to no party; leave the role out'));
    if ((subject.traderId !== undefined || subject.address !== undefined) && subject.role === undefined)
      out.push(violation('subject.role', 'required', 'the party role the trader id or address belongs to'));
  }
  if (doc.lane === undefined || Object.keys(doc.lane).length === 0)
    out.push(
      violation(
        'lane',
        'required',
        'an indicator is exempted on a lane: give office, mode, origin or destination',
      ),
    );
  return out;
}

function expiryViolations(expiresAt: string, now: Date, maxDays: number): ContractViolation[] {
  const at = Date.parse(expiresAt);
  if (at <= now.getTime())
    return [violation('expiresAt', 'future', `must be after now (${now.toISOString()})`)];
  if (at > now.getTime() + maxDays * DAY_MS)
    return [
      violation(
        'expiresAt',
        'maxDays',
        `must be at most ${maxDays} days ahead (${new Date(now.getTime() + maxDays * DAY_MS).toISOString()})`,
      ),
    ];
  return [];
}
