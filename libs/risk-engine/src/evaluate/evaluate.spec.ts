import { screeningResultValidator, alertValidator, type Declaration } from '@salw/contracts';
import { compileProfile } from '../profile/compile-profile';
import {
  aDeclaration,
  anItem,
  defaultProfile,
  defaultProfileDocument,
  NOW,
  nationalList,
  snapshotOf,
} from '../testing/screening.fixture';
import { evaluate, evaluateWithObservation } from './evaluate';
import { toAlert } from './alert-priority';
import { randomDraw } from '../indicators/random-selection.indicator';
import type { ScreeningSnapshot } from '../snapshot/screening-snapshot.model';

const list = nationalList([
  { entryId: 'NAT-0042', kind: 'PARTY', name: 'Sahel Logistics SARL', country: 'ML', points: 45 },
  { entryId: 'NAT-0107', kind: 'CONTAINER', value: 'TGHU8829470' },
]);

/** A trafficking case: AR-15 parts as machine parts, cash, to a private person in an embargoed country. */
function smuggling(patch: Partial<Declaration> = {}): Declaration {
  const d = aDeclaration({
    route: { origin: 'US', transit: ['AE'], destination: 'YE' },
    items: [
      anItem({
        hsCode: '847990',
        description: 'machine parts: AR-15 upper receiver, bolt carrier group',
        quantity: 20,
        grossMassKg: 9,
        netMassKg: 8,
        value: { amount: 300, currency: 'USD' },
      }),
    ],
    payment: { method: 'CASH' },
    ...patch,
  });
  return {
    ...d,
    parties: {
      ...d.parties,
      consignor: { name: 'Sahel Logistics SARL', address: { country: 'ML' } },
      consignee: { name: 'Ahmed Saleh', kind: 'INDIVIDUAL' },
    },
  };
}

