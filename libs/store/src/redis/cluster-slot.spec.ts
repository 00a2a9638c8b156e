import { clusterKeySlot } from './cluster-slot';

describe('clusterKeySlot: the slot Redis Cluster gives a key', () => {
  it.each([
    // Values from CLUSTER KEYSLOT of a Redis 7 server.
    ['foo', 12182],
    ['bar', 5061],
    ['123456789', 12739],
    ['{user1000}.following', 3443],
    ['{user1000}.followers', 3443],
  ])('puts %s in slot %i', (key, slot) => {
    expect(clusterKeySlot(key)).toBe(slot);
  });

  it('hashes only the first non-empty {tag}', () => {
    expect(clusterKeySlot('salw:{registry}:snapshot:active')).toBe(clusterKeySlot('registry'));
    expect(clusterKeySlot('a{}b')).toBe(clusterKeySlot('a{}b'));
    expect(clusterKeySlot('a{}{b}')).not.toBe(clusterKeySlot('b'));
  });
});
