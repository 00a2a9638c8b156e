import Redis from 'ioredis';
import pino from 'pino';
import type { Declaration } from '@salw/contracts';
import { compileExemptions, type ExemptionRequest } from '@salw/risk-engine';
import { defaultProfile, snapshotOf } from '@salw/risk-engine/testing/screening.fixture';
import { namesake, SAHEL_LIST } from '@salw/risk-engine/exemptions/exemptions.fixture';
import { screenBatch, type ScreeningPorts } from '@salw/screening';
import {
  ExemptionStoreError,
  ExemptionStoreRepository,
  KeySpace,
  RedisTraderHistory,
  ScreeningLedgerRepository,
} from '@salw/store';
import { MetricsRegistry } from '@salw/observability';
import { ExemptionsHolder } from '../../../apps/screener/src/exemptions/exemptions-holder';
import { ScreenerMetrics } from '../../../apps/screener/src/metrics/screener.metrics';
import { redisUrl, runId } from '../support/kafka-kit';

/**
 * Exemptions end to end on the machine's real Redis, under a key prefix of their own: recorded,
 * announced, loaded by a screener's holder, honoured by the screening core until they expire.
 */
describe('exemptions (real Redis)', () => {
  const prefix = `it-exemptions-${runId()}:`;
  const redis = new Redis(redisUrl);
  const keys = new KeySpace(prefix);
  const store = new ExemptionStoreRepository(redis, keys);
  const T0 = new Date('2026-12-01T08:00:00Z');
  const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

  const falseMatch: ExemptionRequest = {
    kind: 'PARTY_NOT_LISTED',
    party: { id: 'ML-778-123', role: 'consignee' },
    entry: { list: 'national', entryId: 'NAT-0042' },
    reason: 'registered importer since 1998; directors differ from the listed broker',
    expiresAt: at(60).toISOString(),
  };

  afterAll(async () => {
    const found = await redis.keys(`${prefix}*`);
    if (found.length) await redis.del(...found);
    await redis.quit();
  });

  describe('the store', () => {
    it('records an exemption with its author and time, announces it, and lists it by state', async () => {
      const listener = new Redis(redisUrl);
      const announced = new Promise<string>((resolve) =>
        listener.on('message', (_c, message) => resolve(message)),
      );
      await listener.subscribe(keys.exemptionsChannel());
      const before = await store.revision();
      const added = await store.add(falseMatch, 'a.analyst', T0);
      expect(added).toMatchObject({
        id: expect.stringMatching(/^exm-\d+$/),
        author: 'a.analyst',
        createdAt: T0.toISOString(),
      });
      expect(await announced).toBe(added.id);
      expect(await store.revision()).toBe(before + 1);
      expect((await store.list('active', at(30))).map((e) => e.id)).toContain(added.id);
      expect((await store.list('expired', at(30))).map((e) => e.id)).not.toContain(added.id);
      expect((await store.list('expired', at(61))).map((e) => e.id)).toContain(added.id);
      listener.disconnect();
    });

    it('refuses an exemption without a reason or with too long an expiry, naming the field', async () => {
      await expect(store.add({ ...falseMatch, reason: '' }, 'a.analyst', T0)).rejects.toMatchObject({
        code: 'INVALID',
        violations: [expect.objectContaining({ path: 'reason' })],
      });
      await expect(
        store.add({ ...falseMatch, expiresAt: at(366 * 24 * 60).toISOString() }, 'a.analyst', T0),
      ).rejects.toMatchObject({
        code: 'INVALID',
        violations: [expect.objectContaining({ path: 'expiresAt', rule: 'maxDays' })],
      });
    });

    it('revokes once, recording who and why, and drops it from what screeners load', async () => {
      const added = await store.add(falseMatch, 'a.analyst', T0);
      const revoked = await store.revoke(added.id, 'a.admin', 'new intelligence on the directors', at(5));
      expect(revoked.revoked).toEqual({
        at: at(5).toISOString(),
        by: 'a.admin',
        reason: 'new intelligence on the directors',
      });
      expect((await store.get(added.id))?.revoked?.by).toBe('a.admin');
      await expect(store.revoke(added.id, 'a.admin', 'again', at(6))).rejects.toBeInstanceOf(
        ExemptionStoreError,
      );
      await expect(store.revoke('exm-999999', 'a.admin', 'none such', at(6))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect((await store.loadActive(at(6))).exemptions.map((e) => e.id)).not.toContain(added.id);
      expect((await store.list('revoked', at(6))).map((e) => e.id)).toContain(added.id);
    });

    it('drops expired exemptions from the active set when loading', async () => {
      const loadedEarly = await store.loadActive(at(30));
      expect(loadedEarly.exemptions.length).toBeGreaterThan(0);
      const loadedLate = await store.loadActive(at(61));
      expect(loadedLate.exemptions).toEqual([]);
      expect(await redis.zcard(keys.exemptionsActive())).toBe(0);
      // The documents stay, for the record and to explain past results.
      expect((await store.list('all', at(61))).length).toBe(2);
    });
  });

  describe('screening with them', () => {
    const screenPrefix = `${prefix}screen:`;
    const screenKeys = new KeySpace(screenPrefix);
    const ports: ScreeningPorts = {
      ledger: new ScreeningLedgerRepository(redis, screenKeys, 3600),
      history: new RedisTraderHistory(redis, screenKeys, { firstSeenRetentionDays: 30, maxWindowHours: 720 }),
    };
    const list = SAHEL_LIST;
    const namesakeOf = (declarationId: string) => namesake({ declarationId });

    async function screenAt(now: Date, declaration: Declaration) {
      const loaded = await store.loadActive(now);
      const { outcomes } = await screenBatch(
        [
          {
            value: JSON.stringify(declaration),
            key: declaration.declarationId,
            position: { partition: 0, offset: '0' },
          },
        ],
        ports,
        {
          snapshot: snapshotOf(await defaultProfile(), [list]),
          now,
          exemptions: compileExemptions(loaded.exemptions),
        },
      );
      const [outcome] = outcomes;
      if (outcome?.kind !== 'screened') throw new Error(`expected a screened outcome, got ${outcome?.kind}`);
      return outcome;
    }

    it('an exempted party gets the hit with zero points and no alert; after the expiry the alert returns', async () => {
      const exemption = await store.add(
        { ...falseMatch, expiresAt: at(120).toISOString() },
        'a.analyst',
        at(100),
      );

      const during = await screenAt(at(110), namesakeOf(`D-EXM-${runId()}`));
      const hit = during.result.hits.find((h) => h.indicator === 'SANCTIONED_PARTY');
      expect(hit).toMatchObject({
        points: 0,
        evidence: { exempted: true, exemptionId: exemption.id, exemptionAuthor: 'a.analyst' },
      });
      expect(during.result.alert).toBe(false);
      expect(during.alert).toBeUndefined();

      const after = await screenAt(at(120), namesakeOf(`D-EXM-${runId()}`));
      expect(
        after.result.hits.find((h) => h.indicator === 'SANCTIONED_PARTY')?.points,
      ).toBeGreaterThanOrEqual(60);
      expect(after.result.alert).toBe(true);
      expect(after.alert).toBeDefined();
    });
  });

  describe("a screener's holder", () => {
    const registry = new MetricsRegistry({ service: 'test', defaultMetrics: false });
    const metrics = new ScreenerMetrics(registry);
    it('reloads on the announcement of a change, without waiting for its poll', async () => {
      const subscriber = new Redis(redisUrl, { lazyConnect: true });
      await subscriber.connect();
      const holder = new ExemptionsHolder(
        store,
        subscriber,
        keys,
        { snapshotPollMs: 600_000 },
        metrics,
        pino({ level: 'silent' }),
      );
      holder.now = () => at(200);
      await holder.start();
      const held = holder.current().size;
      const added = await store.add(
        { ...falseMatch, expiresAt: at(300).toISOString() },
        'a.analyst',
        at(199),
      );
      const deadline = Date.now() + 5_000;
      while (holder.current().size === held && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect(holder.current().size).toBe(held + 1);
      expect(
        (await registry.registry.getSingleMetric('salw_screener_exemptions_held')?.get())?.values[0]?.value,
      ).toBe(held + 1);
      expect(
        holder
          .current()
          .byEntry.get('national/NAT-0042')
          ?.some((c) => c.exemption.id === added.id),
      ).toBe(true);
      await holder.stop();
      subscriber.disconnect();
    });
  });
});
