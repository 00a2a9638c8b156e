import type { Hit } from '@salw/contracts';
import { screeningResultValidator } from '@salw/contracts';
import { aDeclaration, anItem, defaultProfile, NOW, snapshotOf } from '../testing/screening.fixture';
import type { ScreeningSnapshot } from '../snapshot/screening-snapshot.model';
import { boundHits } from './bound-hits';
import { evaluate, compareHits } from './evaluate';
import { HIT_BOUNDS } from './hit-bounds.constant';

function lineHit(line: number, points = 5): Hit {
  return {
    indicator: 'ARMS_KEYWORD_MISMATCH',
    points,
    itemLine: line,
    reason: `description of line ${line} mentions 'pistol'`,
    evidence: { field: `items[${line - 1}].description`, matched: ['pistol'] },
  };
}

describe('boundHits', () => {
  it('returns the hits unchanged when no indicator has more than its listed share and nothing is long', () => {
    const hits = [lineHit(1), lineHit(2), { ...lineHit(3), indicator: 'CASH_PAYMENT' }];
    expect(boundHits(hits)).toEqual(hits);
  });

  it('lists 10 hits of an indicator, then one summary "and 989 more lines" with their points, count and line range', () => {
    const hits = Array.from({ length: 999 }, (_, i) => lineHit(i + 1, i < 3 ? 15 : 0)).sort(compareHits);
    const bounded = boundHits(hits);
    expect(bounded).toHaveLength(11);
    expect(bounded.slice(0, 10).map((h) => h.itemLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(bounded[10]).toEqual({
      indicator: 'ARMS_KEYWORD_MISMATCH',
      points: 0,
      reason: 'and 989 more lines (items 11 to 999), 999 in all',
      evidence: {
        summary: true,
        omittedHits: 989,
        totalHits: 999,
        omittedPoints: 0,
        firstOmittedLine: 11,
        lastOmittedLine: 999,
      },
    });
  });

  it('carries the points of folded hits in the summary, within the contract range of a hit', () => {
    const hits = Array.from({ length: 40 }, (_, i) => lineHit(i + 1, 5));
    const [summary] = boundHits(hits).slice(-1);
    expect(summary.points).toBe(100);
    expect(summary.evidence).toMatchObject({ omittedHits: 30, omittedPoints: 150 });
  });

  it('trims a long reason and large evidence, marking the evidence as trimmed', () => {
    const hit: Hit = {
      indicator: 'ARMS_KEYWORD_MISMATCH',
      points: 40,
      itemLine: 1,
      reason: `description mentions ${"'pistol', ".repeat(200)}`,
      evidence: { field: 'items[0].description', matched: Array.from({ length: 500 }, (_, i) => `word${i}`) },
    };
    const [trimmed] = boundHits([hit]);
    expect(trimmed.reason.length).toBe(HIT_BOUNDS.reasonChars);
    expect(trimmed.reason.endsWith('…')).toBe(true);
    expect(trimmed.evidence.trimmed).toBe(true);
    expect(trimmed.evidence.field).toBe('items[0].description');
    expect((trimmed.evidence.matched as string[]).at(-1)).toBe('… 480 more');
    expect(JSON.stringify(trimmed.evidence).length).toBeLessThanOrEqual(HIT_BOUNDS.evidenceChars);
  });

  it('keeps the identifying facts of a hit (list, entry, similarity) and names the nested parts it leaves out', () => {
    const nested = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, 'y'.repeat(150)]));
    const evidence = {
      field: 'parties.consignee.name',
      list: 'un-sc',
      entryId: 'QDi.229',
      similarity: 0.97,
      listed: nested,
      otherMatches: Array.from({ length: 20 }, (_, i) => ({ entryId: `X${i}`, detail: nested })),
    };
    const [trimmed] = boundHits([{ ...lineHit(1), indicator: 'SANCTIONED_PARTY', evidence }]);
    expect(trimmed.evidence).toEqual({
      trimmed: true,
      field: 'parties.consignee.name',
      list: 'un-sc',
      entryId: 'QDi.229',
      similarity: 0.97,
      leftOut: ['listed', 'otherMatches'],
    });
  });

  it('keeps only the field names of evidence that stays too large after trimming its strings and arrays', () => {
    const evidence = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`field${i}`, 'x'.repeat(100)]));
    const [trimmed] = boundHits([{ ...lineHit(1), evidence }]);
    expect(trimmed.evidence).toEqual({
      trimmed: true,
      fields: Array.from({ length: 20 }, (_, i) => `field${i}`),
      omittedFields: 40,
    });
  });

  it('never splits a surrogate pair when cutting a reason', () => {
    const [trimmed] = boundHits([{ ...lineHit(1), reason: '🔫'.repeat(600) }]);
    expect(trimmed.reason).toMatch(/^(🔫)+…$/u);
  });
});

describe('evaluate with a declaration of 999 arms lines under a plastics heading', () => {
  let snapshot: ScreeningSnapshot;
  beforeAll(async () => {
    snapshot = snapshotOf(await defaultProfile(), []);
  });

  it('publishes a result of bounded size that passes the contract, with the full count kept in the summary', () => {
    const items = Array.from({ length: 999 }, (_, i) =>
      anItem({
        line: i + 1,
        hsCode: '392690',
        description: `plastic parts: pistol slide, rifle magazine, bolt carrier, ammunition cartridges 9mm, lot ${i} ${'x'.repeat(300)}`,
      }),
    );
    const declaration = aDeclaration({ items });
    expect(JSON.stringify(declaration).length).toBeGreaterThan(400_000);

    const result = evaluate({ snapshot, declaration, now: NOW });
    const published = JSON.stringify(result);

    expect(Buffer.byteLength(published)).toBeLessThan(64 * 1024);
    expect(screeningResultValidator.check(JSON.parse(published))).toMatchObject({ ok: true });
    const arms = result.hits.filter((h) => h.indicator === 'ARMS_KEYWORD_MISMATCH');
    expect(arms).toHaveLength(11);
    expect(arms[10].evidence).toMatchObject({ summary: true, omittedHits: 989, totalHits: 999 });
    expect(result.alert).toBe(true);
  });
});
