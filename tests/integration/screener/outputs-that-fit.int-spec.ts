import { DLQ_HEADERS, type Declaration } from '@salw/contracts';
import { generatedDeclarations } from './support/declaration-sets';
import { screenerSuite } from './support/screener-suite';
import type { ScreenerTestBed } from './support/screener-test-bed';

/** A valid declaration of ~450 KB: 999 lines of arms wording under HS 392690 (plastic articles). */
function armsUnderPlastics(base: Declaration): Declaration {
  const [first] = base.items;
  return {
    ...base,
    items: Array.from({ length: 999 }, (_, i) => ({
      ...first,
      line: i + 1,
      hsCode: '392690',
      description: `plastic parts: pistol slide, rifle magazine, bolt carrier, cartridges 9mm, lot ${i + 1} ${'x'.repeat(230)}`,
    })),
  };
}

/**
 * Outputs always fit the broker: a huge valid declaration gets a bounded result, a batch of 10,000
 * dead letters is sent in several requests, and in both cases the partition moves on to the next record.
 */
describe('screener: outputs that always fit the broker', () => {
  const suite = screenerSuite('fit');

  async function sendToPartitionZero(
    bed: ScreenerTestBed,
    messages: Array<{ key: string; value: string }>,
  ): Promise<void> {
    const producer = await bed.producer();
    for (let start = 0; start < messages.length; start += 2000) {
      await producer.send({
        topic: bed.topics.declarations,
        messages: messages.slice(start, start + 2000).map((m) => ({ ...m, partition: 0 })),
      });
    }
  }

  it(
    'commits a bounded result and alert for a valid 999-line declaration of ~450 KB, then screens the next record of its partition',
    suite.test(async (bed) => {
      const [base, next] = generatedDeclarations(`fit-big-${bed.id}`, 2, 0);
      const big = armsUnderPlastics(base);
      const bigBytes = Buffer.byteLength(JSON.stringify(big));
      expect(bigBytes).toBeGreaterThan(400_000);
      expect(bigBytes).toBeLessThan(1024 * 1024);
      const outputs = await bed.outputs();

      await sendToPartitionZero(bed, [
        { key: big.declarationId, value: JSON.stringify(big) },
        { key: next.declarationId, value: JSON.stringify(next) },
      ]);
      await outputs.waitFor(
        'results of both declarations',
        () => outputs.records(bed.topics.screeningResults).length >= 2,
        60_000,
      );

      const results = outputs.records(bed.topics.screeningResults);
      expect(results.map((r) => r.key).sort()).toEqual([big.declarationId, next.declarationId].sort());
      const bigResult = results.find((r) => r.key === big.declarationId)!;
      expect(bigResult.value!.length).toBeLessThan(128 * 1024);
      const parsed = JSON.parse(bigResult.value!.toString('utf8')) as {
        hits: Array<{ indicator: string; evidence: Record<string, unknown> }>;
      };
      const summary = parsed.hits.find((h) => h.indicator === 'ARMS_KEYWORD_MISMATCH' && h.evidence.summary);
      expect(summary?.evidence).toMatchObject({ omittedHits: 989, totalHits: 999 });
      const alerts = outputs.records(bed.topics.alerts);
      expect(alerts.map((a) => a.key)).toContain(big.declarationId);
      expect(outputs.records(bed.topics.declarationsDlq)).toEqual([]);
    }),
    120_000,
  );

  it(
    'dead-letters 10,000 `{}` records of one partition (about 5 MB of dead letters) and screens the declaration after them',
    suite.test(async (bed) => {
      const [after] = generatedDeclarations(`fit-empty-${bed.id}`, 1, 0);
      const outputs = await bed.freshOutputs();
      const empties = Array.from({ length: 10_000 }, (_, i) => ({
        key: `empty-${bed.id}-${i}`,
        value: '{}',
      }));
      await sendToPartitionZero(bed, [
        ...empties,
        { key: after.declarationId, value: JSON.stringify(after) },
      ]);

      await outputs.waitFor(
        '10,000 dead letters and the result after them',
        () =>
          outputs.records(bed.topics.declarationsDlq).length >= 10_000 &&
          outputs.records(bed.topics.screeningResults).some((r) => r.key === after.declarationId),
        180_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 1_500));

      const letters = outputs.records(bed.topics.declarationsDlq);
      expect(letters).toHaveLength(10_000);
      expect(new Set(letters.map((l) => l.key)).size).toBe(10_000);
      expect(new Set(letters.map((l) => l.headers[DLQ_HEADERS.reason]))).toEqual(
        new Set(['SCHEMA_VIOLATION']),
      );
      const totalBytes = letters.reduce(
        (sum, l) =>
          sum +
          (l.value?.length ?? 0) +
          Object.entries(l.headers).reduce((h, [k, v]) => h + k.length + String(v).length, 0),
        0,
      );
      expect(totalBytes).toBeGreaterThan(2 * 1024 * 1024 + 64 * 1024);
      expect(
        outputs.records(bed.topics.screeningResults).filter((r) => r.key === after.declarationId),
      ).toHaveLength(1);
    }),
    240_000,
  );
});
