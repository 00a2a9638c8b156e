import { screeningResultValidator, type Declaration } from '@salw/contracts';
import { evaluate } from '../evaluate/evaluate';
import { toAlert } from '../evaluate/alert-priority';
import {
  aDeclaration,
  anItem,
  defaultProfile,
  nationalList,
  NOW,
  snapshotOf,
} from '../testing/screening.fixture';
import type { ScreeningSnapshot } from '../snapshot/screening-snapshot.model';
import { compileExemptions } from './compiled-exemptions';
import type { Exemption } from './exemption.schema';
import { anExemption, namesake, SAHEL_LIST } from './exemptions.fixture';

const list = SAHEL_LIST;

/** The entry's 60 points plus 5 for the agreeing address country (ML). */
const LISTED_POINTS = 65;

const notListed = (patch: Partial<Exemption> = {}): Exemption =>
  anExemption({
    kind: 'PARTY_NOT_LISTED',
    party: { id: 'ML778123' },
    entry: { list: 'national', entryId: 'NAT-0042' },
    ...patch,
  });

let snapshot: ScreeningSnapshot;
beforeAll(async () => {
  snapshot = snapshotOf(await defaultProfile(), [list]);
});

function screen(declaration: Declaration, exemptions: readonly Exemption[], now = NOW) {
  const result = evaluate({ snapshot, declaration, now, exemptions: compileExemptions(exemptions) });
  const checked = screeningResultValidator.check(JSON.parse(JSON.stringify(result)));
  if (!checked.ok) throw new Error('result breaks the ScreeningResult contract');
  return result;
}

const partyHit = (result: ReturnType<typeof screen>) =>
  result.hits.find((h) => h.indicator === 'SANCTIONED_PARTY');

describe('a PARTY_NOT_LISTED exemption', () => {
  it('without it, the namesake alerts on NAT-0042', () => {
    const result = screen(namesake(), []);
    expect(partyHit(result)).toMatchObject({ points: LISTED_POINTS, evidence: { entryId: 'NAT-0042' } });
    expect(result.alert).toBe(true);
  });

  it('shows the hit with zero points, naming the exemption, and the score and severity drop', () => {
    const before = screen(namesake(), []);
    const after = screen(namesake(), [notListed()]);
    const hit = partyHit(after);
    expect(hit).toMatchObject({
      points: 0,
      party: 'consignee',
      evidence: {
        entryId: 'NAT-0042',
        exempted: true,
        exemptionId: 'exm-1',
        exemptionAuthor: 'a.analyst',
        exemptionReason: 'checked with the trade register: a different company',
        exemptionExpiresAt: '2027-01-01T00:00:00Z',
        exemptedPoints: LISTED_POINTS,
      },
    });
    expect(hit?.reason).toMatch(
      /^EXEMPTED \(exm-1 by a\.analyst until 2027-01-01T00:00:00Z: checked .*\): consignee 'Sahel/,
    );
    expect(after.score).toBe(before.score - LISTED_POINTS);
    expect(after.severity).not.toBe(before.severity);
    expect(after.alert).toBe(false);
    expect(after.alertId).toBeUndefined();
  });

  it('matches the party by name in any order and case when the exemption names it so', () => {
    const after = screen(namesake(), [notListed({ party: { name: 'logistics sahel', role: 'consignee' } })]);
    expect(partyHit(after)?.points).toBe(0);
  });

  it.each<[string, Partial<Exemption>]>([
    ['another party id', { party: { id: 'ML999999' } }],
    ['another party name', { party: { name: 'Sahel Freight SARL' } }],
    ['another role', { party: { id: 'ML778123', role: 'consignor' } }],
    ['another country', { party: { id: 'ML778123', country: 'SN' } }],
    ['another entry', { entry: { list: 'national', entryId: 'NAT-0050' } }],
    ['another list', { entry: { list: 'un-sc', entryId: 'NAT-0042' } }],
    ['another lane', { lane: { office: 'NGLOS001' } }],
  ])('does not apply to %s', (_what, patch) => {
    expect(partyHit(screen(namesake(), [notListed(patch)]))?.points).toBe(LISTED_POINTS);
  });

  it('applies on its own lane', () => {
    expect(
      partyHit(screen(namesake(), [notListed({ lane: { office: 'NGAPP001', mode: 'SEA' } })]))?.points,
    ).toBe(0);
  });

  it('stops applying once expired: at its expiry the alert returns', () => {
    const exemption = notListed({ expiresAt: '2026-12-01T00:00:00Z' });
    expect(screen(namesake(), [exemption], new Date('2026-11-30T23:59:59.999Z')).alert).toBe(false);
    const expired = screen(namesake(), [exemption], new Date('2026-12-01T00:00:00Z'));
    expect(partyHit(expired)).toMatchObject({ points: LISTED_POINTS });
    expect(partyHit(expired)?.evidence.exemptionId).toBeUndefined();
    expect(expired.alert).toBe(true);
  });

  it('stops applying once revoked, and not before the revocation', () => {
    const exemption = notListed({
      revoked: { at: '2026-11-29T10:00:00Z', by: 'a.admin', reason: 'new intelligence' },
    });
    expect(screen(namesake(), [exemption]).alert).toBe(true);
    expect(screen(namesake(), [exemption], new Date('2026-11-29T09:59:59Z')).alert).toBe(false);
  });

  it('does not apply before it was created', () => {
    expect(screen(namesake(), [notListed({ createdAt: '2026-11-30T00:00:00Z' })]).alert).toBe(true);
  });

  it('leaves the alert priority of an exempted exact match alone', async () => {
    const profile = (await defaultProfile()) as Parameters<typeof toAlert>[1];
    const exemption = notListed();
    const idList = nationalList([{ entryId: 'ID-1', kind: 'IDENTIFIER', value: 'ML778123' }]);
    const withId = snapshotOf(profile, [list, idList]);
    const result = evaluate({
      snapshot: withId,
      declaration: namesake(),
      now: NOW,
      exemptions: compileExemptions([
        exemption,
        notListed({ id: 'exm-2', entry: { list: 'national', entryId: 'ID-1' } }),
      ]),
    });
    expect(
      result.hits
        .filter((h) => h.evidence.exempted === true)
        .map((h) => h.indicator)
        .sort(),
    ).toEqual(['SANCTIONED_PARTY', 'WATCHLISTED_IDENTIFIER']);
    expect(toAlert(result, profile)).toBeUndefined();
  });
});

