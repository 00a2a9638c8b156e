/** Resolves to the app's extra `ReadinessCheck[]`, assembled by `HealthModule.forRoot`. */
export const READINESS_CHECKS = 'salw.observability.readiness-checks';
/** The Kafka and Redis indicators (or undefined when not configured). */
export const KAFKA_HEALTH_INDICATOR = 'salw.observability.kafka-health-indicator';
export const REDIS_HEALTH_INDICATOR = 'salw.observability.redis-health-indicator';

export const DEFAULT_HEALTH_TIMEOUT_MS = 2_000;
