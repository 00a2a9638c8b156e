import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Admin } from 'kafkajs';
import pino from 'pino';
import { kafkaConfig, loadConfig } from '@salw/config';
import { createKafka } from '@salw/messaging';
import { generatedDeclarations } from '../screener/support/declaration-sets';
import { freePort } from '../screener/support/free-port';
import { REPO_ROOT, ScreenerTestBed } from '../screener/support/screener-test-bed';
import { AppProcess } from '../observability/support/app-process';
import { grantAppAcls } from '../../support/secured-kafka/app-acls';
import { SecuredBroker } from '../../support/secured-kafka/secured-broker';
import { runToExit } from './support/run-to-exit';

/**
 * The apps against a broker that requires what production clusters require: a private KRaft broker
 * whose only client listener is SASL_SSL (SCRAM-SHA-512, a CA and certificate made for this run) with
 * the StandardAuthorizer on, and each app its own SCRAM user holding only the ACLs
 * docs/kafka-security.md lists for it.
 * The intake, the screener and the `dlq` CLI are configured with nothing but the documented
 * KAFKA_SSL, KAFKA_SSL_CA_FILE and KAFKA_SASL_* settings; with a wrong password each must stop at
 * start-up saying that authentication failed.
 */
jest.setTimeout(300_000);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** A refused start must end well before this: kafkajs retries neither a failed login nor a denied ACL. */
const START_REFUSAL_DEADLINE_MS = 60_000;

