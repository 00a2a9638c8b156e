export * from './redis/create-redis-client';
export * from './redis/key-space';
export * from './ledger/screening-ledger.repository';
export * from './history/redis-trader-history.repository';
export * from './snapshot/active-snapshot.model';
export * from './snapshot/snapshot-store.repository';
export * from './ownership/declaration-owner.repository';
export * from './exemptions';
