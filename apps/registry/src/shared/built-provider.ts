import type { FactoryProvider, InjectionToken } from '@nestjs/common';

/**
 * A provider that constructs `type` from the values of `inject`, in the constructor's order, followed
 * by `extra` values known when the module is wired (from the configuration):
 * `built(SeedService, [SnapshotStoreRepository, ListRegistryService, AuditLogRepository])`. The
 * store's repositories and the registry's services stay plain classes, free of Nest decorators.
 */
export function built<T>(
  type: new (...args: never[]) => T,
  inject: readonly InjectionToken[],
  ...extra: readonly unknown[]
): FactoryProvider<T> {
  return {
    provide: type,
    useFactory: (...injected: unknown[]) => new type(...([...injected, ...extra] as never[])),
    inject: [...inject],
  };
}