describe('a name match that resembles more than one entry', () => {
  const twins = nationalList([
    { entryId: 'NAT-0042', kind: 'PARTY', name: 'Sahel Logistics SARL', country: 'ML', points: 70 },
    { entryId: 'NAT-0043', kind: 'PARTY', name: 'Sahel Logistics SARL', country: 'ML', points: 55 },
  ]);

  // With the agreeing country, NAT-0042 scores 75 and NAT-0043 60.
  it('exempting the heaviest entry leaves the hit live, scored as the entry not exempted', async () => {
    const twinSnapshot = snapshotOf(await defaultProfile(), [twins]);
    const result = evaluate({
      snapshot: twinSnapshot,
      declaration: namesake(),
      now: NOW,
      exemptions: compileExemptions([notListed()]),
    });
    const hit = result.hits.find((h) => h.indicator === 'SANCTIONED_PARTY');
    expect(hit).toMatchObject({
      points: 60,
      evidence: {
        entryId: 'NAT-0042',
        exempted: false,
        exemptionId: 'exm-1',
        scoredAs: { entryId: 'NAT-0043' },
        exemptedPoints: 15,
      },
    });
    expect(result.alert).toBe(true);
  });

  it('exempting every entry it resembles exempts the hit', async () => {
    const twinSnapshot = snapshotOf(await defaultProfile(), [twins]);
    const result = evaluate({
      snapshot: twinSnapshot,
      declaration: namesake(),
      now: NOW,
      exemptions: compileExemptions([
        notListed(),
        notListed({ id: 'exm-2', entry: { list: 'national', entryId: 'NAT-0043' } }),
      ]),
    });
    const hit = result.hits.find((h) => h.indicator === 'SANCTIONED_PARTY');
    expect(hit).toMatchObject({ points: 0, evidence: { exempted: true, alsoExemptedBy: ['exm-2'] } });
    expect(result.alert).toBe(false);
  });
});

