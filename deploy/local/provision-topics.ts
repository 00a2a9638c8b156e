/**
 * Creates the contract topics on the local broker, or with `--check` only verifies them.
 * Idempotent: existing topics with the planned partition count are left alone. A topic that
 * exists with another count is an error, because tests and consumers rely on the plan.
 * Exit codes: 0 all topics as planned, 1 missing or mismatched topics, 2 broker unreachable.
 */
import { Kafka, logLevel } from 'kafkajs';
import { localTopicsFromEnv } from './local-topics.config';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const checkOnly = process.argv.includes('--check');

async function main(): Promise<number> {
  const plan = localTopicsFromEnv(process.env);
  const kafka = new Kafka({
    clientId: 'salw-local-stack',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3000,
    retry: { retries: 2 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
  } catch (error) {
    console.error(`  kafka: no broker answers at ${brokers.join(',')}: ${(error as Error).message}`);
    return 2;
  }
  try {
    const existing = new Set(await admin.listTopics());
    const missing = plan.filter((t) => !existing.has(t.topic));
    if (missing.length > 0 && !checkOnly) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((t) => ({
          topic: t.topic,
          numPartitions: t.numPartitions,
          replicationFactor: 1,
        })),
      });
    }
    // In check mode a missing topic must not reach fetchTopicMetadata, which would throw for it.
    const described = checkOnly ? plan.filter((t) => existing.has(t.topic)) : plan;
    const metadata =
      described.length > 0
        ? await admin.fetchTopicMetadata({ topics: described.map((t) => t.topic) })
        : { topics: [] };
    const actual = new Map(metadata.topics.map((t) => [t.name, t.partitions.length]));
    let problems = 0;
    for (const t of plan) {
      const partitions = actual.get(t.topic);
      const created = !checkOnly && missing.includes(t);
      if (partitions === undefined) {
        problems += 1;
        console.log(`  topic ${t.topic}: MISSING (planned ${t.numPartitions} partitions)`);
      } else if (partitions !== t.numPartitions) {
        problems += 1;
        console.log(`  topic ${t.topic}: has ${partitions} partitions, planned ${t.numPartitions}`);
      } else {
        console.log(
          `  topic ${t.topic}: ${partitions} partitions${created ? ' (created)' : checkOnly ? '' : ' (exists)'}`,
        );
      }
    }
    if (problems > 0 && !checkOnly) {
      console.error(
        '  topics differ from the plan; delete them or wipe the broker data ' +
          '(npm run stack:down && rm -rf deploy/local/.run/kafka-*) and run stack:up again',
      );
    }
    return problems > 0 ? 1 : 0;
  } finally {
    await admin.disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`  topic provisioning failed: ${error.message}`);
    process.exit(1);
  },
);
