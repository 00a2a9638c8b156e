import { contractTopicSpecs } from './contract-topic-specs';

describe('contractTopicSpecs', () => {
  it('builds the five contract topics with default partitions for a local single broker', () => {
    const specs = contractTopicSpecs();
    expect(specs.map((s) => [s.topic, s.numPartitions, s.replicationFactor])).toEqual([
      ['salw.declarations.v1', 6, 1],
      ['salw.declarations.dlq.v1', 1, 1],
      ['salw.screening-results.v1', 3, 1],
      ['salw.alerts.v1', 3, 1],
      ['salw.alert-outcomes.v1', 3, 1],
    ]);
  });

  it('puts the deployment prefix in front of every name', () => {
    expect(contractTopicSpecs({ prefix: 'site-a.' }).map((s) => s.topic)).toEqual([
      'site-a.salw.declarations.v1',
      'site-a.salw.declarations.dlq.v1',
      'site-a.salw.screening-results.v1',
      'site-a.salw.alerts.v1',
      'site-a.salw.alert-outcomes.v1',
    ]);
  });

  it('takes partition counts per topic role', () => {
    const specs = contractTopicSpecs({ partitions: { declarations: 12, alerts: 2 } });
    expect(specs.find((s) => s.topic === 'salw.declarations.v1')?.numPartitions).toBe(12);
    expect(specs.find((s) => s.topic === 'salw.alerts.v1')?.numPartitions).toBe(2);
    expect(specs.find((s) => s.topic === 'salw.screening-results.v1')?.numPartitions).toBe(3);
  });

  it('lets declarations and their dead letters exceed 1 MiB so oversize input reaches the DLQ', () => {
    const [declarations, dlq] = contractTopicSpecs();
    expect(Number(declarations?.config['max.message.bytes'])).toBeGreaterThan(1024 * 1024);
    expect(Number(dlq?.config['max.message.bytes'])).toBeGreaterThan(
      Number(declarations?.config['max.message.bytes']),
    );
  });

  it('states max.message.bytes on every contract topic rather than inheriting the broker default', () => {
    expect(contractTopicSpecs().map((s) => [s.topic, s.config['max.message.bytes']])).toEqual([
      ['salw.declarations.v1', '2097152'],
      ['salw.declarations.dlq.v1', '2162688'],
      ['salw.screening-results.v1', '2097152'],
      ['salw.alerts.v1', '2097152'],
      ['salw.alert-outcomes.v1', '1048576'],
    ]);
  });

  it('requires two in-sync replicas once there are three copies', () => {
    expect(
      contractTopicSpecs({ replicationFactor: 3 }).every((s) => s.config['min.insync.replicas'] === '2'),
    ).toBe(true);
    expect(contractTopicSpecs().every((s) => s.config['min.insync.replicas'] === '1')).toBe(true);
  });

  it.each([
    [{ partitions: { declarations: 0 } }, 'partitions.declarations must be an integer >= 1 (got 0)'],
    [{ partitions: { alerts: 1.5 } }, 'partitions.alerts must be an integer >= 1 (got 1.5)'],
    [{ replicationFactor: 0 }, 'replicationFactor must be an integer >= 1 (got 0)'],
  ])('refuses %j', (options, message) => {
    expect(() => contractTopicSpecs(options)).toThrow(message);
  });
});
