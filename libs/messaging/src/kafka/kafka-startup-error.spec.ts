import type { KafkaConfig } from '@salw/config';
import { KafkaJSNumberOfRetriesExceeded, KafkaJSSASLAuthenticationError } from 'kafkajs';
import { describeKafkaStartupError } from './kafka-startup-error';

const config: KafkaConfig = {
  brokers: ['kafka-1.example:9093', 'kafka-2.example:9093'],
  clientId: 'salw-screen',
  topicPrefix: '',
  ssl: true,
  saslMechanism: 'scram-sha-512',
  saslUsername: 'salw',
  saslPassword: 'secret-never-printed',
  connectionTimeoutMs: 3000,
  requestTimeoutMs: 30000,
};

// The typings declare no constructor arguments; the runtime class takes the message like every KafkaJSError.
const SaslError = KafkaJSSASLAuthenticationError as unknown as new (message: string) => Error;
const refused = () =>
  new SaslError(
    'SASL SCRAM SHA512 authentication failed: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512',
  );

describe('describeKafkaStartupError', () => {
  it('names the user, mechanism, brokers and the settings to check when the SASL login is refused', () => {
    const line = describeKafkaStartupError(refused(), config)!;
    expect(line).toContain(
      'Kafka refused the SASL login of user "salw" (SCRAM-SHA-512) at kafka-1.example:9093,kafka-2.example:9093: authentication failed',
    );
    expect(line).toContain('KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
    expect(line).toContain('invalid credentials');
    expect(line).not.toContain('\n');
  });

  it('never prints the password', () => {
    expect(describeKafkaStartupError(refused(), config)).not.toContain('secret-never-printed');
  });

  it('finds the refusal inside a retry wrapper or a cause', () => {
    const wrapped = new KafkaJSNumberOfRetriesExceeded(refused(), { retryCount: 3, retryTime: 100 });
    expect(describeKafkaStartupError(wrapped, config)).toMatch(/^Kafka refused the SASL login/);
    expect(describeKafkaStartupError(new Error('boot', { cause: refused() }), config)).toMatch(
      /^Kafka refused the SASL login/,
    );
  });

  it('names the user and the refused permission when an ACL is missing', () => {
    const denied = Object.assign(new Error('Cluster authorization failed'), {
      name: 'KafkaJSProtocolError',
      type: 'CLUSTER_AUTHORIZATION_FAILED',
    });
    expect(describeKafkaStartupError(denied, config)).toBe(
      'Kafka at kafka-1.example:9093,kafka-2.example:9093 denied user "salw": CLUSTER_AUTHORIZATION_FAILED ' +
        '(Cluster authorization failed). Grant the ACLs docs/kafka-security.md lists for this app ' +
        '(an idempotent producer needs WRITE on the topics it writes to)',
    );
  });

  it('leaves every other failure to the caller', () => {
    const retriable = Object.assign(new Error('Not leader'), { type: 'NOT_LEADER_FOR_PARTITION' });
    expect(describeKafkaStartupError(retriable, config)).toBeUndefined();
    expect(describeKafkaStartupError(new Error('Connection timeout'), config)).toBeUndefined();
    expect(describeKafkaStartupError('not an error', config)).toBeUndefined();
  });
});
