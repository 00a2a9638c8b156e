import type { KafkaConfig } from '@salw/config';

/** The errors kafkajs nests: `originalError` of its retry wrapper, `cause` of Nest and Node. */
function* errorChain(error: unknown): Generator<Error> {
  const seen = new Set<unknown>();
  let current = error;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    yield current;
    const nested = current as Error & { originalError?: unknown; cause?: unknown };
    current = nested.originalError ?? nested.cause;
  }
}

const AUTHORIZATION_FAILED = /^[A-Z_]+_AUTHORIZATION_FAILED$/;

/**
 * One line an operator can act on when a process cannot use Kafka because of its security settings
 * or the broker's ACLs (docs/kafka-security.md), or undefined for any other failure. kafkajs reports
 * a refused SASL login as KafkaJSSASLAuthenticationError and a missing ACL as a protocol error of
 * type *_AUTHORIZATION_FAILED, and retries neither; printed raw they are a JSON log record with a
 * stack trace that names neither the user nor what to check.
 */
export function describeKafkaStartupError(error: unknown, config: KafkaConfig): string | undefined {
  for (const cause of errorChain(error)) {
    if (cause.name === 'KafkaJSSASLAuthenticationError') {
      const mechanism = (config.saslMechanism ?? 'unknown mechanism').toUpperCase();
      return (
        `Kafka refused the SASL login of user "${config.saslUsername ?? '(none)'}" (${mechanism}) at ` +
        `${config.brokers.join(',')}: authentication failed. Check KAFKA_SASL_USERNAME and ` +
        'KAFKA_SASL_PASSWORD, and that the broker has SCRAM credentials for that user and mechanism ' +
        `(broker said: ${cause.message})`
      );
    }
    const type = (cause as Error & { type?: unknown }).type;
    if (typeof type === 'string' && AUTHORIZATION_FAILED.test(type)) {
      return (
        `Kafka at ${config.brokers.join(',')} denied user "${config.saslUsername ?? '(no SASL user)'}": ` +
        `${type} (${cause.message}). Grant the ACLs docs/kafka-security.md lists for this app` +
        (type === 'CLUSTER_AUTHORIZATION_FAILED'
          ? ' (an idempotent producer needs WRITE on the topics it writes to)'
          : '')
      );
    }
  }
  return undefined;
}
