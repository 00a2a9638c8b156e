import { checkExemptionRequest, checkStoredExemption } from './check-exemption';
import { anExemption } from './exemptions.fixture';

const NOW = new Date('2026-11-29T10:00:00Z');

const falseMatch = {
  kind: 'PARTY_NOT_LISTED',
  party: { id: 'ML778123', role: 'consignee' },
  entry: { list: 'un-sc', entryId: 'QDe.004' },
  reason: 'registered trader since 1998, different directors',
  expiresAt: '2027-05-29T10:00:00Z',
};

const laneExemption = {
  kind: 'INDICATOR',
  indicator: 'VALUE_ANOMALY',
  subject: { hsHeading: '9306' },
  lane: { office: 'NGAPP001', mode: 'SEA' },
  reason: 'sporting ammunition contract at agreed prices',
  expiresAt: '2027-01-29T10:00:00Z',
};

function paths(doc: unknown): string[] {
  const checked = checkExemptionRequest(doc, NOW);
  return checked.ok ? [] : checked.violations.map((v) => `${v.path}: ${v.rule}`);
}

describe('checkExemptionRequest', () => {
  it('accepts a false name match and a lane exemption', () => {
    expect(paths(falseMatch)).toEqual([]);
    expect(paths(laneExemption)).toEqual([]);
  });

  it('requires a reason of some substance', () => {
    expect(paths({ ...falseMatch, reason: undefined })).toEqual(['reason: required']);
    expect(paths({ ...falseMatch, reason: 'ok' })).toEqual(['reason: minLength']);
  });

  it('requires an expiry after now and at most 365 days ahead', () => {
    expect(paths({ ...falseMatch, expiresAt: undefined })).toEqual(['expiresAt: required']);
    expect(paths({ ...falseMatch, expiresAt: '2026-11-29T10:00:00Z' })).toEqual(['expiresAt: future']);
    expect(paths({ ...falseMatch, expiresAt: '2027-11-29T10:00:01Z' })).toEqual(['expiresAt: maxDays']);
    expect(paths({ ...falseMatch, expiresAt: '2027-11-29T10:00:00Z' })).toEqual([]);
  });

  it('a false match names the party and the entry, and nothing of an indicator exemption', () => {
    expect(paths({ ...falseMatch, party: { role: 'consignee' } })).toEqual(['party: kind']);
    expect(paths({ ...falseMatch, entry: undefined })).toEqual(['entry: required']);
    expect(paths({ ...falseMatch, indicator: 'CASH_PAYMENT' })).toEqual(['indicator: kind']);
  });

  it('an indicator exemption names one subject, a party role for a trader id, and a lane', () => {
    expect(paths({ ...laneExemption, lane: undefined })).toEqual(['lane: required']);
    expect(paths({ ...laneExemption, lane: {} })).toEqual(['lane: required']);
    expect(
      paths({ ...laneExemption, subject: { hsHeading: '9306', traderId: 'X1', role: 'consignee' } }),
    ).toEqual(['subject: oneOf', 'subject.role: kind']);
    expect(paths({ ...laneExemption, subject: { traderId: 'NG123' } })).toEqual(['subject.role: required']);
    expect(paths({ ...laneExemption, lane: { mode: 'SHIP' } })).toEqual(['lane.mode: enum']);
  });

  it.each(['RANDOM_SELECTION', 'EMBARGO_COUNTRY', 'SANCTIONED_PARTY', 'WATCHLISTED_CONTAINER'])(
    'refuses to exempt %s',
    (indicator) => {
      expect(paths({ ...laneExemption, indicator })).toEqual(['indicator: exemptable']);
    },
  );
});

describe('checkStoredExemption', () => {
  it('accepts a stored exemption and refuses one without an author', () => {
    const stored = anExemption({ ...falseMatch, kind: 'PARTY_NOT_LISTED' } as never);
    expect(checkStoredExemption(stored).ok).toBe(true);
    expect(checkStoredExemption({ ...stored, author: undefined }).ok).toBe(false);
  });
});
