/**
 * Creates the contract topics on the local broker with libs/messaging's provisioning (the same
 * topic specs, settings and partition check a real deployment uses), or with `--check` only
 * verifies them. Exit codes: 0 all topics as planned, 1 missing or short topics, 2 broker unreachable.
 */
import { Kafka, logLevel } from 'kafkajs';
import { contractTopicSpecs, provisionTopics, TopicProvisioningError } from '@salw/messaging';
import { localPartitionsFromEnv } from './local-topics.config';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const checkOnly = process.argv.includes('--check');

async function main(): Promise<number> {
  const specs = contractTopicSpecs({
    prefix: process.env.KAFKA_TOPIC_PREFIX ?? '',
    partitions: localPartitionsFromEnv(process.env),
  });
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
    let created = new Set<string>();
    if (!checkOnly) {
      try {
        created = new Set((await provisionTopics(admin, specs)).created);
      } catch (error) {
        if (!(error instanceof TopicProvisioningError)) throw error;
        console.error(`  ${error.message}`);
        console.error(
          '  delete those topics or wipe the broker data (npm run stack:down && rm -rf deploy/local/.run/kafka-*), then stack:up again',
        );
        return 1;
      }
    }
    const present = new Set(await admin.listTopics());
    const described = specs.filter((spec) => present.has(spec.topic));
    const metadata =
      described.length > 0
        ? await admin.fetchTopicMetadata({ topics: described.map((s) => s.topic) })
        : { topics: [] };
    const actual = new Map(metadata.topics.map((t) => [t.name, t.partitions.length]));
    let problems = 0;
    for (const spec of specs) {
      const partitions = actual.get(spec.topic);
      if (partitions === undefined || partitions < spec.numPartitions) {
        problems += 1;
        console.log(
          `  topic ${spec.topic}: ${partitions === undefined ? 'MISSING' : `only ${partitions} partitions`} (planned ${spec.numPartitions})`,
        );
      } else {
        console.log(
          `  topic ${spec.topic}: ${partitions} partitions${created.has(spec.topic) ? ' (created)' : checkOnly ? '' : ' (exists)'}`,
        );
      }
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
