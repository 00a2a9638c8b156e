import { ConfigError } from '../config.error';
import { loadConfig, type Environment } from '../load-config';
import { httpConfig } from './http.config';
import { kafkaConfig } from './kafka.config';
import { logConfig } from './log.config';
import { redisConfig } from './redis.config';

const ALL_SECTIONS = [kafkaConfig, redisConfig, httpConfig, logConfig] as const;
const EXISTING_FILES = new Set(['/etc/kafka/ca.pem', '/etc/kafka/client.pem', '/etc/kafka/client.key']);
const fileExists = (path: string) => EXISTING_FILES.has(path);

function problemsFor(env: Environment): string[] {
  try {
    loadConfig(ALL_SECTIONS, env, { fileExists });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('configuration sections', () => {
  it('loads local defaults from an empty environment', () => {
    const config = loadConfig(ALL_SECTIONS, {}, { fileExists });
    expect(config.kafka).toEqual({
      brokers: ['127.0.0.1:9092'],
      clientId: 'salw-screen',
      topicPrefix: '',
      ssl: false,
      connectionTimeoutMs: 3000,
      requestTimeoutMs: 30000,
    });
    expect(config.redis).toEqual({
      url: 'redis://127.0.0.1:6379',
      keyPrefix: 'salw:',
      waitReplicas: 0,
      waitTimeoutMs: 1000,
    });
    expect(config.http).toEqual({ port: 3000, host: '127.0.0.1' });
    expect(config.log).toEqual({ level: 'info' });
  });

  it('reads a full production-like environment with TLS and SASL', () => {
    const config = loadConfig(
      ALL_SECTIONS,
      {
        KAFKA_BROKERS: 'kafka-1.example:9093, kafka-2.example:9093,[::1]:9093',
        KAFKA_CLIENT_ID: 'screener',
        KAFKA_TOPIC_PREFIX: 'site-a.',
        KAFKA_SSL: 'TRUE',
        KAFKA_SSL_CA_FILE: '/etc/kafka/ca.pem',
        KAFKA_SSL_CERT_FILE: '/etc/kafka/client.pem',
        KAFKA_SSL_KEY_FILE: '/etc/kafka/client.key',
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'screener',
        KAFKA_SASL_PASSWORD: 's3cret',
        KAFKA_CONNECTION_TIMEOUT_MS: '5000',
        KAFKA_REQUEST_TIMEOUT_MS: '60000',
        REDIS_URL: 'rediss://user:pw@redis.example:6380/2',
        REDIS_KEY_PREFIX: 'site-a:',
        HTTP_PORT: '8080',
        HTTP_HOST: '0.0.0.0',
        LOG_LEVEL: 'debug',
      },
      { fileExists },
    );
    expect(config.kafka.brokers).toEqual(['kafka-1.example:9093', 'kafka-2.example:9093', '[::1]:9093']);
    expect(config.kafka.ssl).toBe(true);
    expect(config.kafka.saslMechanism).toBe('scram-sha-512');
    expect(config.kafka.connectionTimeoutMs).toBe(5000);
    expect(config.http.port).toBe(8080);
    expect(config.redis.url).toBe('rediss://user:pw@redis.example:6380/2');
  });

  it('ignores variables no section knows, including unknown SALW_* ones', () => {
    expect(problemsFor({ SALW_SOMETHING_NEW: 'x', PATH: '/usr/bin' })).toEqual([]);
  });

  it.each<[string, Environment, string[]]>([
    [
      'an empty broker list',
      { KAFKA_BROKERS: '' },
      ['KAFKA_BROKERS: must be a comma-separated list of host:port (got "")'],
    ],
    [
      'a broker without a port',
      { KAFKA_BROKERS: '127.0.0.1:9092,kafka-2' },
      ['KAFKA_BROKERS: must be a comma-separated list of host:port (got "127.0.0.1:9092,kafka-2")'],
    ],
    [
      'a client id with spaces',
      { KAFKA_CLIENT_ID: 'my client' },
      ['KAFKA_CLIENT_ID: must be 1 to 100 letters, digits, ".", "_" or "-" (got "my client")'],
    ],
    [
      'a topic prefix with a character Kafka refuses',
      { KAFKA_TOPIC_PREFIX: 'site/a.' },
      [
        'KAFKA_TOPIC_PREFIX: must be at most 100 letters, digits, ".", "_" or "-" (legal in a topic name) (got "site/a.")',
      ],
    ],
    ['a boolean that is not one', { KAFKA_SSL: 'maybe' }, ['KAFKA_SSL: must be true or false (got "maybe")']],
    [
      'an unknown SASL mechanism',
      { KAFKA_SASL_MECHANISM: 'gssapi', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' },
      ['KAFKA_SASL_MECHANISM: must be one of plain, scram-sha-256, scram-sha-512 (got "gssapi")'],
    ],
    [
      'a SASL user without a password or mechanism',
      { KAFKA_SASL_USERNAME: 'screener' },
      [
        'KAFKA_SASL_MECHANISM: is required when KAFKA_SASL_USERNAME is set',
        'KAFKA_SASL_PASSWORD: is required when KAFKA_SASL_USERNAME is set',
      ],
    ],
    [
      'a SASL password without a user',
      { KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_PASSWORD: 'hunter2' },
      ['KAFKA_SASL_USERNAME: is required when KAFKA_SASL_PASSWORD is set'],
    ],
    [
      'an empty SASL password (shown as empty, since that reveals nothing)',
      { KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: '' },
      ['KAFKA_SASL_PASSWORD: must be a non-empty password (got "")'],
    ],
    [
      'a client certificate without its key',
      { KAFKA_SSL: 'true', KAFKA_SSL_CERT_FILE: '/etc/kafka/client.pem' },
      ['KAFKA_SSL_KEY_FILE: is required when KAFKA_SSL_CERT_FILE is set'],
    ],
    [
      'a CA file that does not exist',
      { KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: '/nowhere/ca.pem' },
      ['KAFKA_SSL_CA_FILE: must name a readable file (got "/nowhere/ca.pem")'],
    ],
    [
      'TLS files while TLS is off',
      { KAFKA_SSL_CA_FILE: '/etc/kafka/ca.pem' },
      ['KAFKA_SSL: must be true when KAFKA_SSL_CA_FILE is set'],
    ],
    [
      'a timeout that is not a number',
      { KAFKA_REQUEST_TIMEOUT_MS: '30s' },
      [
        'KAFKA_REQUEST_TIMEOUT_MS: must be an integer number of milliseconds between 100 and 300000 (got "30s")',
      ],
    ],
    [
      'a timeout out of range',
      { KAFKA_CONNECTION_TIMEOUT_MS: '5' },
      [
        'KAFKA_CONNECTION_TIMEOUT_MS: must be an integer number of milliseconds between 100 and 300000 (got "5")',
      ],
    ],
    [
      'a Redis URL of another scheme, credentials masked',
      { REDIS_URL: 'http://admin:topsecret@redis:6379' },
      [
        'REDIS_URL: must be a redis://, rediss://, redis-sentinel://, rediss-sentinel://, redis-cluster:// or rediss-cluster:// URL without spaces (got "http://***@redis:6379")',
      ],
    ],
    [
      'a Redis key prefix with spaces',
      { REDIS_KEY_PREFIX: 'salw :' },
      ['REDIS_KEY_PREFIX: must be at most 64 letters, digits, ":", ".", "_" or "-" (got "salw :")'],
    ],
    [
      'a port out of range',
      { HTTP_PORT: '70000' },
      ['HTTP_PORT: must be a TCP port between 0 and 65535 (got "70000")'],
    ],
    [
      'an empty host',
      { HTTP_HOST: '' },
      ['HTTP_HOST: must be a host name or IP address without spaces (got "")'],
    ],
    [
      'an unknown log level',
      { LOG_LEVEL: 'verbose' },
      ['LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")'],
    ],
    [
      'problems in several sections at once',
      { KAFKA_BROKERS: '', HTTP_PORT: 'eighty', LOG_LEVEL: 'loud' },
      [
        'KAFKA_BROKERS: must be a comma-separated list of host:port (got "")',
        'HTTP_PORT: must be a TCP port between 0 and 65535 (got "eighty")',
        'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      ],
    ],
  ])('reports %s', (_case, env, expected) => {
    expect(problemsFor(env)).toEqual(expected);
  });

  it('never prints a SASL password, even when it is the wrong type of value', () => {
    let message = '';
    try {
      loadConfig(
        [kafkaConfig],
        { KAFKA_BROKERS: '', KAFKA_SASL_PASSWORD: 'hunter2', KAFKA_SASL_USERNAME: 'u' },
        { fileExists },
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('KAFKA_BROKERS');
    expect(message).not.toContain('hunter2');
  });
});
