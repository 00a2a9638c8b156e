import { Type, type Static } from '@sinclair/typebox';
import { defineConfigSection } from '../config-section';
import type { ConfigProblem } from '../config.error';

const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;

export const KafkaConfigSchema = Type.Object(
  {
    brokers: Type.Array(Type.String({ pattern: '^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+):[0-9]{1,5}$' }), {
      minItems: 1,
      default: ['127.0.0.1:9092'],
    }),
    clientId: Type.String({ pattern: '^[A-Za-z0-9._-]{1,100}$', default: 'salw-screen' }),
    topicPrefix: Type.String({ pattern: '^[A-Za-z0-9._-]{0,100}$', default: '' }),
    ssl: Type.Boolean({ default: false }),
    sslCaFile: Type.Optional(Type.String({ minLength: 1 })),
    sslCertFile: Type.Optional(Type.String({ minLength: 1 })),
    sslKeyFile: Type.Optional(Type.String({ minLength: 1 })),
    saslMechanism: Type.Optional(Type.Union(SASL_MECHANISMS.map((mechanism) => Type.Literal(mechanism)))),
    saslUsername: Type.Optional(Type.String({ minLength: 1 })),
    saslPassword: Type.Optional(Type.String({ minLength: 1 })),
    connectionTimeoutMs: Type.Integer({ minimum: 100, maximum: 300_000, default: 3_000 }),
    requestTimeoutMs: Type.Integer({ minimum: 100, maximum: 300_000, default: 30_000 }),
  },
  { additionalProperties: false },
);

export type KafkaConfig = Static<typeof KafkaConfigSchema>;
export type KafkaSaslMechanism = (typeof SASL_MECHANISMS)[number];

const TIMEOUT = 'an integer number of milliseconds between 100 and 300000';

function kafkaCrossCheck(config: KafkaConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const requiredWith = (variable: string, present: unknown, other: string, otherPresent: unknown) => {
    if (otherPresent !== undefined && present === undefined) {
      problems.push({ variable, message: `is required when ${other} is set` });
    }
  };
  requiredWith('KAFKA_SASL_PASSWORD', config.saslPassword, 'KAFKA_SASL_USERNAME', config.saslUsername);
  requiredWith('KAFKA_SASL_MECHANISM', config.saslMechanism, 'KAFKA_SASL_USERNAME', config.saslUsername);
  requiredWith('KAFKA_SASL_USERNAME', config.saslUsername, 'KAFKA_SASL_PASSWORD', config.saslPassword);
  requiredWith('KAFKA_SASL_USERNAME', config.saslUsername, 'KAFKA_SASL_MECHANISM', config.saslMechanism);
  requiredWith('KAFKA_SSL_KEY_FILE', config.sslKeyFile, 'KAFKA_SSL_CERT_FILE', config.sslCertFile);
  requiredWith('KAFKA_SSL_CERT_FILE', config.sslCertFile, 'KAFKA_SSL_KEY_FILE', config.sslKeyFile);

  // A TLS file given while TLS is off would be silently ignored; the operator almost certainly forgot KAFKA_SSL.
  const tlsFileVariables = [
    ['KAFKA_SSL_CA_FILE', config.sslCaFile],
    ['KAFKA_SSL_CERT_FILE', config.sslCertFile],
    ['KAFKA_SSL_KEY_FILE', config.sslKeyFile],
  ]
    .filter(([, path]) => path !== undefined)
    .map(([variable]) => variable);
  if (!config.ssl && tlsFileVariables.length > 0) {
    problems.push({
      variable: 'KAFKA_SSL',
      message: `must be true when ${tlsFileVariables.join(', ')} is set`,
    });
  }
  return problems;
}

/** Broker connection, TLS and SASL settings shared by every Kafka client of a process. */
export const kafkaConfig = defineConfigSection({
  name: 'kafka',
  schema: KafkaConfigSchema,
  env: {
    KAFKA_BROKERS: { field: 'brokers', kind: 'list', expect: 'a comma-separated list of host:port' },
    KAFKA_CLIENT_ID: {
      field: 'clientId',
      kind: 'string',
      expect: '1 to 100 letters, digits, ".", "_" or "-"',
    },
    KAFKA_TOPIC_PREFIX: {
      field: 'topicPrefix',
      kind: 'string',
      expect: 'at most 100 letters, digits, ".", "_" or "-" (legal in a topic name)',
    },
    KAFKA_SSL: { field: 'ssl', kind: 'boolean', expect: 'true or false' },
    KAFKA_SSL_CA_FILE: { field: 'sslCaFile', kind: 'file', expect: 'the path of a PEM CA certificate file' },
    KAFKA_SSL_CERT_FILE: {
      field: 'sslCertFile',
      kind: 'file',
      expect: 'the path of a PEM client certificate file',
    },
    KAFKA_SSL_KEY_FILE: { field: 'sslKeyFile', kind: 'file', expect: 'the path of a PEM private key file' },
    KAFKA_SASL_MECHANISM: {
      field: 'saslMechanism',
      kind: 'string',
      expect: `one of ${SASL_MECHANISMS.join(', ')}`,
    },
    KAFKA_SASL_USERNAME: { field: 'saslUsername', kind: 'string', expect: 'a non-empty user name' },
    KAFKA_SASL_PASSWORD: {
      field: 'saslPassword',
      kind: 'string',
      expect: 'a non-empty password',
      secret: 'full',
    },
    KAFKA_CONNECTION_TIMEOUT_MS: { field: 'connectionTimeoutMs', kind: 'integer', expect: TIMEOUT },
    KAFKA_REQUEST_TIMEOUT_MS: { field: 'requestTimeoutMs', kind: 'integer', expect: TIMEOUT },
  },
  crossCheck: kafkaCrossCheck,
});
