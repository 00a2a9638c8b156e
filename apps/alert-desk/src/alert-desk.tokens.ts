/** Injection tokens of the alert desk's connections. */
export const REDIS_CLIENT = Symbol('ALERT_DESK_REDIS');
export const REDIS_STREAM_READER = Symbol('ALERT_DESK_REDIS_STREAM_READER');
export const OUTBOX_RELAY = Symbol('ALERT_DESK_OUTBOX_RELAY');
