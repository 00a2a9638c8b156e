import { topicNames, type Declaration, type ScreeningResult } from '@salw/contracts';
import { compileExemptions, compileProfile, type WatchlistEntrySource } from '@salw/risk-engine';
import {
  aDeclaration,
  defaultProfileDocument,
  nationalList,
  snapshotOf,
} from '@salw/risk-engine/testing/screening.fixture';
import { InMemoryBatchHistory, InMemoryScreeningLedger, screenBatch } from '@salw/screening';
import { RetroScreeningRunner } from '../../../apps/registry/src/retro/retro-screening.runner';
import { KafkaKit, runId, testKafka } from '../support/kafka-kit';

/**
 * A party is listed after its declarations were screened: the retro-screening of the list version that
 * adds it finds them, publishes one RETRO result (and alert) each, and a second run publishes nothing.
 */
const NEWLY_LISTED = 'Kestrel Arms Brokerage Ltd';

function consignedTo(id: string, name: string): Declaration {
  return aDeclaration({
    declarationId: id,
    parties: { ...aDeclaration().parties, consignee: { name, address: { country: 'ML' } } },
  });
}

describe('retro-screening a list version that adds a party (real broker)', () => {
  const kit = new KafkaKit(testKafka('it-retro'));
  const topics = topicNames(`it-retro-${runId()}.`);
  const before = nationalList([{ entryId: 'NAT-1', kind: 'PARTY', name: 'Nobody Trading Ltd', points: 60 }]);
  const after = nationalList([
    { entryId: 'NAT-1', kind: 'PARTY', name: 'Nobody Trading Ltd', points: 60 },
    { entryId: 'NAT-2', kind: 'PARTY', name: NEWLY_LISTED, points: 60 },
  ]);
  const added: WatchlistEntrySource[] = after.entries.filter(
    (e) => !before.entries.some((b) => b.entryId === e.entryId),
  );
  const declarations = [
    ...Array.from({ length: 40 }, (_, i) => aDeclaration({ declarationId: `RQ-${i}` })),
    consignedTo('RL-1', NEWLY_LISTED),
    consignedTo('RL-2', NEWLY_LISTED),
  ];
  let runner: RetroScreeningRunner;
  let profile: ReturnType<typeof compileProfile>;
  const since = new Date(Date.now() - 60 * 60 * 1000);

  beforeAll(async () => {
    await kit.createTopics([
      { topic: topics.declarations, partitions: 3 },
      { topic: topics.screeningResults, partitions: 1 },
      { topic: topics.alerts, partitions: 1 },
    ]);
    const producer = await kit.producer();
    await producer.send({
      topic: topics.declarations,
      messages: declarations.map((d) => ({ key: d.declarationId, value: JSON.stringify(d) })),
    });
    profile = compileProfile((await defaultProfileDocument()) as never);
    runner = new RetroScreeningRunner(testKafka('it-retro-runner'), {
      topics,
      jobIdPrefix: `${topics.declarations}.retro`,
      commitEveryRecords: 10,
    });
  });
  afterAll(() => kit.close());

  const retroScreen = (dryRun = false) =>
    runner.run({ profile, list: 'national', version: 2, changed: added, since, dryRun, now: new Date() });

  it('was screened without a hit while the party was not listed', async () => {
    const { outcomes } = await screenBatch(
      declarations.map((d, i) => ({
        value: JSON.stringify(d),
        position: { partition: 0, offset: String(i) },
      })),
      { ledger: new InMemoryScreeningLedger(), history: new InMemoryBatchHistory() },
      { snapshot: snapshotOf(profile, [before]), now: new Date() },
    );
    const sanctioned = outcomes.filter(
      (o) => o.kind === 'screened' && o.result.hits.some((h) => h.indicator === 'SANCTIONED_PARTY'),
    );
    expect(sanctioned).toEqual([]);
  });

  it('finds the declarations in a dry run and publishes nothing', async () => {
    const report = await retroScreen(true);
    expect(report).toMatchObject({
      read: declarations.length,
      found: 2,
      published: { results: 0, alerts: 0 },
    });
    expect(report.findings.map((f) => [f.declarationId, f.entries]).sort()).toEqual([
      ['RL-1', ['national/NAT-2']],
      ['RL-2', ['national/NAT-2']],
    ]);
  });

  it('finds nothing for a party an analyst has recorded as not being the new entry (exemption in force)', async () => {
    const exemptions = compileExemptions([
      {
        id: 'exm-retro',
        kind: 'PARTY_NOT_LISTED',
        author: 'a.analyst',
        reason: 'checked with the trade register: a different company',
        createdAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
        expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString(),
        party: { name: NEWLY_LISTED },
        entry: { list: 'national', entryId: 'NAT-2' },
      },
    ]);
    const report = await runner.run({
      profile,
      exemptions,
      list: 'national',
      version: 2,
      changed: added,
      since,
      dryRun: true,
      now: new Date(),
    });
    expect(report).toMatchObject({
      read: declarations.length,
      found: 0,
      published: { results: 0, alerts: 0 },
    });
  });

  it('publishes one RETRO result and alert per declaration found, and nothing more when run again', async () => {
    const first = await retroScreen();
    expect(first).toMatchObject({
      read: declarations.length,
      found: 2,
      alerts: 2,
      published: { results: 2, alerts: 2 },
    });
    const second = await retroScreen();
    expect(second).toMatchObject({ read: 0, found: 0, published: { results: 0, alerts: 0 } });
    expect(Object.keys(second.resumedFrom).length).toBe(3);

    const received = await kit.readCommitted(
      [topics.screeningResults, topics.alerts],
      (records) => records.length >= 4,
      { settleMs: 3_000 },
    );
    const results = received.filter((r) => r.topic === topics.screeningResults);
    const alerts = received.filter((r) => r.topic === topics.alerts);
    expect(results.map((r) => r.key).sort()).toEqual(['RL-1', 'RL-2']);
    expect(alerts.map((r) => r.key).sort()).toEqual(['RL-1', 'RL-2']);
    for (const record of results) {
      const result = JSON.parse(record.value ?? '') as ScreeningResult;
      expect(result).toMatchObject({
        trigger: 'RETRO',
        alert: true,
        watchlists: { version: 'retro:national@2' },
      });
      expect(result.hits.some((h) => h.indicator === 'SANCTIONED_PARTY')).toBe(true);
      expect(record.headers['x-salw-trigger']).toBe('RETRO');
    }
  });
});
