import { alertValidator, screeningResultValidator, type Alert, type ScreeningResult } from '@salw/contracts';
import type { CollectedRecord } from './output-collector';

/** A declaration version that must yield exactly one ScreeningResult, with this trigger. */
export interface ExpectedScreening {
  readonly declarationId: string;
  readonly version: number;
  readonly trigger: 'LIVE' | 'AMENDMENT';
}

export interface ScreeningOutputReport {
  readonly results: number;
  readonly alerts: number;
  readonly alertingResults: number;
  /** Every broken guarantee, one line each (the first `MAX_LISTED` of each kind); empty when all hold. */
  readonly problems: string[];
  readonly parsedResults: readonly ScreeningResult[];
}

const MAX_LISTED = 10;

/**
 * Checks the committed outputs against what went in: one valid ScreeningResult per expected
 * declaration version (none missing, none doubled, none unexpected, the right trigger, keyed by its
 * declarationId), one Alert for exactly the results with `alert: true` (1:1 by alertId), and the
 * results of one declaration on one partition in version order.
 */
export function screeningOutputReport(
  expected: readonly ExpectedScreening[],
  resultRecords: readonly CollectedRecord[],
  alertRecords: readonly CollectedRecord[],
): ScreeningOutputReport {
  const problems = new ProblemList();
  const expectedByKey = new Map(expected.map((e) => [versionKey(e.declarationId, e.version), e]));
  if (expectedByKey.size !== expected.length)
    throw new Error('the expected declaration versions contain duplicates: the test itself is wrong');

  const results: Array<{ record: CollectedRecord; result: ScreeningResult }> = [];
  for (const record of resultRecords) {
    const parsed = screeningResultValidator.parse(record.value ?? Buffer.alloc(0));
    if (!parsed.ok) {
      problems.add(
        'invalid result',
        `${at(record)} is not a valid ScreeningResult: ${parsed.reason} ${parsed.violations.map((v) => `${v.path}: ${v.message}`).join('; ')}`,
      );
      continue;
    }
    results.push({ record, result: parsed.value });
    if (record.key !== parsed.value.declarationId)
      problems.add(
        'wrong key',
        `${at(record)} has key ${record.key} but declarationId ${parsed.value.declarationId}`,
      );
  }

  const byVersion = groupBy(results, ({ result }) => versionKey(result.declarationId, result.version));
  for (const [key, found] of byVersion) {
    const wanted = expectedByKey.get(key);
    if (!wanted)
      problems.add(
        'unexpected result',
        `${key} was never sent as a screenable version, yet ${found.length} result(s) came out (${found.map((f) => at(f.record)).join(', ')})`,
      );
    if (found.length > 1)
      problems.add(
        'duplicate result',
        `${key} has ${found.length} results (${found.map((f) => at(f.record)).join(', ')})`,
      );
    for (const { record, result } of found) {
      if (wanted && !triggerMatches(result, wanted.trigger))
        problems.add(
          'wrong trigger',
          `${key} at ${at(record)} has trigger ${result.trigger}, expected ${wanted.trigger}`,
        );
    }
  }
  for (const [key] of expectedByKey)
    if (!byVersion.has(key)) problems.add('missing result', `${key} has no committed result`);

  for (const [declarationId, found] of groupBy(results, ({ result }) => result.declarationId)) {
    const partitions = new Set(found.map((f) => f.record.partition));
    if (partitions.size > 1) {
      problems.add(
        'order',
        `results of ${declarationId} are spread over partitions ${[...partitions].join(', ')}, so their order is lost`,
      );
      continue;
    }
    const versions = [...found]
      .sort((a, b) => compareOffsets(a.record.offset, b.record.offset))
      .map((f) => f.result.version);
    if (versions.some((v, i) => i > 0 && v <= versions[i - 1]))
      problems.add('order', `results of ${declarationId} come in version order ${versions.join(', ')}`);
  }

  const alerting = results.filter(({ result }) => result.alert);
  const resultsByAlertId = groupBy(alerting, ({ result }) => result.alertId ?? '(none)');
  for (const { record, result } of alerting)
    if (!result.alertId) problems.add('alert without id', `${at(record)} has alert: true but no alertId`);
  for (const { record, result } of results) {
    if (!result.alert && result.alertId)
      problems.add('alert id without alert', `${at(record)} has alert: false but alertId ${result.alertId}`);
  }
  const alerts: Array<{ record: CollectedRecord; alert: Alert }> = [];
  for (const record of alertRecords) {
    const parsed = alertValidator.parse(record.value ?? Buffer.alloc(0));
    if (parsed.ok) alerts.push({ record, alert: parsed.value });
    else
      problems.add(
        'invalid alert',
        `${at(record)} is not a valid Alert: ${parsed.reason} ${parsed.violations.map((v) => `${v.path}: ${v.message}`).join('; ')}`,
      );
  }
  const alertsById = groupBy(alerts, ({ alert }) => alert.alertId);
  for (const [alertId, found] of alertsById) {
    if (found.length > 1)
      problems.add(
        'duplicate alert',
        `alert ${alertId} was published ${found.length} times (${found.map((f) => at(f.record)).join(', ')})`,
      );
    const owners = resultsByAlertId.get(alertId);
    if (!owners) {
      problems.add(
        'alert without result',
        `alert ${alertId} (${found[0].alert.declarationId} v${found[0].alert.version}) matches no result with alert: true`,
      );
      continue;
    }
    const { alert, record } = found[0];
    const owner = owners[0].result;
    if (
      alert.declarationId !== owner.declarationId ||
      alert.version !== owner.version ||
      alert.resultId !== owner.resultId
    ) {
      problems.add(
        'alert mismatch',
        `alert ${alertId} at ${at(record)} names ${alert.declarationId} v${alert.version} (result ${alert.resultId}) but its result is ${owner.declarationId} v${owner.version} (result ${owner.resultId})`,
      );
    }
  }
  for (const [alertId, owners] of resultsByAlertId) {
    if (alertId !== '(none)' && !alertsById.has(alertId))
      problems.add(
        'missing alert',
        `${owners[0].result.declarationId} v${owners[0].result.version} has alert: true (alertId ${alertId}) but no alert was published`,
      );
  }

  return {
    results: results.length,
    alerts: alerts.length,
    alertingResults: alerting.length,
    problems: problems.lines(),
    parsedResults: results.map((r) => r.result),
  };
}

