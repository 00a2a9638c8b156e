import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@salw/config';
import { topicNames, type Declaration, type ScreeningResult } from '@salw/contracts';
import { buildStoredSnapshot } from '@salw/risk-engine';
import { aDeclaration } from '@salw/risk-engine/testing/screening.fixture';
import { InMemoryBatchHistory, InMemoryScreeningLedger, screenBatch } from '@salw/screening';
import { KeySpace, SnapshotStoreRepository, type AuditEntry } from '@salw/store';
import { REGISTRY_CONFIG_SECTIONS } from '../../../apps/registry/src/config/registry-config-sections';
import { createRegistryApp } from '../../../apps/registry/src/create-registry-app';
import type { RetroRun } from '../../../apps/registry/src/retro/retro-screening.service';
import type { BacktestRun } from '../../../apps/registry/src/backtest/backtest.service';
import { KafkaKit, runId, testKafka } from '../support/kafka-kit';
import { partyEntry, REPO_ROOT, RegistryBed, SAMPLE_NATIONAL } from './support/registry-bed';

const NEWLY_LISTED = 'Kestrel Arms Brokerage Ltd';

function consignedTo(id: string, name: string): Declaration {
  return aDeclaration({
    declarationId: id,
    parties: { ...aDeclaration().parties, consignee: { name, address: { country: 'ML' } } },
  });
}

async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The registry retro-screens by itself when an activation adds a party: the declarations screened
 * before, against the list without it, get one RETRO result and alert each; the same retro-screening
 * started again by hand publishes nothing more; both runs are in the audit; a backtest of the old
 * list version against the new one shows those alerts lost.
 */
