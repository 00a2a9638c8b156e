import type { Admin } from 'kafkajs';
import { TopicProvisioningError, type PartitionShortfall } from './topic-provisioning.error';
import type { TopicSpec } from './topic-spec';

export interface ProvisionReport {
  /** Topics this call created. */
  readonly created: string[];
  /** Topics that were already there with enough partitions (their other settings are left alone). */
  readonly existing: string[];
}

/** The part of a kafkajs admin client provisioning uses. */
export type TopicAdmin = Pick<Admin, 'listTopics' | 'fetchTopicMetadata' | 'createTopics'>;

/**
 * Makes every topic in `specs` exist with at least its partition count. Safe to run on every start
 * and from several replicas at once: existing topics are not touched, and a topic another process
 * created between our listing and our creating counts as existing. Throws
 * {@link TopicProvisioningError}, before creating anything, if an existing topic has fewer partitions.
 */
export async function provisionTopics(
  admin: TopicAdmin,
  specs: readonly TopicSpec[],
  timeoutMs = 30_000,
): Promise<ProvisionReport> {
  const duplicates = specs.map((s) => s.topic).filter((topic, i, all) => all.indexOf(topic) !== i);
  if (duplicates.length > 0) throw new Error(`topic specs list ${duplicates.join(', ')} more than once`);

  const present = new Set(await admin.listTopics());
  const existingSpecs = specs.filter((spec) => present.has(spec.topic));
  const missingSpecs = specs.filter((spec) => !present.has(spec.topic));

  await assertEnoughPartitions(admin, existingSpecs);

  if (missingSpecs.length === 0) return { created: [], existing: existingSpecs.map((spec) => spec.topic) };

  const createdNow = await admin.createTopics({
    waitForLeaders: true,
    timeout: timeoutMs,
    topics: missingSpecs.map((spec) => ({
      topic: spec.topic,
      numPartitions: spec.numPartitions,
      replicationFactor: spec.replicationFactor,
      configEntries: Object.entries(spec.config).map(([name, value]) => ({ name, value })),
    })),
  });
  if (!createdNow) {
    // kafkajs answers false when every topic already existed: another replica created them since
    // our listing. They count as existing and must pass the same partition check.
    await assertEnoughPartitions(admin, missingSpecs);
    return { created: [], existing: specs.map((spec) => spec.topic) };
  }
  return {
    created: missingSpecs.map((spec) => spec.topic),
    existing: existingSpecs.map((spec) => spec.topic),
  };
}

async function assertEnoughPartitions(admin: TopicAdmin, specs: readonly TopicSpec[]): Promise<void> {
  if (specs.length === 0) return;
  const metadata = await admin.fetchTopicMetadata({ topics: specs.map((spec) => spec.topic) });
  const partitionsOf = new Map(metadata.topics.map((t) => [t.name, t.partitions.length]));
  const shortfalls: PartitionShortfall[] = specs
    .map((spec) => ({
      topic: spec.topic,
      actual: partitionsOf.get(spec.topic) ?? 0,
      required: spec.numPartitions,
    }))
    .filter((s) => s.actual < s.required);
  if (shortfalls.length > 0) throw new TopicProvisioningError(shortfalls);
}