/**
 * The engine reports RANDOM instead of the caller's trigger when a random compliance pick alone makes
 * the result alert (libs/risk-engine evaluate.ts), so RANDOM with a RANDOM_SELECTION hit stands for either.
 */
function triggerMatches(result: ScreeningResult, trigger: ExpectedScreening['trigger']): boolean {
  if (result.trigger === trigger) return true;
  return result.trigger === 'RANDOM' && result.hits.some((hit) => hit.indicator === 'RANDOM_SELECTION');
}

export function versionKey(declarationId: string, version: number): string {
  return `${declarationId} v${version}`;
}

function at(record: CollectedRecord): string {
  return `${record.topic}/${record.partition}@${record.offset}`;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function compareOffsets(a: string, b: string): number {
  const diff = BigInt(a) - BigInt(b);
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** Problems grouped by kind, each kind listed up to MAX_LISTED times with a count of the rest. */
class ProblemList {
  private readonly byKind = new Map<string, string[]>();

  add(kind: string, line: string): void {
    const list = this.byKind.get(kind);
    if (list) list.push(line);
    else this.byKind.set(kind, [line]);
  }

  /** The kinds with their counts first (a truncated log still shows what broke), then the lines. */
  lines(): string[] {
    if (this.byKind.size === 0) return [];
    const out: string[] = [
      `summary: ${[...this.byKind].map(([kind, lines]) => `${lines.length} ${kind}`).join(', ')}`,
    ];
    for (const [kind, lines] of this.byKind) {
      out.push(...lines.slice(0, MAX_LISTED).map((line) => `${kind}: ${line}`));
      if (lines.length > MAX_LISTED) out.push(`${kind}: ... and ${lines.length - MAX_LISTED} more`);
    }
    return out;
  }
}

/**
 * The common verdict of the failure tests: every declaration (all first versions) has exactly one
 * committed result, and an alert exactly for the alerting ones.
 */
export function expectEachScreenedOnce(
  declarations: readonly { readonly declarationId: string; readonly version: number }[],
  outputs: { records(topic: string): readonly CollectedRecord[]; describe?(): string },
  topics: { readonly screeningResults: string; readonly alerts: string },
): void {
  const report = screeningOutputReport(
    declarations.map((d) => ({
      declarationId: d.declarationId,
      version: d.version,
      trigger: 'LIVE' as const,
    })),
    outputs.records(topics.screeningResults),
    outputs.records(topics.alerts),
  );
  if (report.problems.length > 0 && outputs.describe)
    console.error(`${report.problems[0]} (reader: ${outputs.describe()})`);
  expect(report.problems).toEqual([]);
  expect(report.results).toBe(declarations.length);
  expect(report.alerts).toBe(report.alertingResults);
}
