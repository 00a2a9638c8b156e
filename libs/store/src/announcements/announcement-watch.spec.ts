import { EventEmitter } from 'node:events';
import type Redis from 'ioredis';
import { AnnouncementWatch } from './announcement-watch';

/** The subscriber as the watch uses it: connect, subscribe, disconnect, and the events it emits. */
class FakeSubscriber extends EventEmitter {
  subscribed: string[] = [];
  connected = false;
  unreachable = false;
  async connect() {
    if (this.unreachable) throw new Error('ECONNREFUSED');
    this.connected = true;
  }
  async subscribe(channel: string) {
    this.subscribed.push(channel);
  }
  disconnect() {
    this.connected = false;
  }
}

describe('AnnouncementWatch', () => {
  let subscriber: FakeSubscriber;
  let checks: boolean[];
  let release: () => void;
  let watch: AnnouncementWatch;

  const watchOn = (ownsConnection: boolean, onUnreachable?: (error: unknown) => void) =>
    new AnnouncementWatch({
      subscriber: subscriber as unknown as Redis,
      channel: 't:activation',
      pollMs: 60_000,
      ownsConnection,
      onUnreachable,
      check: (announced) => {
        checks.push(announced);
        return new Promise<void>((done) => (release = done));
      },
    });

  beforeEach(() => {
    subscriber = new FakeSubscriber();
    checks = [];
  });

  afterEach(async () => {
    release?.();
    await watch.stop();
  });

  it('checks on an announcement on its channel, and not on another channel', async () => {
    watch = watchOn(true);
    await watch.start();
    expect(subscriber.subscribed).toEqual(['t:activation']);
    subscriber.emit('message', 't:exemptions');
    expect(checks).toEqual([]);
    subscriber.emit('message', 't:activation');
    expect(checks).toEqual([true]);
  });

  it('runs one check at a time: a call while one runs shares it', async () => {
    watch = watchOn(true);
    const first = watch.run();
    expect(watch.run()).toBe(first);
    expect(checks).toEqual([false]);
    release();
    await first;
    void watch.run();
    expect(checks).toEqual([false, false]);
  });

  it('subscribes again after every reconnection', async () => {
    watch = watchOn(false);
    await watch.start();
    subscriber.emit('ready');
    expect(subscriber.subscribed).toEqual(['t:activation', 't:activation']);
  });

  it('connects and closes a connection of its own, and leaves a shared one alone', async () => {
    watch = watchOn(false);
    await watch.start();
    expect(subscriber.connected).toBe(false);
    subscriber.connected = true;
    await watch.stop();
    expect(subscriber.connected).toBe(true);

    watch = watchOn(true);
    await watch.start();
    await watch.stop();
    expect(subscriber.connected).toBe(false);
  });

  it('says so when the channel is unreachable at start, and still polls', async () => {
    subscriber.unreachable = true;
    const errors: unknown[] = [];
    watch = watchOn(true, (error) => errors.push(error));
    jest.useFakeTimers();
    try {
      await watch.start();
      expect(errors).toEqual([new Error('ECONNREFUSED')]);
      jest.advanceTimersByTime(60_000);
      expect(checks).toEqual([false]);
    } finally {
      jest.useRealTimers();
    }
  });
});
