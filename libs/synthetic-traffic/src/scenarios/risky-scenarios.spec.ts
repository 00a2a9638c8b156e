import { declarationValidator, INDICATOR_CODES } from '@salw/contracts';
import { TrafficContext } from '../builders/traffic-context';
import { labelProblems } from '../evaluation/label-consistency';
import type { LabelledDeclaration } from '../model/traffic-label';
import { SeededRandom } from '../random/seeded-random';
import { SCENARIOS } from './risky-scenarios';

const RUNS = 30;

describe('risky scenarios', () => {
  it('exist for every indicator of the docs/domain.md catalogue, one each', () => {
    expect(SCENARIOS.map((scenario) => scenario.indicator)).toEqual([...INDICATOR_CODES]);
  });

  describe.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', (_, scenario) => {
    const context = new TrafficContext(new SeededRandom(`spec-${scenario.name}`), 'SPEC');
    const runs: LabelledDeclaration[][] = Array.from({ length: RUNS }, (__, run) =>
      scenario.build(context, Date.parse('2026-11-10T08:00:00Z') + run * 86_400_000),
    );
    const cases = runs.flat();

    it('builds declarations that pass the Declaration v1 contract', () => {
      const invalid = cases
        .map((item) => declarationValidator.check(item.declaration))
        .filter((result) => !result.ok);
      expect(invalid.slice(0, 2)).toEqual([]);
    });

    it('labels only what it put in the declaration', () => {
      const problems = runs.flatMap((series) =>
        series.flatMap((item, index) =>
          labelProblems(item.declaration, item.label, series.slice(0, index)).map(
            (problem) => `${item.label.scenario}: ${problem}`,
          ),
        ),
      );
      expect(problems).toEqual([]);
    });

    it('names catalogue indicators, sorted and without duplicates', () => {
      for (const { label } of cases) {
        expect(
          label.expectedIndicators.every((code) => (INDICATOR_CODES as readonly string[]).includes(code)),
        ).toBe(true);
        expect([...label.expectedIndicators]).toEqual([...new Set(label.expectedIndicators)].sort());
        expect(
          label.allowedIndicators?.some((code) => label.expectedIndicators.includes(code)) ?? false,
        ).toBe(false);
      }
    });

    if (scenario.indicator === 'RANDOM_SELECTION') {
      it('never expects the engine-side random pick, and never expects an alert', () => {
        expect(
          cases.filter(
            (item) => item.label.expectedIndicators.includes('RANDOM_SELECTION') || item.label.expectAlert,
          ),
        ).toEqual([]);
      });
    } else {
      it(`produces its indicator ${scenario.indicator}`, () => {
        expect(
          cases.filter((item) => item.label.expectedIndicators.includes(scenario.indicator)).length,
        ).toBeGreaterThan(0);
      });

      it('expects an alert only with a strong cue or several corroborating ones', () => {
        const strong = [
          'MISSING_LICENCE',
          'ARMS_KEYWORD_MISMATCH',
          'EMBARGO_COUNTRY',
          'SANCTIONED_PARTY',
          'WATCHLISTED_CONTAINER',
          'WATCHLISTED_VESSEL',
          'WATCHLISTED_IDENTIFIER',
          'WATCHLISTED_ADDRESS',
        ];
        const weakAlerts = cases.filter(
          (item) =>
            item.label.expectAlert &&
            !item.label.expectedIndicators.some((code) => strong.includes(code)) &&
            item.label.expectedIndicators.length < 3,
        );
        expect(weakAlerts.map((item) => item.label)).toEqual([]);
      });
    }
  });

  it('plants arms wording in several languages and scripts', () => {
    const context = new TrafficContext(new SeededRandom('languages'), 'SPEC');
    const keywordScenario = SCENARIOS.find((scenario) => scenario.indicator === 'ARMS_KEYWORD_MISMATCH')!;
    const descriptions = Array.from(
      { length: 120 },
      (_, run) =>
        keywordScenario.build(context, Date.parse('2026-11-10T08:00:00Z') + run)[0]!.declaration.items[0]!
          .description,
    ).join(' ');
    for (const script of [
      /\p{Script=Cyrillic}/u,
      /\p{Script=Arabic}/u,
      /\p{Script=Han}/u,
      /munição/iu,
      /cartuchos/iu,
      /pistolet/iu,
    ])
      expect(descriptions).toMatch(script);
  });
});
