import pino from 'pino';
import type { Activation, ScreenerHeartbeat as Beat, ScreenerHeartbeatRepository } from '@salw/store';
import { ScreenerHeartbeat } from './screener-heartbeat';
import type { SnapshotHolder } from './snapshot-holder';

/** The heartbeats as Redis would keep them, with the TTL each was written with. */
class FakeHeartbeats {
  readonly written: { beat: Beat; ttl: number }[] = [];
  removed: string[] = [];
  async beat(beat: Beat, ttl: number) {
    this.written.push({ beat, ttl });
  }
  async remove(instance: string) {
    this.removed.push(instance);
  }
}

/** A holder whose swaps the test triggers. */
class FakeHolder {
  held?: Activation;
  private listeners: ((a: Activation) => void)[] = [];
  activation() {
    return this.held;
  }
  onActivated(listener: (a: Activation) => void) {
    this.listeners.push(listener);
  }
  swap(activation: Activation) {
    this.held = activation;
    for (const listener of this.listeners) listener(activation);
  }
}

const activation = (n: number): Activation => ({
  activation: n,
  activatedAt: '2026-12-01T00:00:00Z',
  profile: { id: 'salw-default', version: 4 },
  lists: { national: n },
});

describe("the screener's heartbeat", () => {
  let heartbeats: FakeHeartbeats;
  let holder: FakeHolder;
  let heartbeat: ScreenerHeartbeat;

  beforeEach(() => {
    heartbeats = new FakeHeartbeats();
    holder = new FakeHolder();
    heartbeat = new ScreenerHeartbeat(
      heartbeats as unknown as ScreenerHeartbeatRepository,
      holder as unknown as SnapshotHolder,
      { instance: 'screener-a', heartbeatSeconds: 5 },
      pino({ level: 'silent' }),
    );
  });

  afterEach(() => heartbeat.stop());

  it('reports at start, before any snapshot is held, without an activation, expiring after three beats', async () => {
    heartbeat.start();
    await Promise.resolve();
    expect(heartbeats.written).toEqual([
      { beat: { instance: 'screener-a', at: expect.any(String) }, ttl: 15 },
    ]);
  });

  it('reports the new activation at once when the holder swaps, not at the next interval', async () => {
    heartbeat.start();
    holder.swap(activation(7));
    await Promise.resolve();
    expect(heartbeats.written.at(-1)?.beat).toMatchObject({
      instance: 'screener-a',
      activation: 7,
      profile: { id: 'salw-default', version: 4 },
      lists: { national: 7 },
    });
  });

  it('removes its heartbeat when it stops, so the registry no longer lists it', async () => {
    heartbeat.start();
    await heartbeat.stop();
    expect(heartbeats.removed).toEqual(['screener-a']);
  });
});
