/** Injection tokens of the screener's two Redis connections (commands, and the activation channel). */
export const REDIS_CLIENT = 'salw.screener.redis';
export const REDIS_SUBSCRIBER = 'salw.screener.redis-subscriber';
