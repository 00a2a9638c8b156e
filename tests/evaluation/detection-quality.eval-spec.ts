import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDICATOR_CODES } from '@salw/contracts';
import type { BarCheck, EvaluationReport } from '@salw/evaluation/evaluation-report.model';
import { NAME_VARIANT_KINDS } from '@salw/evaluation/names/name-variant-kind';
import { loadEvaluationInputs } from '@salw/evaluation/node/load-evaluation-inputs';
import { runEvaluation } from '@salw/evaluation/run-evaluation';

/**
 * The detection-quality bars, on the built engine with the real UN list and the default profile,
 * measured at the alert an officer receives (final severity through the whole engine). The sets are
 * generated from their seed at run time; `npm run eval` prints the same figures as a table.
 */
const ROOT = join(__dirname, '..', '..');

// The labelled set's indicators are known before the run, so each gets its own test.
const LABELLED_INDICATORS = [
  ...new Set(
    readFileSync(join(ROOT, 'tests/fixtures/evaluation/evaluation-set.ndjson'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .flatMap(
        (line) => (JSON.parse(line) as { label: { expectedIndicators: string[] } }).label.expectedIndicators,
      ),
  ),
]
  .filter((code) => code !== 'RANDOM_SELECTION')
  .sort();

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

let report: EvaluationReport;

beforeAll(async () => {
  report = await runEvaluation(await loadEvaluationInputs(ROOT));
}, 300_000);

function bar(id: string): BarCheck {
  const found = report.bars.find((b) => b.id === id);
  if (found === undefined) throw new Error(`the evaluation measured no bar '${id}'`);
  return found;
}

/** Empty when the bar holds; otherwise what failed, by how much, and the worst examples. */
function shortfall(id: string): string {
  const b = bar(id);
  if (b.pass) return '';
  return [
    `${b.description}: ${pct(b.value)}, must be ${b.direction} ${pct(b.limit)}`,
    'worst:',
    ...b.worst.map((w) => `  ${w}`),
  ].join('\n');
}

describe('listed names (real UN list) reach the officer as an alert', () => {
  it('at least 95% of all variants of listed names alert (HIGH or above) naming their entry', () => {
    expect(shortfall('name-variants')).toBe('');
  });

  it.each(NAME_VARIANT_KINDS)('at least 90% of the %s variants alert', (kind) => {
    expect(shortfall(`name-variants:${kind}`)).toBe('');
  });
});

describe('ordinary names stay quiet', () => {
  it('at most 1% of ordinary trader and person names alert', () => {
    expect(shortfall('ordinary-names:alert')).toBe('');
  });

  it('at most 2% of ordinary trader and person names reach MEDIUM or above', () => {
    expect(shortfall('ordinary-names:medium')).toBe('');
  });
});

describe('ordinary traffic stays quiet', () => {
  it('at most 1% of ordinary declarations alert (random selections counted apart)', () => {
    expect(shortfall('ordinary-traffic:alert')).toBe('');
  });

  it('at most 5% of ordinary declarations reach MEDIUM or above', () => {
    expect(shortfall('ordinary-traffic:medium')).toBe('');
  });

  it.each(INDICATOR_CODES)('%s scores points on at most 10% of ordinary declarations', (code) => {
    expect(shortfall(`ordinary-traffic:${code}`)).toBe('');
  });
});

describe('labelled positives of every indicator are still caught', () => {
  it.each(LABELLED_INDICATORS)('%s is raised on at least 95% of its labelled positives', (code) => {
    expect(shortfall(`labelled:${code}:fires`)).toBe('');
  });

  it.each(LABELLED_INDICATORS)(
    '%s positives that an officer must see alert (HIGH or above) in at least 95% of cases',
    (code) => {
      const id = `labelled:${code}:alerts`;
      if (report.bars.some((b) => b.id === id)) expect(shortfall(id)).toBe('');
      else expect(report.labelled.indicators[code]?.mustAlert).toBe(0);
    },
  );
});
