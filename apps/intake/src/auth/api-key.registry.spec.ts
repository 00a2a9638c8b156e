import { createHash } from 'node:crypto';
import { ApiKeyRegistry } from './api-key.registry';

const hash = (key: string) => createHash('sha256').update(key).digest();

describe('ApiKeyRegistry', () => {
  const registry = new ApiKeyRegistry([
    { name: 'clearance', roles: ['submitter'], keyHash: hash('key-one') },
    { name: 'prometheus', roles: ['metrics'], keyHash: hash('key-two') },
  ]);

  it('names the client whose key hash matches the presented key', () => {
    expect(registry.authenticate('key-two')).toEqual({ name: 'prometheus', roles: ['metrics'] });
  });

  it('knows no client for any other key, including a configured hash presented as the key', () => {
    expect(registry.authenticate('key-three')).toBeUndefined();
    expect(registry.authenticate(hash('key-one').toString('hex'))).toBeUndefined();
    expect(registry.authenticate('')).toBeUndefined();
  });
});
