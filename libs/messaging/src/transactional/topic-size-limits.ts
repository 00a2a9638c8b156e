import { ConfigResourceTypes, type Admin } from 'kafkajs';

/** What the broker takes when a topic states no `max.message.bytes` (its `message.max.bytes` default). */
export const BROKER_DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;

/**
 * Each output topic's `max.message.bytes` as the broker applies it (the topic's own setting, else the
 * broker's), read once per topic and kept. A refusal by the broker despite the check (a limit lowered
 * since, a broker setting the topic config does not show) lowers the kept limit of that topic to just
 * under the largest record it refused, so the next attempt parks that record instead of failing the
 * same way again.
 */
export class TopicSizeLimits {
  private readonly limits = new Map<string, number>();

  constructor(private readonly admin: () => Promise<Admin>) {}

  async of(topics: Iterable<string>): Promise<ReadonlyMap<string, number>> {
    const missing = [...new Set(topics)].filter((topic) => !this.limits.has(topic));
    if (missing.length > 0) {
      const described = await (
        await this.admin()
      ).describeConfigs({
        includeSynonyms: false,
        resources: missing.map((name) => ({
          type: ConfigResourceTypes.TOPIC,
          name,
          configNames: ['max.message.bytes'],
        })),
      });
      for (const resource of described.resources) {
        const entry = resource.configEntries.find((e) => e.configName === 'max.message.bytes');
        const value = Number(entry?.configValue);
        this.limits.set(
          resource.resourceName,
          Number.isInteger(value) && value > 0 ? value : BROKER_DEFAULT_MAX_MESSAGE_BYTES,
        );
      }
      for (const topic of missing)
        if (!this.limits.has(topic)) this.limits.set(topic, BROKER_DEFAULT_MAX_MESSAGE_BYTES);
    }
    return this.limits;
  }

  /** The broker refused a record batch of `topic` whose largest record was `largestRecordBytes`. */
  refused(topic: string, largestRecordBytes: number): void {
    const current = this.limits.get(topic) ?? BROKER_DEFAULT_MAX_MESSAGE_BYTES;
    this.limits.set(topic, Math.max(1, Math.min(current, largestRecordBytes - 1)));
  }
}
