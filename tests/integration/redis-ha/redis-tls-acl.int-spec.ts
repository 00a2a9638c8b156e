import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, redisConfig, type Environment } from '@salw/config';
import { createRedisClient, keySpaceFor, ScreeningLedgerRepository, type RedisConnection } from '@salw/store';
import { freePort } from '../screener/support/free-port';
import { RedisNode, redisBinariesPresent } from './support/redis-node';
import { makeTestCertificates, type TestCertificates } from './support/test-certificates';

const describeWithRedis = redisBinariesPresent() ? describe : describe.skip;

/** A redis-server that takes only TLS with a client certificate and only the ACL user `app`. */
describeWithRedis('Redis over TLS with an ACL user (real process, certificates made by openssl)', () => {
  let dir: string;
  let certs: TestCertificates;
  let node: RedisNode;
  let tlsPort: number;
  const opened: RedisConnection[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'salw-redis-tls-'));
    certs = await makeTestCertificates(dir);
    tlsPort = await freePort();
    node = await RedisNode.start({
      dir,
      port: await freePort(), // plain port on loopback for the readiness probe only
      auth: ['--user', 'app', '--pass', 'app-pw', '--no-auth-warning'],
      config: [
        `tls-port ${tlsPort}`,
        `tls-cert-file ${certs.serverCert}`,
        `tls-key-file ${certs.serverKey}`,
        `tls-ca-cert-file ${certs.ca}`,
        'tls-auth-clients yes',
        'user default off',
        'user app on >app-pw ~it-tls:* +@all',
        'save ""',
        'appendonly no',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    for (const redis of opened) redis.disconnect();
    await node?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The first error the client reports (what the app logs), once connecting was tried. */
  async function firstError(redis: RedisConnection): Promise<string> {
    const reported = new Promise<string>((resolve) =>
      redis.once('error', (error: Error) => resolve(error.message)),
    );
    await redis.connect().catch(() => undefined);
    return reported;
  }

  function client(env: Environment): RedisConnection {
    const redis = createRedisClient(
      loadConfig([redisConfig], { REDIS_KEY_PREFIX: 'it-tls:', ...env }).redis,
      {
        connectionName: 'salw-it-tls',
      },
    );
    redis.on('error', () => undefined); // refusals are read with firstError
    opened.push(redis);
    return redis;
  }

  it('writes and reads through rediss:// with the CA, the client certificate and the ACL user', async () => {
    const env = {
      REDIS_URL: `rediss://app:app-pw@127.0.0.1:${tlsPort}`,
      REDIS_TLS_CA_FILE: certs.ca,
      REDIS_TLS_CERT_FILE: certs.clientCert,
      REDIS_TLS_KEY_FILE: certs.clientKey,
    };
    const redis = client(env);
    await redis.connect();
    const config = loadConfig([redisConfig], { REDIS_KEY_PREFIX: 'it-tls:', ...env }).redis;
    const ledger = new ScreeningLedgerRepository(redis, keySpaceFor(config), 60);
    await ledger.save(new Map([['T-1', [{ version: 1, partition: 0, offset: '1' }]]]));
    expect((await ledger.load(['T-1'])).get('T-1')).toEqual([{ version: 1, partition: 0, offset: '1' }]);
  });

  it('is refused with the reason on a wrong password', async () => {
    const redis = client({
      REDIS_URL: `rediss://app:wrong@127.0.0.1:${tlsPort}`,
      REDIS_TLS_CA_FILE: certs.ca,
      REDIS_TLS_CERT_FILE: certs.clientCert,
      REDIS_TLS_KEY_FILE: certs.clientKey,
    });
    expect(await firstError(redis)).toMatch(/WRONGPASS invalid username-password pair/);
  });

  it('cannot connect without trusting the server certificate authority', async () => {
    const redis = client({ REDIS_URL: `rediss://app:app-pw@127.0.0.1:${tlsPort}` });
    expect(await firstError(redis)).toMatch(/self-signed certificate in certificate chain|unable to verify/);
  });
});
