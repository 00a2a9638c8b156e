import { clusterKeySlot } from './cluster-slot';
import { KeySpace } from './key-space';

/**
 * Every Lua script and MULTI of the store (and the auth and DLQ ones, on a single key each) must
 * name keys of one Cluster slot, or Redis Cluster refuses it with CROSSSLOT. These are the key sets
 * each one names, as the code builds them.
 */
describe('KeySpace on a Cluster (hash tags on)', () => {
  const keys = new KeySpace('salw:', { hashTags: true });
  const operations: Array<[string, string[]]> = [
    [
      'the activation script (pointer, counter, history, audit, every named version)',
      [
        keys.activeSnapshot(),
        keys.activationCounter(),
        keys.activationHistory(),
        keys.auditStream(),
        keys.profile('default', 3),
        keys.watchlist('un-sc', 12),
        keys.watchlist('national', 4),
      ],
    ],
    [
      'the prune script (pointer, version header and entries)',
      [keys.activeSnapshot(), keys.watchlist('un-sc', 2), keys.watchlistEntries('un-sc', 2)],
    ],
    [
      'the import commit script (import chunks, version entries, version header)',
      [keys.watchlistImport('0b7c'), keys.watchlistEntries('un-sc', 13), keys.watchlist('un-sc', 13)],
    ],
    [
      'the version listing (MGET of headers)',
      [keys.watchlist('un-sc', 1), keys.watchlist('un-sc', 2), keys.watchlistVersionCounter('un-sc')],
    ],
    [
      'the exemption revoke script (hash, active set, revision, channel)',
      [keys.exemptions(), keys.exemptionsActive(), keys.exemptionsRevision(), keys.exemptionsChannel()],
    ],
    [
      'the exemption add MULTI (hash, active set, revision) and counter',
      [keys.exemptions(), keys.exemptionsActive(), keys.exemptionsRevision(), keys.exemptionCounter()],
    ],
    [
      'the trader history read script, per trader (first sighting, recent arms-like)',
      [keys.traderFirstSeen('consignee|id|GB123'), keys.traderRecent('consignee|id|GB123')],
    ],
  ];

  it.each(operations)('puts every key of %s in one slot', (_operation, named) => {
    const slots = new Set(named.map((key) => clusterKeySlot(key)));
    expect({ keys: named, slots: slots.size }).toEqual({ keys: named, slots: 1 });
  });

  it('spreads per-declaration and per-trader keys over the slots instead of piling them on one', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `DECL-${i}`);
    const ledgerSlots = new Set(ids.map((id) => clusterKeySlot(keys.declarationLedger(id))));
    const traderSlots = new Set(ids.map((id) => clusterKeySlot(keys.traderFirstSeen(id))));
    expect(ledgerSlots.size).toBeGreaterThan(150);
    expect(traderSlots.size).toBeGreaterThan(150);
  });

  it('keeps every key under the prefix, so SCAN patterns and the prefix isolation still hold', () => {
    for (const [, named] of operations) for (const key of named) expect(key.startsWith('salw:')).toBe(true);
    expect(keys.activeSnapshot()).toBe('salw:{registry}:snapshot:active');
    expect(keys.exemptions()).toBe('salw:{exemptions}');
    expect(keys.traderRecent('a{b}')).toBe('salw:history:recent:{a_b_}');
  });
});

describe('KeySpace on one node or Sentinel (hash tags off)', () => {
  it('keeps the names written before Cluster support, so an upgrade finds its data', () => {
    const keys = new KeySpace('salw:');
    expect([
      keys.activeSnapshot(),
      keys.profile('default', 3),
      keys.watchlistEntries('un-sc', 2),
      keys.auditStream(),
      keys.exemptions(),
      keys.exemptionsActive(),
      keys.traderFirstSeen('k'),
      keys.declarationLedger('D-1'),
    ]).toEqual([
      'salw:snapshot:active',
      'salw:profile:default:v3',
      'salw:watchlist:un-sc:v2:entries',
      'salw:audit',
      'salw:exemptions',
      'salw:exemptions:active',
      'salw:history:first:k',
      'salw:ledger:D-1',
    ]);
  });
});