describe('evaluate', () => {
  let snapshot: ScreeningSnapshot;
  beforeAll(async () => {
    snapshot = snapshotOf(await defaultProfile(), [list]);
  });

  it('produces results that pass the ScreeningResult contract, for quiet and for alerting declarations', () => {
    for (const declaration of [aDeclaration(), smuggling()]) {
      const result = evaluate({ snapshot, declaration, now: NOW });
      expect(screeningResultValidator.check(JSON.parse(JSON.stringify(result)))).toMatchObject({ ok: true });
    }
  });

  it('scores an ordinary declaration NONE, without alert or alertId', () => {
    const result = evaluate({ snapshot, declaration: aDeclaration(), now: NOW });
    expect(result).toMatchObject({
      score: 0,
      severity: 'NONE',
      alert: false,
      hits: [],
      trigger: 'LIVE',
      screenedAt: NOW.toISOString(),
      engine: '1.2.0',
    });
    expect(result.alertId).toBeUndefined();
  });

  it('sums hit and combination points, caps the score at 100 and alerts at the profile threshold', () => {
    const result = evaluate({ snapshot, declaration: smuggling(), now: NOW });
    const sum = result.hits.reduce((s, h) => s + h.points, 0);
    expect(sum).toBeGreaterThan(100);
    expect(result).toMatchObject({ score: 100, severity: 'CRITICAL', alert: true });
    expect(result.alertId).toMatch(/^alt-[0-9a-f]{40}$/);
    expect(result.hits.map((h) => h.indicator)).toEqual(
      expect.arrayContaining([
        'ARMS_KEYWORD_MISMATCH',
        'CONCEALMENT_DESCRIPTION',
        'ARMS_WORDS_UNDER_COVER',
        'SANCTIONED_PARTY',
        'EMBARGO_COUNTRY',
        'SANCTIONED_PARTY_EMBARGO',
      ]),
    );
  });

  it('adds a combination only when all of its indicators fired', () => {
    const codes = (d: Declaration) =>
      evaluate({ snapshot, declaration: d, now: NOW }).hits.map((h) => h.indicator);
    const withoutCover = smuggling({
      items: [anItem({ hsCode: '847990', description: 'AR-15 upper receiver' })],
    });
    expect(codes(withoutCover)).not.toContain('ARMS_WORDS_UNDER_COVER');
    const combination = evaluate({ snapshot, declaration: smuggling(), now: NOW }).hits.find(
      (h) => h.indicator === 'ARMS_WORDS_UNDER_COVER',
    );
    expect(combination).toMatchObject({
      points: 20,
      evidence: { combination: ['ARMS_KEYWORD_MISMATCH', 'CONCEALMENT_DESCRIPTION'] },
    });
  });

  it('orders hits heaviest first, then by code, line and party', () => {
    const { hits } = evaluate({ snapshot, declaration: smuggling(), now: NOW });
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.points).toBeGreaterThanOrEqual(hits[i]!.points);
  });

  it('keeps an indicator within its maxPoints and says so in the evidence', () => {
    const d = aDeclaration({
      items: [1, 2, 3].map((line) =>
        anItem({
          line,
          hsCode: '930200',
          description: 'pistols',
          value: { amount: 5000, currency: 'USD' },
          quantity: 10,
        }),
      ),
    });
    const controlled = evaluate({ snapshot, declaration: d, now: NOW }).hits.filter(
      (h) => h.indicator === 'CONTROLLED_GOODS',
    );
    expect(controlled.reduce((s, h) => s + h.points, 0)).toBe(30);
    expect(controlled.some((h) => h.evidence.cappedFrom === 20)).toBe(true);
  });

  describe('determinism', () => {
    it('gives the same result JSON for the same inputs', () => {
      const a = evaluate({ snapshot, declaration: smuggling(), now: NOW });
      const b = evaluate({
        snapshot: snapshotOf(snapshot.profile, [list]),
        declaration: smuggling(),
        now: NOW,
      });
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    });

    it('keeps resultId stable across screening times and triggers, and changes it with the version', () => {
      const first = evaluate({ snapshot, declaration: smuggling(), now: NOW });
      const later = evaluate({
        snapshot,
        declaration: smuggling(),
        now: new Date('2026-12-01T00:00:00Z'),
        trigger: 'RETRO',
      });
      const amended = evaluate({
        snapshot,
        declaration: smuggling({ version: 2 }),
        now: NOW,
        trigger: 'AMENDMENT',
      });
      expect(later.resultId).toBe(first.resultId);
      expect(later.trigger).toBe('RETRO');
      expect(amended.resultId).not.toBe(first.resultId);
    });

    it('changes resultId when the profile version or the watchlist version changes', async () => {
      const doc = await defaultProfileDocument();
      doc.version = (doc.version as number) + 1;
      const v2 = snapshotOf(compileProfile(doc), [list]);
      const otherLists = snapshotOf(snapshot.profile, [
        list,
        nationalList([{ entryId: 'X-1', kind: 'IDENTIFIER', value: 'ZZ1' }], 'agency'),
      ]);
      const base = evaluate({ snapshot, declaration: smuggling(), now: NOW }).resultId;
      expect(evaluate({ snapshot: v2, declaration: smuggling(), now: NOW }).resultId).not.toBe(base);
      expect(evaluate({ snapshot: otherLists, declaration: smuggling(), now: NOW }).resultId).not.toBe(base);
    });
  });

  describe('random selection', () => {
    const pickedId = Array.from({ length: 5000 }, (_, i) => `RND-${i}`).find(
      (id) => randomDraw(id, 1, 'salw-default') < 0.002,
    ) as string;

    it('alerts a randomly picked ordinary declaration with trigger RANDOM', () => {
      const result = evaluate({ snapshot, declaration: aDeclaration({ declarationId: pickedId }), now: NOW });
      expect(result).toMatchObject({ trigger: 'RANDOM', alert: true, severity: 'HIGH', score: 0 });
      expect(result.hits.map((h) => h.indicator)).toEqual(['RANDOM_SELECTION']);
    });

    it('keeps the caller trigger when the declaration would alert anyway', () => {
      const result = evaluate({
        snapshot,
        declaration: smuggling({ declarationId: pickedId }),
        now: NOW,
        trigger: 'AMENDMENT',
      });
      expect(result.trigger).toBe('AMENDMENT');
    });
  });

  describe('alerts', () => {
    it('turns an alerting result into an Alert that passes the contract, with priority 1 for critical', () => {
      const alert = toAlert(evaluate({ snapshot, declaration: smuggling(), now: NOW }), snapshot.profile);
      expect(alert?.priority).toBe(1);
      expect(alertValidator.check(JSON.parse(JSON.stringify(alert)))).toMatchObject({ ok: true });
    });

    it('gives no Alert for a result below the threshold', () => {
      expect(
        toAlert(evaluate({ snapshot, declaration: aDeclaration(), now: NOW }), snapshot.profile),
      ).toBeUndefined();
    });
  });

  it('returns the trader observation to record: keys, lodging time and whether goods were arms-like', () => {
    const { observation } = evaluateWithObservation({ snapshot, declaration: smuggling(), now: NOW });
    expect(observation).toMatchObject({
      declarationId: '26NG0000012345678X',
      version: 1,
      at: '2026-11-29T10:00:00Z',
      armsLike: true,
    });
    expect(observation.keys.map((k) => k.role)).toEqual(expect.arrayContaining(['consignee', 'consignor']));
  });
});
