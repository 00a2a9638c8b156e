import type { KafkaConfig } from '@salw/config';
import { buildKafkaClientOptions, DEFAULT_KAFKA_RETRY } from './kafka-client-options';

const base: KafkaConfig = {
  brokers: ['127.0.0.1:9092'],
  clientId: 'salw-screen',
  topicPrefix: '',
  ssl: false,
  connectionTimeoutMs: 3000,
  requestTimeoutMs: 30000,
};

describe('buildKafkaClientOptions', () => {
  it('maps brokers, client id, timeouts and retries for a plaintext local broker', () => {
    expect(buildKafkaClientOptions(base)).toEqual({
      brokers: ['127.0.0.1:9092'],
      clientId: 'salw-screen',
      connectionTimeout: 3000,
      requestTimeout: 30000,
      enforceRequestTimeout: true,
      retry: { ...DEFAULT_KAFKA_RETRY },
      ssl: false,
    });
  });

  it('uses the system trust store when TLS is on without files', () => {
    expect(buildKafkaClientOptions({ ...base, ssl: true }).ssl).toBe(true);
  });

  it('passes CA, certificate and key contents for mutual TLS', () => {
    const tls = { ca: Buffer.from('CA'), cert: Buffer.from('CERT'), key: Buffer.from('KEY') };
    expect(buildKafkaClientOptions({ ...base, ssl: true }, tls).ssl).toEqual({
      ca: [tls.ca],
      cert: tls.cert,
      key: tls.key,
    });
  });

  it.each(['plain', 'scram-sha-256', 'scram-sha-512'] as const)('configures SASL %s', (mechanism) => {
    const options = buildKafkaClientOptions({
      ...base,
      saslMechanism: mechanism,
      saslUsername: 'u',
      saslPassword: 'p',
    });
    expect(options.sasl).toEqual({ mechanism, username: 'u', password: 'p' });
  });

  it('sets no SASL without credentials', () => {
    expect(buildKafkaClientOptions(base)).not.toHaveProperty('sasl');
  });
});
