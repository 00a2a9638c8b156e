import type { Declaration } from '@salw/contracts';
import {
  amended,
  assertUniqueIds,
  generatedDeclarations,
  sampleDeclarations,
} from './support/declaration-sets';
import { screenerSuite } from './support/screener-suite';
import { screeningOutputReport, type ExpectedScreening } from './support/screening-output-report';

/**
 * The screener's core promise against the real broker and Redis: every declaration version in
 * yields exactly one committed ScreeningResult, an Alert exactly where the result says so, amendments
 * are screened again and replays are not.
 */
describe('screener: one committed result per declaration version', () => {
  const suite = screenerSuite('once');

  it(
    'screens 600 declarations, 40 amendments and 60 replays into exactly 640 results and one alert per alerting result',
    suite.test(async (bed) => {
      const originals = [...sampleDeclarations(), ...generatedDeclarations(`once-${bed.id}`, 400, 0.1)];
      assertUniqueIds(originals);
      const amendments = originals.filter((_, i) => i % 15 === 0).map(amended);
      const replays: Declaration[] = [
        ...amendments.slice(0, 20), // the same version again
        ...originals.filter((_, i) => i % 15 === 0).slice(20, 40), // a lower version than the one screened
        ...originals.filter((_, i) => i % 15 === 7).slice(0, 20), // the same first version again
      ];
      expect(amendments).toHaveLength(40);
      expect(replays).toHaveLength(60);

      const outputs = await bed.outputs();
      await bed.produceDeclarations(originals);
      await bed.produceDeclarations(amendments);
      await bed.produceDeclarations(replays);
      await bed.waitAllConsumed(90_000);

      const expected: ExpectedScreening[] = [
        ...originals.map((d): ExpectedScreening => ({
          declarationId: d.declarationId,
          version: d.version,
          trigger: 'LIVE',
        })),
        ...amendments.map((d): ExpectedScreening => ({
          declarationId: d.declarationId,
          version: d.version,
          trigger: 'AMENDMENT',
        })),
      ];
      await outputs.waitFor(
        '640 committed results',
        () => outputs.records(bed.topics.screeningResults).length >= expected.length,
        30_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 2_000)); // room for any extra (doubled) record to show up

      const report = screeningOutputReport(
        expected,
        outputs.records(bed.topics.screeningResults),
        outputs.records(bed.topics.alerts),
      );
      expect(report.problems).toEqual([]);
      expect(report.results).toBe(640);
      expect(report.alertingResults).toBeGreaterThan(0);
      expect(report.alerts).toBe(report.alertingResults);
      expect(outputs.records(bed.topics.declarationsDlq)).toHaveLength(0);
    }),
    180_000,
  );
});
