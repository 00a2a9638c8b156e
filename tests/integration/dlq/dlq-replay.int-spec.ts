import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Redis from 'ioredis';
import { topicNames } from '@salw/contracts';
import { buildDeadLetterMessage, contractTopicSpecs } from '@salw/messaging';
import { generateDeclarations } from '@salw/synthetic-traffic';
import { brokers, KafkaKit, redisUrl, runId, testKafka } from '../support/kafka-kit';

/**
 * `npm run -s dlq -- list|show|replay` against the real broker: dead letters written the way the
 * screener writes them (buildDeadLetterMessage) onto this run's own prefixed topics, then listed,
 * filtered, shown, replayed in a dry run and for real; the replayed records on the declarations topic
 * and the audit entries in Redis (under this run's own key prefix) are read back.
 */
jest.setTimeout(180_000);

const ROOT = join(__dirname, '..', '..', '..');
const run = runId();
const prefix = `it-dlq-${run}.`;
const keyPrefix = `it-dlq-${run}:`;
const topics = topicNames(prefix);
const kit = new KafkaKit(testKafka(`it-dlq-${run}`));
const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
const auditKey = `${keyPrefix}dlq:replays`;

function dlq(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['apps/cli/src/dlq/dlq.command.ts', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        KAFKA_BROKERS: brokers.join(','),
        KAFKA_TOPIC_PREFIX: prefix,
        REDIS_URL: redisUrl,
        REDIS_KEY_PREFIX: keyPrefix,
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const [first, second, third] = [...generateDeclarations({ seed: `dlq-${run}`, count: 3 })].map(
  (l) => l.declaration,
);

beforeAll(async () => {
  await kit.createTopics(
    contractTopicSpecs({ prefix }).map((spec) => ({ topic: spec.topic, partitions: spec.numPartitions })),
  );
  const producer = await kit.producer();
  const letter = (key: string, value: string, reason: string, partition: number, offset: string) =>
    buildDeadLetterMessage({
      source: {
        topic: topics.declarations,
        partition,
        offset,
        key: Buffer.from(key),
        value: Buffer.from(value),
      },
      reason: reason as 'SCHEMA_VIOLATION',
      detail: `refused by yesterday's schema (${reason})`,
    });
  await producer.send({
    topic: topics.declarationsDlq,
    messages: [
      // 0:0 and 0:2 are valid declarations today: a schema fix lets them through.
      letter(first.declarationId, JSON.stringify(first), 'SCHEMA_VIOLATION', 1, '100'),
      letter('junk', '{"declarationId": ', 'INVALID_JSON', 2, '200'),
      letter(second.declarationId, JSON.stringify(second), 'SCHEMA_VIOLATION', 3, '300'),
      // Valid content, but its key is not its declarationId: refused again.
      letter('not-the-id', JSON.stringify(third), 'KEY_MISMATCH', 1, '101'),
    ],
  });
});

afterAll(async () => {
  await redis.del(auditKey).catch(() => undefined);
  redis.disconnect();
  await kit.close();
});

async function declarationsOffsets(): Promise<number> {
  const admin = kit.kafka.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topics.declarations);
  await admin.disconnect();
  return offsets.reduce((sum, p) => sum + Number(p.high), 0);
}

describe('npm run -s dlq', () => {
  it('lists every dead letter with its id, reason, source and detail', async () => {
    const { code, stdout, stderr } = await dlq(['list']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: expect.stringContaining('4 dead letter(s)') });
    const lines = stdout.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(['0:0', '0:1', '0:2', '0:3']);
    expect(lines[1]).toMatch(/INVALID_JSON\s+.*:2@200\s+junk\s+refused by yesterday's schema/);
  });

  it.each([
    [['--reason', 'INVALID_JSON'], ['0:1']],
    [
      ['--reason', 'SCHEMA_VIOLATION', '--reason', 'KEY_MISMATCH'],
      ['0:0', '0:2', '0:3'],
    ],
    [
      ['--source-partition', '1'],
      ['0:0', '0:3'],
    ],
    [['--since', '2999-01-01T00:00:00Z'], []],
    [['--until', '2999-01-01T00:00:00Z', '--source-partition', '3'], ['0:2']],
  ])('filters %j', async (filters, ids) => {
    const { code, stdout } = await dlq(['list', ...filters]);
    expect(code).toBe(0);
    expect(
      stdout.trim()
        ? stdout
            .trim()
            .split('\n')
            .map((l) => l.split(/\s+/)[0])
        : [],
    ).toEqual(ids);
  });

  it('shows one dead letter in full, its JSON value pretty-printed', async () => {
    const { code, stdout } = await dlq(['show', '0:0']);
    expect(code).toBe(0);
    expect(stdout).toContain('reason           SCHEMA_VIOLATION');
    expect(stdout).toContain(`"declarationId": "${first.declarationId}"`);
  });

  it('refuses a bad date with the option named, and an unknown id with exit 1', async () => {
    expect(await dlq(['list', '--since', 'yesterday'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--since must be an ISO date-time (got "yesterday")'),
    });
    expect(await dlq(['show', '0:99'])).toMatchObject({ code: 1, stderr: expect.stringContaining('0:99') });
  });

  it('in a dry run says what it would replay and what is still invalid, and writes nothing', async () => {
    const { code, stdout, stderr } = await dlq(['replay', '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/would replay\s+0:0/);
    expect(stdout).toMatch(/would replay\s+0:2/);
    expect(stdout).toMatch(/still invalid\s+0:1\s+INVALID_JSON/);
    expect(stdout).toMatch(/still invalid\s+0:3\s+KEY_MISMATCH/);
    expect(stderr).toContain('dry run: 2 of 4');
    expect(await declarationsOffsets()).toBe(0);
    expect(await redis.exists(auditKey)).toBe(0);
  });

  it('replays the chosen dead letters that pass today, unchanged, and audits each in Redis', async () => {
    const { code, stderr } = await dlq([
      'replay',
      '--reason',
      'SCHEMA_VIOLATION',
      '--operator',
      'it.operator',
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: expect.stringContaining('replayed 2') });

    const replayed = await kit.readCommitted([topics.declarations], (r) => r.length >= 2, { settleMs: 500 });
    expect(
      replayed
        .map((r) => [r.key, r.value ? JSON.parse(r.value) : null, r.headers['x-replayed-from-dlq']])
        .sort(),
    ).toEqual(
      [
        [first.declarationId, first, '0:0'],
        [second.declarationId, second, '0:2'],
      ].sort(),
    );

    const audit = (await redis.xrange(auditKey, '-', '+')).map(([, fields]) => {
      const entry: Record<string, string> = {};
      for (let i = 0; i < fields.length; i += 2) entry[fields[i]] = fields[i + 1];
      return entry;
    });
    expect(audit).toHaveLength(2);
    for (const entry of audit) {
      expect(entry).toMatchObject({
        operator: 'it.operator',
        query: 'reason SCHEMA_VIOLATION',
        outcome: 'replayed',
        reason: 'SCHEMA_VIOLATION',
        target: expect.stringMatching(new RegExp(`^${topics.declarations.replace(/\./g, '\\.')}:\\d+@\\d+$`)),
      });
    }
    expect(audit.map((e) => e.deadLetter).sort()).toEqual(['0:0', '0:2']);
  });

  it('audits a replay that finds nothing valid as still-invalid and writes no record', async () => {
    const before = await declarationsOffsets();
    const { code } = await dlq(['replay', '--reason', 'KEY_MISMATCH', '--operator', 'it.operator']);
    expect(code).toBe(0);
    expect(await declarationsOffsets()).toBe(before);
    const last = await redis.xrevrange(auditKey, '+', '-', 'COUNT', 1);
    expect(last[0][1]).toEqual(expect.arrayContaining(['outcome', 'still-invalid', 'deadLetter', '0:3']));
  });
});
