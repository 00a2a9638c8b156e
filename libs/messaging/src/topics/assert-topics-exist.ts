import type { Admin } from 'kafkajs';

export class MissingTopicsError extends Error {
  override readonly name = 'MissingTopicsError';
  constructor(readonly missing: readonly string[]) {
    super(
      `topic${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'do' : 'does'} not exist on the cluster; ` +
        'create them with the contract topic specs (npm run stack:up does it locally) and check KAFKA_TOPIC_PREFIX; ' +
        'on a broker with ACLs, a topic the SASL user may not DESCRIBE looks missing too (docs/kafka-security.md)',
    );
  }
}

/** Fails fast, naming every missing topic, instead of letting a client retry against a topic that will never appear. */
export async function assertTopicsExist(
  admin: Pick<Admin, 'listTopics'>,
  topics: readonly string[],
): Promise<void> {
  const present = new Set(await admin.listTopics());
  const missing = topics.filter((topic) => !present.has(topic));
  if (missing.length > 0) throw new MissingTopicsError(missing);
}
