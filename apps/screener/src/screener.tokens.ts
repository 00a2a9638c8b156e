/** Injection tokens of the screener's connections and collaborators. */
export const REDIS_CLIENT = 'salw.screener.redis';
export const REDIS_SUBSCRIBER = 'salw.screener.redis-subscriber';
export const SCREENER_EVENTS = 'salw.screener.events';
export const CONSUMER_READINESS = 'salw.screener.consumer-readiness';
export const SNAPSHOT_HOLDER = 'salw.screener.snapshot-holder';
