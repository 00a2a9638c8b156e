/**
 * `npm run -s dlq -- list|show|replay [filters]`: the dead-letter topic for operators.
 *
 *   list   [filters]                 one line per dead letter
 *   show   ID...                     everything about dead letters `dlqPartition:dlqOffset`
 *   replay [filters] [--dry-run] [--operator NAME]
 *          re-validate the chosen dead letters with the current declaration schema and write those
 *          that pass back to the declarations topic; audit each in Redis (<prefix>dlq:replays)
 *
 * Filters: --reason R (repeatable), --since ISO, --until ISO, --source-partition N (repeatable).
 * Configuration as every app: KAFKA_* (brokers, prefix, TLS, SASL) and REDIS_URL, REDIS_KEY_PREFIX.
 */
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { kafkaConfig, loadConfig, redisConfig, type KafkaConfig } from '@salw/config';
import { topicNames } from '@salw/contracts';
import { createKafka, describeKafkaStartupError } from '@salw/messaging';
import {
  describeDeadLetterQuery,
  matchesDeadLetterQuery,
  type DeadLetterQuery,
} from '@salw/messaging/dlq/dead-letter-query';
import { buildReplayMessage } from '@salw/messaging/dlq/replay-message';
import { createRedisClient } from '@salw/store';
import { parseArgs, UsageError } from '@salw/config/command-line';
import { readAllDeadLetters } from './dead-letter-reader';
import { listLine, showText } from './format-dead-letter';
import { planReplay } from './plan-replay';
import { appendReplayAudit, replayAuditKey, type ReplayAuditEntry } from './replay-audit';

const USAGE = `usage: npm run -s dlq -- list   [--reason R] [--since ISO] [--until ISO] [--source-partition N]
       npm run -s dlq -- show   DLQ_PARTITION:DLQ_OFFSET...
       npm run -s dlq -- replay [filters] [--dry-run] [--operator NAME]`;

function date(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime()))
    throw new UsageError(`--${name} must be an ISO date-time (got "${value}")`);
  return parsed;
}

function readQuery(options: ReadonlyMap<string, readonly string[]>, ids: readonly string[]): DeadLetterQuery {
  const partitions = (options.get('source-partition') ?? []).map((p) => {
    if (!/^\d+$/.test(p)) throw new UsageError(`--source-partition must be a partition number (got "${p}")`);
    return Number(p);
  });
  return {
    reasons: options.get('reason'),
    since: date(options.get('since')?.[0], 'since'),
    until: date(options.get('until')?.[0], 'until'),
    sourcePartitions: partitions,
    ids,
  };
}

/** Kept for the last-resort handler, which turns a refused Kafka login into one line naming the settings. */
let kafkaSettings: KafkaConfig | undefined;

async function main(argv: readonly string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || !['list', 'show', 'replay'].includes(verb)) throw new UsageError('say list, show or replay');
  const args = parseArgs(rest, ['reason', 'since', 'until', 'source-partition', 'operator'], ['dry-run']);
  if (verb === 'show' && args.positional.length === 0) throw new UsageError('show needs dead letter ids');
  if (verb !== 'show' && args.positional.length > 0)
    throw new UsageError(`unexpected argument ${args.positional[0]}`);
  for (const id of args.positional)
    if (!/^\d+:\d+$/.test(id))
      throw new UsageError(`a dead letter id is DLQ_PARTITION:DLQ_OFFSET (got "${id}")`);
  const query = readQuery(args.options, args.positional);

  const config = loadConfig([kafkaConfig, redisConfig]);
  kafkaSettings = config.kafka;
  const topics = topicNames(config.kafka.topicPrefix);
  const kafka = createKafka(config.kafka, { clientId: 'salw-dlq-cli' });
  const letters = (await readAllDeadLetters(kafka, topics.declarationsDlq)).filter((l) =>
    matchesDeadLetterQuery(l, query),
  );

  if (verb === 'list') {
    for (const letter of letters) process.stdout.write(`${listLine(letter)}\n`);
    process.stderr.write(
      `${letters.length} dead letter(s) on ${topics.declarationsDlq}: ${describeDeadLetterQuery(query)}\n`,
    );
    return 0;
  }
  if (verb === 'show') {
    const missing = args.positional.filter((id) => !letters.some((l) => l.id === id));
    process.stdout.write(letters.map(showText).join('\n\n') + (letters.length ? '\n' : ''));
    if (missing.length) process.stderr.write(`not on ${topics.declarationsDlq}: ${missing.join(', ')}\n`);
    return missing.length ? 1 : 0;
  }

  const plan = planReplay(letters);
  const dryRun = args.flags.has('dry-run');
  for (const { letter, detail } of plan.refused)
    process.stdout.write(`still invalid  ${letter.id}  ${detail}\n`);
  for (const letter of plan.replay)
    process.stdout.write(
      `${dryRun ? 'would replay' : 'replay'}  ${letter.id}  ${letter.key?.toString() ?? ''}\n`,
    );
  const summary = `${plan.replay.length} of ${letters.length} dead letter(s) pass the current schema (${describeDeadLetterQuery(query)})`;
  if (dryRun) {
    process.stderr.write(`dry run: ${summary}; nothing written\n`);
    return 0;
  }

  const replayId = randomUUID();
  const operator = args.options.get('operator')?.[0] ?? userInfo().username;
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  const redis = createRedisClient(config.redis, { connectionName: 'salw-dlq-cli', offlineQueue: true });
  const audit: ReplayAuditEntry[] = [];
  const entry = (
    letter: (typeof letters)[number],
    outcome: ReplayAuditEntry['outcome'],
    target: string,
    detail: string,
  ) => ({
    replayId,
    operator,
    query: describeDeadLetterQuery(query),
    deadLetter: letter.id,
    reason: letter.reason,
    sourcePartition: String(letter.sourcePartition ?? ''),
    sourceOffset: letter.sourceOffset,
    key: letter.key?.toString('utf8') ?? '',
    outcome,
    target,
    detail,
  });
  try {
    await producer.connect();
    // One record per send: each audit entry names exactly where its record landed. The audit is
    // written even when a send fails half-way, for the records that did go.
    try {
      for (const letter of plan.replay) {
        const [sent] = await producer.send({
          topic: topics.declarations,
          acks: -1,
          messages: [buildReplayMessage(letter)],
        });
        audit.push(
          entry(letter, 'replayed', `${topics.declarations}:${sent.partition}@${sent.baseOffset}`, ''),
        );
      }
      for (const { letter, detail } of plan.refused) audit.push(entry(letter, 'still-invalid', '', detail));
    } finally {
      await appendReplayAudit(redis, replayAuditKey(config.redis.keyPrefix), audit);
    }
  } finally {
    await producer.disconnect().catch(() => undefined);
    await redis.quit().catch(() => redis.disconnect());
  }
  process.stderr.write(
    `replay ${replayId} by ${operator}: ${summary}; replayed ${plan.replay.length}, audited in ${replayAuditKey(config.redis.keyPrefix)}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`dlq: ${error.message}\n${USAGE}\n`);
    else {
      const kafkaProblem = kafkaSettings && describeKafkaStartupError(error, kafkaSettings);
      process.stderr.write(
        `dlq: ${kafkaProblem ?? (error instanceof Error ? error.message : String(error))}\n`,
      );
    }
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
