import { TimeoutError, withTimeout } from './with-timeout';

describe('withTimeout', () => {
  it('settles with the work when it finishes in time', async () => {
    await expect(withTimeout(Promise.resolve('PONG'), 1000, 'Redis PING')).resolves.toBe('PONG');
  });

  it('passes the work failure through', async () => {
    await expect(withTimeout(Promise.reject(new Error('ECONNREFUSED')), 1000, 'x')).rejects.toThrow(
      'ECONNREFUSED',
    );
  });

  it('rejects naming what did not answer once the time is up', async () => {
    const never = new Promise<never>(() => undefined);
    const run = withTimeout(never, 20, 'Kafka describeCluster');
    await expect(run).rejects.toBeInstanceOf(TimeoutError);
    await expect(run).rejects.toThrow('Kafka describeCluster did not answer within 20 ms');
  });
});
