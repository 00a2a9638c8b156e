import type { KafkaConfig } from '@salw/config';
import type { KafkaConfig as KafkaClientOptions, RetryOptions, SASLOptions } from 'kafkajs';
import type { ConnectionOptions } from 'node:tls';

/** PEM contents of the files named by KAFKA_SSL_*_FILE, read once at startup. */
export interface KafkaTlsMaterial {
  readonly ca?: Buffer;
  readonly cert?: Buffer;
  readonly key?: Buffer;
}

/**
 * Retries for metadata, connection and admin calls: up to ~10 attempts spread over roughly 30 s
 * of back-off, so a broker restart is ridden out but a wrong address fails within a minute.
 */
export const DEFAULT_KAFKA_RETRY: Readonly<RetryOptions> = Object.freeze({
  initialRetryTime: 300,
  maxRetryTime: 10_000,
  factor: 0.2,
  multiplier: 2,
  retries: 10,
});

/** Translates validated configuration into kafkajs client options; pure so TLS/SASL mapping is unit-tested. */
export function buildKafkaClientOptions(
  config: KafkaConfig,
  tls: KafkaTlsMaterial = {},
  retry: RetryOptions = DEFAULT_KAFKA_RETRY,
): KafkaClientOptions {
  return {
    brokers: [...config.brokers],
    clientId: config.clientId,
    connectionTimeout: config.connectionTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    // Without this, kafkajs only logs a request that outlives requestTimeout instead of failing it.
    enforceRequestTimeout: true,
    retry: { ...retry },
    ssl: config.ssl ? tlsOptions(tls) : false,
    ...(config.saslMechanism && config.saslUsername && config.saslPassword
      ? { sasl: saslOptions(config.saslMechanism, config.saslUsername, config.saslPassword) }
      : {}),
  };
}

function tlsOptions(tls: KafkaTlsMaterial): ConnectionOptions | true {
  const options: ConnectionOptions = {};
  if (tls.ca) options.ca = [tls.ca];
  if (tls.cert) options.cert = tls.cert;
  if (tls.key) options.key = tls.key;
  // `true` keeps Node's default trust store; an object replaces it only with what was given.
  return Object.keys(options).length > 0 ? options : true;
}

function saslOptions(
  mechanism: NonNullable<KafkaConfig['saslMechanism']>,
  username: string,
  password: string,
): SASLOptions {
  switch (mechanism) {
    case 'plain':
      return { mechanism: 'plain', username, password };
    case 'scram-sha-256':
      return { mechanism: 'scram-sha-256', username, password };
    case 'scram-sha-512':
      return { mechanism: 'scram-sha-512', username, password };
  }
}
