/** Injection tokens of the registry's connections. */
export const REDIS_CLIENT = Symbol('REGISTRY_REDIS');
