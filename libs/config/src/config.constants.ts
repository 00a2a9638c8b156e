/** Injection token of the whole loaded configuration object. */
export const APP_CONFIG = 'salw.config';

/** Injection token under which `ConfigModule` provides one section, e.g. `configToken('kafka')`. */
export function configToken(sectionName: string): string {
  return `${APP_CONFIG}.${sectionName}`;
}

export const KAFKA_CONFIG = configToken('kafka');
export const REDIS_CONFIG = configToken('redis');
export const HTTP_CONFIG = configToken('http');
export const LOG_CONFIG = configToken('log');
