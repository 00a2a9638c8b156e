import type { ITopicConfig, ITopicMetadata } from 'kafkajs';
import { provisionTopics, type TopicAdmin } from './provision-topics';
import { TopicProvisioningError } from './topic-provisioning.error';
import type { TopicSpec } from './topic-spec';

/** An in-memory cluster: topics by name with their partition count. */
class FakeAdmin implements TopicAdmin {
  readonly createCalls: ITopicConfig[][] = [];
  constructor(
    readonly topics = new Map<string, number>(),
    private readonly createdConcurrently = false,
  ) {}

  async listTopics(): Promise<string[]> {
    return [...this.topics.keys()];
  }
  async fetchTopicMetadata({ topics }: { topics?: string[] } = {}): Promise<{ topics: ITopicMetadata[] }> {
    return {
      topics: (topics ?? []).map((name) => ({
        name,
        partitions: Array.from({ length: this.topics.get(name) ?? 0 }, (_, partitionId) => ({
          partitionErrorCode: 0,
          partitionId,
          leader: 1,
          replicas: [1],
          isr: [1],
        })),
      })),
    };
  }
  async createTopics({ topics }: { topics: ITopicConfig[] }): Promise<boolean> {
    this.createCalls.push(topics);
    for (const t of topics) this.topics.set(t.topic, t.numPartitions ?? 1);
    return !this.createdConcurrently;
  }
}

const spec = (topic: string, numPartitions: number): TopicSpec => ({
  topic,
  numPartitions,
  replicationFactor: 1,
  config: { 'retention.ms': '1000' },
});

describe('provisionTopics', () => {
  it('creates missing topics with their partitions, replication and config', async () => {
    const admin = new FakeAdmin();
    const report = await provisionTopics(admin, [spec('a', 6), spec('b', 1)]);
    expect(report).toEqual({ created: ['a', 'b'], existing: [] });
    expect(admin.createCalls[0]).toEqual([
      {
        topic: 'a',
        numPartitions: 6,
        replicationFactor: 1,
        configEntries: [{ name: 'retention.ms', value: '1000' }],
      },
      {
        topic: 'b',
        numPartitions: 1,
        replicationFactor: 1,
        configEntries: [{ name: 'retention.ms', value: '1000' }],
      },
    ]);
  });

  it('leaves existing topics alone and creates only the rest', async () => {
    const admin = new FakeAdmin(new Map([['a', 8]]));
    expect(await provisionTopics(admin, [spec('a', 6), spec('b', 1)])).toEqual({
      created: ['b'],
      existing: ['a'],
    });
    expect(admin.createCalls[0]?.map((t) => t.topic)).toEqual(['b']);
  });

  it('does nothing on a second run', async () => {
    const admin = new FakeAdmin();
    await provisionTopics(admin, [spec('a', 6)]);
    expect(await provisionTopics(admin, [spec('a', 6)])).toEqual({ created: [], existing: ['a'] });
    expect(admin.createCalls).toHaveLength(1);
  });

  it('refuses, before creating anything, an existing topic with fewer partitions than required', async () => {
    const admin = new FakeAdmin(new Map([['a', 3]]));
    const run = provisionTopics(admin, [spec('a', 6), spec('b', 1)]);
    await expect(run).rejects.toThrow(TopicProvisioningError);
    await expect(run).rejects.toThrow('topic "a" has 3 partition(s) but 6 are required');
    expect(admin.createCalls).toEqual([]);
  });

  it('counts topics another replica created meanwhile as existing, and still checks their partitions', async () => {
    const admin = new FakeAdmin(new Map(), true);
    expect(await provisionTopics(admin, [spec('a', 6)])).toEqual({ created: [], existing: ['a'] });
  });

  it('refuses a spec list naming a topic twice', async () => {
    await expect(provisionTopics(new FakeAdmin(), [spec('a', 1), spec('a', 2)])).rejects.toThrow(
      'topic specs list a more than once',
    );
  });
});
