import { DLQ_HEADERS, type Declaration } from '@salw/contracts';
import { contentHash } from '@salw/screening';
import { amended, generatedDeclarations } from './support/declaration-sets';
import { screenerSuite } from './support/screener-suite';

/**
 * Nobody takes over a declaration by sending it first or under another key: a version already
 * screened that comes again with other content is dead-lettered as CONFLICTING_REPLAY naming both
 * content hashes (never dropped as a replay), a record whose key is not its declarationId is
 * dead-lettered as KEY_MISMATCH, and the declaration's owner can still amend it.
 */
describe('screener: declaration integrity', () => {
  const suite = screenerSuite('integrity');

  it(
    'dead-letters a conflicting replay and a mismatched key, ignores an exact replay, and still screens the amendment',
    suite.test(async (bed) => {
      const [original, other] = generatedDeclarations(`integrity-${bed.id}`, 2, 0);
      const conflicting: Declaration = { ...original, office: 'XXXXX01' };
      const outputs = await bed.outputs();

      await bed.produceDeclarations([original]);
      await bed.produceDeclarations([original]); // the same content again: a replay, no output
      await bed.produceDeclarations([conflicting]);
      await bed.produce([{ key: `not-${other.declarationId}`, value: JSON.stringify(other) }]);
      await bed.produceDeclarations([amended(original)]);
      await bed.waitAllConsumed(60_000);
      await outputs.waitFor(
        '2 results and 2 dead letters',
        () =>
          outputs.records(bed.topics.screeningResults).length >= 2 &&
          outputs.records(bed.topics.declarationsDlq).length >= 2,
        30_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // room for anything extra to show up

      const results = outputs
        .records(bed.topics.screeningResults)
        .map(
          (r) => JSON.parse(String(r.value)) as { declarationId: string; version: number; trigger: string },
        );
      expect(results.map((r) => [r.declarationId, r.version])).toEqual([
        [original.declarationId, original.version],
        [original.declarationId, original.version + 1],
      ]);
      expect(['AMENDMENT', 'RANDOM']).toContain(results[1].trigger);

      // The two dead letters may sit on different partitions: found by reason, not by order.
      const letters = outputs.records(bed.topics.declarationsDlq);
      expect(letters.map((l) => l.headers[DLQ_HEADERS.reason]).sort()).toEqual([
        'CONFLICTING_REPLAY',
        'KEY_MISMATCH',
      ]);
      const conflict = letters.find((l) => l.headers[DLQ_HEADERS.reason] === 'CONFLICTING_REPLAY')!;
      expect(conflict.headers[DLQ_HEADERS.detail]).toContain(
        `sha256:${contentHash(JSON.stringify(original))}; this record has sha256:${contentHash(JSON.stringify(conflicting))}`,
      );
      expect(conflict.value?.equals(Buffer.from(JSON.stringify(conflicting)))).toBe(true);
      const mismatch = letters.find((l) => l.headers[DLQ_HEADERS.reason] === 'KEY_MISMATCH')!;
      expect(mismatch.key).toBe(`not-${other.declarationId}`);
    }),
  );
});