describe('the apps on a SASL_SSL / SCRAM-SHA-512 broker with ACLs enforced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'it-secured-kafka-'));
  let broker: SecuredBroker;
  let bed: ScreenerTestBed;
  let admin: Admin;
  let intake: AppProcess | undefined;
  const apiKey = randomBytes(18).toString('base64url');
  const [declaration] = generatedDeclarations(`sasl-${Date.now()}`, 1);

  beforeAll(async () => {
    broker = await SecuredBroker.start(join(dir, 'kafka'), {
      authorizer: true,
      extraUsers: ['intake', 'screener', 'dlq'],
    });
    // The bed's own clients (topic set-up, reading outputs) are the admin. Children run as `salw`, which
    // holds no ACL, unless a test gives them their app's own user (intake, screener, dlq) and its ACLs only.
    bed = await ScreenerTestBed.create('sasl', {
      brokers: broker.brokers,
      clientSecurity: broker.clientSecurity(broker.admin),
      env: broker.clientEnv(broker.app),
    });
    admin = broker.kafka('it-secured-admin').admin();
    await admin.connect();
    await grantAppAcls(
      admin,
      { intake: 'User:intake', screener: 'User:screener', dlqCli: 'User:dlq' },
      {
        topicPrefix: bed.topicPrefix,
        screenerGroupId: bed.groupId,
        screenerTransactionalIdPrefix: bed.transactionalIdPrefix,
      },
    );
    await bed.seed();
  });

  afterAll(async () => {
    await intake?.stop();
    await admin?.disconnect().catch(() => undefined);
    await bed?.close();
    await broker?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const explained = (body: () => Promise<void>) =>
    bed.explained(async () => {
      try {
        await body();
      } catch (error) {
        const logs = `${intake ? intake.tail(20) : ''}\n${broker.tail(20)}`;
        if (error instanceof Error) error.message += `\n${logs}`;
        throw error;
      }
    })();

  it('the intake accepts a declaration over HTTP and produces it to the declarations topic', () =>
    explained(async () => {
      intake = AppProcess.spawn({
        entry: 'apps/intake/src/main.ts',
        name: 'intake',
        repoRoot: REPO_ROOT,
        env: bed.env({
          LOG_LEVEL: 'warn',
          INTAKE_API_KEYS: `it-sender:submitter:${sha256(apiKey)}`,
          ...broker.clientEnv(broker.user('intake')),
        }),
        httpPort: await freePort(),
        logFile: join(bed.dir, 'intake.log'),
      });
      await intake.waitReady();
      const response = await fetch(`${intake.url}/v1/declarations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(declaration),
      });
      expect({ status: response.status, body: await response.text() }).toEqual({
        status: 202,
        body: expect.any(String),
      });
      const ends = await admin.fetchTopicOffsets(bed.topics.declarations);
      expect(ends.reduce((sum, p) => sum + Number(p.high), 0)).toBe(1);
    }));

  it('the screener consumes it and writes its screening result in a committed transaction', () =>
    explained(async () => {
      await bed.startScreener({ LOG_LEVEL: 'warn', ...broker.clientEnv(broker.user('screener')) });
      const outputs = await bed.outputs();
      await outputs.waitFor(
        `the screening result of ${declaration.declarationId}`,
        () => outputs.records(bed.topics.screeningResults).some((r) => r.key === declaration.declarationId),
        90_000,
      );
      await bed.waitAllConsumed(30_000);
      // read_committed saw it, so the transaction committed; the input offset went in the same transaction.
      expect(outputs.records(bed.topics.screeningResults).map((r) => r.key)).toEqual([
        declaration.declarationId,
      ]);
    }));

  it('`npm run dlq -- list` connects with the same settings and lists what the screener dead-lettered', () =>
    explained(async () => {
      await bed.produce([{ key: 'IT-NOT-A-DECLARATION', value: '{"not": "a declaration"}' }]);
      const outputs = await bed.outputs();
      await outputs.waitFor(
        'the dead letter of IT-NOT-A-DECLARATION',
        () => outputs.records(bed.topics.declarationsDlq).length === 1,
        60_000,
      );
      const listed = await runToExit(
        REPO_ROOT,
        'apps/cli/src/dlq/dlq.command.ts',
        ['list'],
        bed.env(broker.clientEnv(broker.user('dlq'))),
        120_000,
      );
      expect({ code: listed.code, output: listed.output }).toEqual({
        code: 0,
        output: expect.stringContaining('IT-NOT-A-DECLARATION'),
      });
      expect(listed.output).toContain(`1 dead letter(s) on ${bed.topics.declarationsDlq}`);
    }));

  it("enforces the ACLs: the intake's user may not do what docs/kafka-security.md does not grant it", async () => {
    const appAdmin = broker.kafka('it-secured-app-admin', broker.user('intake')).admin();
    await appAdmin.connect();
    try {
      const refusal = await appAdmin
        .createTopics({ topics: [{ topic: `${bed.topicPrefix}not-granted`, numPartitions: 1 }] })
        .then(
          () => 'created',
          (error: { errors?: Array<{ type?: string }> }) => error.errors?.map((e) => e.type),
        );
      expect(refusal).toEqual(['TOPIC_AUTHORIZATION_FAILED']);
    } finally {
      await appAdmin.disconnect();
    }
  });

  it('trusts the broker only through KAFKA_SSL_CA_FILE: without it the TLS handshake is refused', async () => {
    const config = loadConfig([kafkaConfig], {
      ...broker.clientEnv(broker.app),
      KAFKA_SSL_CA_FILE: undefined,
    });
    const admin = createKafka(config.kafka, {
      retry: { retries: 0 },
      logger: pino({ level: 'silent' }),
    }).admin();
    await expect(admin.connect()).rejects.toThrow(/self[- ]signed certificate|unable to verify/i);
    await admin.disconnect();
  });

  describe('as a user the broker knows but granted nothing', () => {
    // Both stop within seconds; what they say is what an operator has to fix in the ACLs.
    it.each([
      ['the intake', 'apps/intake/src/main.ts', 'denied user "salw": CLUSTER_AUTHORIZATION_FAILED'],
      [
        'the screener',
        'apps/screener/src/main.ts',
        'a topic the SASL user may not DESCRIBE looks missing too',
      ],
    ])('%s stops at start-up pointing at the ACLs', async (_what, entry, expected) => {
      const env = {
        ...bed.env({ LOG_LEVEL: 'warn', INTAKE_API_KEYS: `it-sender:submitter:${sha256(apiKey)}` }),
        HTTP_PORT: String(await freePort()),
        HTTP_HOST: '127.0.0.1',
      };
      const report = await runToExit(REPO_ROOT, entry, [], env, START_REFUSAL_DEADLINE_MS);
      expect({ code: report.code, output: report.output }).toEqual({
        code: 1,
        output: expect.stringContaining(expected),
      });
    });
  });

  describe('with a wrong password', () => {
    const wrong = () =>
      bed.env({
        LOG_LEVEL: 'info',
        KAFKA_SASL_PASSWORD: 'not-the-password',
        INTAKE_API_KEYS: `it-sender:submitter:${sha256(apiKey)}`,
        REDIS_KEY_PREFIX: `${bed.redisKeyPrefix}desk:`,
        ALERT_DESK_GROUP_ID: `${bed.groupId}-desk`,
        ALERT_DESK_TRANSACTIONAL_ID_PREFIX: `${bed.transactionalIdPrefix}-desk`,
        ALERT_DESK_REQUIRE_FSYNC_ALWAYS: 'false',
        AUTH_COOKIE_SECURE: 'false',
      });
    const expectClearRefusal = (
      report: { code: number | null; output: string; ms: number },
      program: string,
    ) => {
      expect({ code: report.code, output: report.output }).toEqual({
        code: 1,
        output: expect.stringContaining(
          `${program}: Kafka refused the SASL login of user "salw" (SCRAM-SHA-512) at ${broker.brokers[0]}: authentication failed`,
        ),
      });
      // The end is that one readable line: no fatal record carrying a stack, no raw Node stack trace.
      // (A background component may still log its own retry warning, with its error, before the exit.)
      expect(report.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
      expect(report.output).not.toMatch(/"level":"fatal"/);
      expect(report.ms).toBeLessThan(START_REFUSAL_DEADLINE_MS);
    };

    it.each([
      ['the intake stops at start-up', 'apps/intake/src/main.ts', [], 'salw-intake'],
      ['the screener stops at start-up', 'apps/screener/src/main.ts', [], 'salw-screener'],
      ['the dlq CLI stops', 'apps/cli/src/dlq/dlq.command.ts', ['list'], 'dlq'],
      ['the alert desk stops at start-up', 'apps/alert-desk/src/main.ts', [], 'salw-alert-desk'],
    ])('%s naming the authentication failure', async (_what, entry, args, program) => {
      const env = { ...wrong(), HTTP_PORT: String(await freePort()), HTTP_HOST: '127.0.0.1' };
      expectClearRefusal(await runToExit(REPO_ROOT, entry, args, env, START_REFUSAL_DEADLINE_MS), program);
    });
  });
});
