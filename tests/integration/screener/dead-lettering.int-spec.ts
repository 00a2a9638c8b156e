import { DLQ_HEADERS } from '@salw/contracts';
import type { RecordMetadata } from 'kafkajs';
import { badDeclarationCases } from './support/bad-declarations';
import { assertUniqueIds, generatedDeclarations } from './support/declaration-sets';
import { screenerSuite } from './support/screener-suite';
import { screeningOutputReport } from './support/screening-output-report';

/**
 * Bad input never stops a partition: each refused message becomes exactly one dead letter carrying
 * its original bytes and the reason, in the same transaction as the offsets, and the good messages
 * around it are screened as usual.
 */
describe('screener: dead letters for bad input', () => {
  const suite = screenerSuite('dlq');

  it(
    'writes exactly one dead letter with the original bytes and the expected x-dlq-reason for each of 18 bad inputs, and screens the good ones between them',
    suite.test(async (bed) => {
      const cases = badDeclarationCases();
      const good = generatedDeclarations(`dlq-${bed.id}`, cases.length * 2, 0.05);
      assertUniqueIds(good);
      const outputs = await bed.outputs();

      // One request per message, in order, so each message's own partition and offset are known.
      const positions = new Map<string, RecordMetadata>();
      for (const [i, bad] of cases.entries()) {
        for (const declaration of good.slice(i * 2, i * 2 + 1)) await bed.produceDeclarations([declaration]);
        const [position] = await bed.produce([{ key: bad.key, value: bad.value }]);
        positions.set(bad.key, position);
        for (const declaration of good.slice(i * 2 + 1, i * 2 + 2))
          await bed.produceDeclarations([declaration]);
      }
      await bed.waitAllConsumed(60_000);
      await outputs.waitFor(
        `${cases.length} dead letters and ${good.length} results`,
        () =>
          outputs.records(bed.topics.declarationsDlq).length >= cases.length &&
          outputs.records(bed.topics.screeningResults).length >= good.length,
        30_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 1_500));

      const deadLetters = outputs.records(bed.topics.declarationsDlq);
      expect(deadLetters.map((d) => d.key).sort()).toEqual(cases.map((c) => c.key).sort());
      for (const bad of cases) {
        const letter = deadLetters.find((d) => d.key === bad.key)!;
        const position = positions.get(bad.key)!;
        const seen = {
          case: bad.name,
          reason: letter.headers[DLQ_HEADERS.reason],
          sourceTopic: letter.headers[DLQ_HEADERS.sourceTopic],
          sourcePartition: letter.headers[DLQ_HEADERS.sourcePartition],
          sourceOffset: letter.headers[DLQ_HEADERS.sourceOffset],
          originalBytes:
            bad.value === null
              ? letter.value === null
              : letter.value !== null && letter.value.equals(bad.value),
        };
        expect(seen).toEqual({
          case: bad.name,
          reason: bad.reason,
          sourceTopic: bed.topics.declarations,
          sourcePartition: String(position.partition),
          sourceOffset: position.baseOffset,
          originalBytes: true,
        });
        expect({ case: bad.name, detail: letter.headers[DLQ_HEADERS.detail] }).toEqual({
          case: bad.name,
          detail: expect.stringMatching(bad.detail),
        });
      }

      const report = screeningOutputReport(
        good.map((d) => ({ declarationId: d.declarationId, version: d.version, trigger: 'LIVE' as const })),
        outputs.records(bed.topics.screeningResults),
        outputs.records(bed.topics.alerts),
      );
      expect(report.problems).toEqual([]);
    }),
    120_000,
  );
});