describe('an INDICATOR exemption', () => {
  const pistols = anItem({ line: 1, hsCode: '930200', description: 'revolvers and pistols' });
  const shirts = anItem({ line: 2 });
  const onLane = (patch: Partial<Exemption> = {}): Exemption =>
    anExemption({
      kind: 'INDICATOR',
      indicator: 'CONTROLLED_GOODS',
      subject: { hsHeading: '9302' },
      lane: { office: 'NGAPP001', origin: 'PT' },
      ...patch,
    });
  const controlled = (result: ReturnType<typeof screen>) =>
    result.hits.filter((h) => h.indicator === 'CONTROLLED_GOODS');

  it('zeroes the indicator on items under the heading on its lane', () => {
    const before = screen(aDeclaration({ items: [pistols, shirts] }), []);
    const after = screen(aDeclaration({ items: [pistols, shirts] }), [onLane()]);
    const [hit] = controlled(after);
    expect(hit).toMatchObject({ points: 0, itemLine: 1, evidence: { exempted: true, exemptionId: 'exm-1' } });
    expect(controlled(before)[0]?.points).toBeGreaterThan(0);
    expect(after.score).toBeLessThan(before.score);
    // The score is the live hits' sum: the exempted hit counts for nothing.
    expect(after.score).toBe(
      Math.min(
        100,
        after.hits.reduce((sum, h) => sum + h.points, 0),
      ),
    );
  });

  it.each<[string, Partial<Exemption>, Partial<Declaration>]>([
    ['another heading', { subject: { hsHeading: '9303' } }, {}],
    ['another office', {}, { office: 'NGLOS001' }],
    ['another origin', {}, { route: { origin: 'ES', destination: 'NG' } }],
    ['another transport mode', { lane: { mode: 'AIR' } }, {}],
    ['another indicator', { indicator: 'CASH_PAYMENT' }, {}],
  ])('does not apply to %s', (_what, patch, declarationPatch) => {
    const result = screen(aDeclaration({ items: [pistols], ...declarationPatch }), [onLane(patch)]);
    expect(controlled(result)[0]?.points).toBeGreaterThan(0);
  });

  it('when several apply, names the first of the set, whichever subject found it', () => {
    const broad = onLane({ id: 'exm-1', subject: { hsHeading: '9302' } });
    const narrow = onLane({ id: 'exm-2', subject: { hsHeading: '930200' } });
    const first = (exemptions: Exemption[]) =>
      controlled(screen(aDeclaration({ items: [pistols] }), exemptions))[0]?.evidence;
    expect(first([narrow, broad])).toMatchObject({ exemptionId: 'exm-2' });
    expect(first([broad, narrow])).toMatchObject({ exemptionId: 'exm-1' });
  });

  it('covers a party hit through the trader id in its role', () => {
    const individual = aDeclaration({ items: [pistols] });
    const declaration: Declaration = {
      ...individual,
      parties: {
        ...individual.parties,
        consignee: { name: 'John Okafor', kind: 'INDIVIDUAL', id: 'NG-555' },
      },
    };
    const exemption = onLane({
      indicator: 'INDIVIDUAL_CONSIGNEE',
      subject: { traderId: 'NG555', role: 'consignee' },
    });
    const hit = (r: ReturnType<typeof screen>) => r.hits.find((h) => h.indicator === 'INDIVIDUAL_CONSIGNEE');
    expect(hit(screen(declaration, []))?.points).toBeGreaterThan(0);
    expect(hit(screen(declaration, [exemption]))?.points).toBe(0);
    expect(
      hit(screen(declaration, [onLane({ ...exemption, subject: { traderId: 'NG555', role: 'consignor' } })]))
        ?.points,
    ).toBeGreaterThan(0);
  });

  it('covers a party hit through its address', () => {
    const individual = aDeclaration({ items: [pistols] });
    const address = { line: 'Apartment 4B, 12 Palm Close', city: 'Lagos', country: 'NG' };
    const declaration: Declaration = {
      ...individual,
      parties: { ...individual.parties, consignee: { name: 'J. Okafor', address } },
    };
    const exemption = onLane({
      indicator: 'INDIVIDUAL_CONSIGNEE',
      subject: {
        address: { line: 'apartment 4b 12 palm close', city: 'LAGOS', country: 'NG' },
        role: 'consignee',
      },
    });
    const hit = screen(declaration, [exemption]).hits.find((h) => h.indicator === 'INDIVIDUAL_CONSIGNEE');
    expect(hit?.points).toBe(0);
  });
});
