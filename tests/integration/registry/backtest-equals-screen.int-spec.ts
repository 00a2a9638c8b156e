import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { topicNames, type ScreeningResult } from '@salw/contracts';
import { buildSnapshot, type ScreeningSnapshot } from '@salw/risk-engine';
import { loadProfileFromDir, SALW_DEFAULT_PROFILE_DIR } from '@salw/risk-engine/node';
import { ScreeningFiguresTally, type ScreeningFigures } from '@salw/screening';
import { generateDeclarations } from '@salw/synthetic-traffic';
import { parseWatchlistFile } from '@salw/watchlists/node';
import { backtestDeclarations } from '../../../apps/registry/src/backtest/backtest-declarations';
import { KafkaKit, runId, testKafka } from '../support/kafka-kit';

/**
 * The backtest's figures for each side are those of the `screen` command run on the same declarations
 * with the same profile and lists: read back from Kafka by timestamp, or from the NDJSON file.
 */
const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE_LISTS = ['deploy/samples/un-sample.xml', 'deploy/samples/national-watchlist.jsonl'].map((p) =>
  join(ROOT, p),
);
const run = promisify(execFile);

/** The `screen` command as a user runs it; its NDJSON results counted the way its summary counts them. */
async function screenCommand(input: string, watchlists: readonly string[]): Promise<ScreeningFigures> {
  const { stdout } = await run(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      join(ROOT, 'apps/cli/src/screen/screen.command.ts'),
      ...watchlists.flatMap((w) => ['--watchlist', w]),
      input,
    ],
    { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 },
  );
  const tally = new ScreeningFiguresTally();
  for (const line of stdout.split('\n'))
    if (line.trim() !== '') tally.addResult(JSON.parse(line) as ScreeningResult);
  return tally.figures();
}

async function snapshotOf(watchlists: readonly string[]): Promise<ScreeningSnapshot> {
  const files = [];
  for (const path of watchlists) files.push(await parseWatchlistFile(path));
  return buildSnapshot({
    profile: await loadProfileFromDir(SALW_DEFAULT_PROFILE_DIR),
    watchlists: files,
  });
}

/** Only what the `screen` command reports: results by severity, alerts, indicators (no refusals here). */
const comparable = (f: ScreeningFigures) => ({
  screened: f.screened,
  alerts: f.alerts,
  resultsBySeverity: f.resultsBySeverity,
  alertsBySeverity: f.alertsBySeverity,
  indicatorHits: f.indicatorHits,
});

describe('backtest figures equal those of the screen command on the same declarations (real broker)', () => {
  const kit = new KafkaKit(testKafka('it-backtest'));
  const topics = topicNames(`it-backtest-${runId()}.`);
  const dir = mkdtempSync(join(tmpdir(), 'salw-backtest-'));
  const input = join(dir, 'declarations.ndjson');
  const candidateList = join(dir, 'candidate-list.jsonl');
  const lines: string[] = [];
  let since: Date;
  let baseline: ScreeningSnapshot;
  let candidate: ScreeningSnapshot;

  beforeAll(async () => {
    for (const { declaration } of generateDeclarations({ seed: 'backtest-it', count: 400, riskyShare: 0.1 }))
      lines.push(JSON.stringify(declaration));
    writeFileSync(input, `${lines.join('\n')}\n`);
    // The candidate lists a few consignees of ordinary traffic: alerts are gained on their declarations.
    const consignees = [...new Set(lines.map((l) => JSON.parse(l).parties.consignee.name as string))].slice(
      0,
      5,
    );
    writeFileSync(
      candidateList,
      consignees
        .map((name, i) =>
          JSON.stringify({
            list: 'candidate',
            entryId: `CAND-${i}`,
            kind: 'PARTY',
            name,
            points: 60,
            expiresOn: null,
          }),
        )
        .join('\n'),
    );
    baseline = await snapshotOf(SAMPLE_LISTS);
    candidate = await snapshotOf([...SAMPLE_LISTS, candidateList]);

    await kit.createTopics([{ topic: topics.declarations, partitions: 1 }]);
    const producer = await kit.producer();
    // Something older than the window, which the backtest must not read.
    await producer.send({ topic: topics.declarations, messages: [{ key: 'OLD', value: '{"old":true}' }] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    since = new Date();
    for (let i = 0; i < lines.length; i += 100)
      await producer.send({
        topic: topics.declarations,
        messages: lines.slice(i, i + 100).map((value) => ({ key: JSON.parse(value).declarationId, value })),
      });
  });
  afterAll(async () => {
    await kit.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the declarations back from Kafka from a timestamp and counts what screen counts, on both sides', async () => {
    const progress: number[] = [];
    const report = await backtestDeclarations(
      { kind: 'kafka', topic: topics.declarations, since },
      {
        kafka: testKafka('it-backtest-run'),
        baseline,
        candidate,
        now: new Date(),
        onProgress: (p) => progress.push(p.read),
      },
    );
    expect(report.records).toBe(lines.length);
    expect(progress[progress.length - 1]).toBe(lines.length);
    expect(comparable(report.baseline.figures)).toEqual(comparable(await screenCommand(input, SAMPLE_LISTS)));
    expect(comparable(report.candidate.figures)).toEqual(
      comparable(await screenCommand(input, [...SAMPLE_LISTS, candidateList])),
    );
    expect(report.alertsGained.count).toBeGreaterThan(0);
  });

  it('gives the same report from the exported NDJSON file as from the topic', async () => {
    const fromKafka = await backtestDeclarations(
      { kind: 'kafka', topic: topics.declarations, since },
      { kafka: testKafka('it-backtest-run'), baseline, candidate, now: new Date('2026-12-01T00:00:00Z') },
    );
    const fromFile = await backtestDeclarations(
      { kind: 'file', path: input },
      { baseline, candidate, now: new Date('2026-12-01T00:00:00Z') },
    );
    expect(fromFile).toEqual(fromKafka);
  });
});
