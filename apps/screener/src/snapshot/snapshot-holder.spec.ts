import type { RiskProfileDocument } from '@salw/risk-engine';
import { defaultProfileDocument } from '@salw/risk-engine/testing/screening.fixture';
import { MetricsRegistry } from '@salw/observability';
import {
  KeySpace,
  type Activation,
  type ActivationDocuments,
  type SnapshotStoreRepository,
  type RedisConnection,
} from '@salw/store';
import pino from 'pino';
import { ScreenerMetrics } from '../metrics/screener.metrics';
import { SnapshotHolder } from './snapshot-holder';

/** The store as the holder reads it: an active pointer, and its contents or a failure to load them. */
class FakeStore {
  active?: Activation;
  failing = false;
  loads = 0;
  constructor(private readonly profile: RiskProfileDocument) {}
  async getActive() {
    return this.active;
  }
  async loadActive(): Promise<ActivationDocuments | undefined> {
    this.loads++;
    if (this.failing) throw new RangeError('Invalid string length');
    return this.active && { active: this.active, profile: this.profile, watchlists: [] };
  }
}

const activation = (n: number): Activation => ({
  activation: n,
  activatedAt: '2026-11-29T10:00:00Z',
  profile: { id: 'salw-default', version: 1 },
  lists: {},
});

describe('the snapshot holder when an activation fails to load', () => {
  let store: FakeStore;
  let registry: MetricsRegistry;
  let holder: SnapshotHolder;
  let now: number;

  beforeEach(async () => {
    store = new FakeStore((await defaultProfileDocument()) as unknown as RiskProfileDocument);
    registry = new MetricsRegistry({ service: 'test', defaultMetrics: false });
    holder = new SnapshotHolder(
      store as unknown as SnapshotStoreRepository,
      {} as RedisConnection,
      new KeySpace('t:'),
      { snapshotPollMs: 2_000 },
      new ScreenerMetrics(registry),
      pino({ level: 'silent' }),
    );
    now = 1_000_000;
    holder.now = () => now;
    store.active = activation(1);
    await holder.refresh();
  });

  it('keeps screening with the snapshot it holds, reports itself degraded naming the activation, and counts the failure', async () => {
    store.active = activation(2);
    store.failing = true;
    await holder.refresh();
    expect(holder.current()).toBeDefined();
    expect(holder.isReady()).toEqual({
      ready: true,
      detail: expect.objectContaining({
        activation: 1,
        status: 'degraded',
        reason: expect.stringContaining('activation 2 could not be loaded'),
      }),
    });
    expect(JSON.stringify(holder.isReady())).not.toContain('Invalid string length');
    const text = await registry.metrics();
    expect(text).toContain('salw_screener_snapshot_activation_failures_total{service="test"} 1');
    expect(text).toContain('salw_screener_snapshot_activation_failing{service="test"} 1');
  });

  it('tries a failing activation again only after a growing pause, and a newer activation at once', async () => {
    store.active = activation(2);
    store.failing = true;
    await holder.refresh();
    const loads = store.loads;
    now += 1_999;
    await holder.refresh();
    expect(store.loads).toBe(loads);
    now += 1;
    await holder.refresh();
    expect(store.loads).toBe(loads + 1);
    now += 2_000; // the second failure doubled the pause to 4 s
    await holder.refresh();
    expect(store.loads).toBe(loads + 1);
    store.active = activation(3);
    await holder.refresh();
    expect(store.loads).toBe(loads + 2);
  });

  it('is healthy again once the activation loads', async () => {
    store.active = activation(2);
    store.failing = true;
    await holder.refresh();
    store.failing = false;
    now += 2_000;
    await holder.refresh();
    expect(holder.isReady()).toEqual({
      ready: true,
      detail: expect.not.objectContaining({ status: 'degraded' }),
    });
    expect(holder.isReady().detail).toMatchObject({ activation: 2 });
    expect(await registry.metrics()).toContain('salw_screener_snapshot_activation_failing{service="test"} 0');
  });
});