describe('registry: retro-screening on activation and by hand, and a backtest (real broker and Redis)', () => {
  const prefix = `it-retro-reg-${runId()}.`;
  const topics = topicNames(prefix);
  const bed = new RegistryBed('retro', {
    KAFKA_TOPIC_PREFIX: prefix,
    REGISTRY_RETRO_DAYS: '1',
    REGISTRY_RETRO_ON_ACTIVATION: 'true',
  });
  const kit = new KafkaKit(testKafka('it-retro-registry'));
  const declarations = [
    ...Array.from({ length: 30 }, (_, i) => aDeclaration({ declarationId: `RA-Q-${i}` })),
    consignedTo('RA-L-1', NEWLY_LISTED),
    consignedTo('RA-L-2', NEWLY_LISTED),
  ];
  let app: INestApplication;
  let producedFrom: Date;

  beforeAll(async () => {
    await kit.createTopics([
      { topic: topics.declarations, partitions: 3 },
      { topic: topics.screeningResults, partitions: 1 },
      { topic: topics.alerts, partitions: 1 },
      { topic: topics.alertOutcomes, partitions: 1 },
    ]);
    const seeded = spawnSync(
      join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['apps/registry/src/cli/registry.cli.ts', 'seed', '--watchlist', SAMPLE_NATIONAL],
      { cwd: REPO_ROOT, env: { ...bed.env(), USER: 'seeder' }, encoding: 'utf8' },
    );
    if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
    app = await createRegistryApp({
      config: loadConfig(REGISTRY_CONFIG_SECTIONS, bed.env({ HTTP_PORT: '0' })),
    });
    await app.init();
    // The worker takes what is active at its start as handled (it was screened live).
    await eventually(
      async () => (await bed.redis.get(`${bed.prefix}retro:handled-activation`)) ?? undefined,
      'the worker to start',
    );
    producedFrom = new Date();
    const producer = await kit.producer();
    await producer.send({
      topic: topics.declarations,
      messages: declarations.map((d) => ({ key: d.declarationId, value: JSON.stringify(d) })),
    });
  });

  afterAll(async () => {
    await app?.close();
    await kit.close();
    await bed.close();
  });

  it('screened the declarations without a hit while the party was not listed', async () => {
    const loaded = await new SnapshotStoreRepository(bed.redis, new KeySpace(bed.prefix)).loadActive();
    const { outcomes } = await screenBatch(
      declarations.map((d, i) => ({
        value: JSON.stringify(d),
        position: { partition: 0, offset: String(i) },
      })),
      { ledger: new InMemoryScreeningLedger(), history: new InMemoryBatchHistory() },
      { snapshot: buildStoredSnapshot(loaded!), now: new Date() },
    );
    expect(outcomes.filter((o) => o.kind === 'screened' && o.result.alert)).toEqual([]);
  });

  it('retro-screens on the activation that lists the party, once, and a run by hand adds nothing', async () => {
    const file = bed.nationalListWith('v2', [{ ...partyEntry('NAT-9001', NEWLY_LISTED), points: 60 }]);
    expect(
      (await bed.cli('--actor', 'ana', 'import', 'national', file, '--reason', 'new listing')).code,
    ).toBe(0);
    expect(
      (await bed.cli('--actor', 'ana', 'activate', 'national', '2', '--reason', 'listed Kestrel')).code,
    ).toBe(0);

    const automatic = await eventually(
      async () => {
        const audit = await bed.json<AuditEntry[]>('audit');
        return audit.find((a) => a.action === 'list.retro-screen');
      },
      'the retro-screening after activation',
      // Well within the worker's 30 s poll: the activation's own announcement starts it.
      20_000,
    );
    expect(automatic).toMatchObject({ actor: 'registry (retro on activation)', subject: 'list national v2' });
    expect(JSON.parse(automatic.summary)).toMatchObject({ from: 1, changedEntries: 1, found: 2, alerts: 2 });

    const byHand = await bed.json<RetroRun>(
      '--actor',
      'ana',
      'retro-screen',
      '--list',
      'national',
      '--reason',
      'again',
    );
    expect(byHand).toMatchObject({
      version: 2,
      from: 1,
      read: 0,
      found: 0,
      published: { results: 0, alerts: 0 },
    });

    const received = await kit.readCommitted(
      [topics.screeningResults, topics.alerts],
      (records) => records.length >= 4,
      { settleMs: 3_000 },
    );
    const results = received.filter((r) => r.topic === topics.screeningResults);
    expect(results.map((r) => r.key).sort()).toEqual(['RA-L-1', 'RA-L-2']);
    expect(
      received
        .filter((r) => r.topic === topics.alerts)
        .map((r) => r.key)
        .sort(),
    ).toEqual(['RA-L-1', 'RA-L-2']);
    for (const r of results)
      expect(JSON.parse(r.value ?? '') as ScreeningResult).toMatchObject({ trigger: 'RETRO', alert: true });

    const audit = await bed.json<AuditEntry[]>('audit');
    expect(
      audit
        .filter((a) => a.action === 'list.retro-screen')
        .map((a) => a.actor)
        .sort(),
    ).toEqual(['ana', 'registry (retro on activation)']);
  });

  it('backtests the old list version against the active one: the two alerts are lost', async () => {
    const report = await bed.json<BacktestRun>(
      'backtest',
      '--list',
      'national:1',
      '--since',
      producedFrom.toISOString(),
    );
    expect(report.records).toBe(declarations.length);
    expect(report.alertsLost.count).toBe(2);
    expect(report.alertsLost.declarations.map((d) => d.declarationId).sort()).toEqual(['RA-L-1', 'RA-L-2']);
    expect(report.indicators.find((i) => i.indicator === 'SANCTIONED_PARTY')).toMatchObject({
      baseline: 2,
      candidate: 0,
    });
  });

  it('refuses a retro-screening without a reason and a backtest without a candidate', async () => {
    expect((await bed.cli('retro-screen', '--list', 'national')).code).not.toBe(0);
    const none = await bed.cli('backtest', '--since', '1d');
    expect(none.code).not.toBe(0);
    expect(none.err).toContain('name a candidate');
  });
});
