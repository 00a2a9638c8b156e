import type { InjectionToken, Type } from '@nestjs/common';
import type { Cluster, Redis } from 'ioredis';

export interface AuthModuleOptions {
  /** Token of the app's ioredis client (accounts, sessions, sign-in counters live there). */
  readonly redis: InjectionToken<Redis | Cluster>;
  /** Prefix of the auth keys, e.g. the app's configured Redis key prefix. */
  readonly keyPrefix: string;
  /** Controllers that keep their own access rules (health probes, /metrics with its scrape token). */
  readonly exempt?: readonly Type<unknown>[];
}
