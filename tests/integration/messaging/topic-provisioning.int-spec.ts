import { contractTopicSpecs, provisionTopics, TopicProvisioningError } from '@salw/messaging';
import { ConfigResourceTypes, type Admin, type Kafka } from 'kafkajs';
import { testKafka, uniquePrefix } from './kafka-test-kit';

// Broker round trips and consumer-group joins take seconds; jest's 5 s default is too tight under load.
jest.setTimeout(60_000);

describe('provisionTopics against the real broker', () => {
  const prefix = uniquePrefix('provision');
  const specs = contractTopicSpecs({ prefix });
  const shortTopic = `${prefix}short`;
  let kafka: Kafka;
  let admin: Admin;

  beforeAll(async () => {
    kafka = testKafka('it-provision');
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    const mine = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (mine.length > 0) await admin.deleteTopics({ topics: mine, timeout: 30_000 });
    await admin.disconnect();
  });

  it('creates the five contract topics on the first run and finds them all on the second', async () => {
    const first = await provisionTopics(admin, specs);
    expect(first.created.sort()).toEqual(specs.map((s) => s.topic).sort());
    expect(first.existing).toEqual([]);

    const second = await provisionTopics(admin, specs);
    expect(second.created).toEqual([]);
    expect(second.existing.sort()).toEqual(specs.map((s) => s.topic).sort());
  });

  it('gives each topic its partition count and topic config', async () => {
    const metadata = await admin.fetchTopicMetadata({ topics: specs.map((s) => s.topic) });
    const partitions = Object.fromEntries(metadata.topics.map((t) => [t.name, t.partitions.length]));
    expect(partitions).toEqual(Object.fromEntries(specs.map((s) => [s.topic, s.numPartitions])));

    const declarations = specs[0]!;
    const described = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [
        {
          type: ConfigResourceTypes.TOPIC,
          name: declarations.topic,
          configNames: ['max.message.bytes', 'retention.ms'],
        },
      ],
    });
    const entries = Object.fromEntries(
      described.resources[0]!.configEntries.map((e) => [e.configName, e.configValue]),
    );
    expect(entries).toEqual({
      'max.message.bytes': declarations.config['max.message.bytes'],
      'retention.ms': declarations.config['retention.ms'],
    });
  });

  it('refuses an existing topic with fewer partitions than required, naming it', async () => {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: shortTopic, numPartitions: 1, replicationFactor: 1 }],
    });
    const run = provisionTopics(admin, [
      { topic: shortTopic, numPartitions: 2, replicationFactor: 1, config: {} },
    ]);
    await expect(run).rejects.toBeInstanceOf(TopicProvisioningError);
    await expect(run).rejects.toThrow(`topic "${shortTopic}" has 1 partition(s) but 2 are required`);
  });
});
