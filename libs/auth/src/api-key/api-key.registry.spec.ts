import { createHash } from 'node:crypto';
import { ApiKeyRegistry } from './api-key.registry';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');

describe('ApiKeyRegistry', () => {
  it('authenticates a service by its key and merges the roles it is listed with', () => {
    const { registry } = ApiKeyRegistry.parse([
      `screener:analyst:${sha('k1')}`,
      `screener:officer:${sha('k1')}`,
      `ops:admin:${sha('k2')}`,
    ]);
    expect(registry?.authenticate('k1')).toEqual({
      subject: 'service:screener',
      roles: ['analyst', 'officer'],
      method: 'api-key',
    });
    expect(registry?.authenticate('k2')?.roles).toEqual(['admin']);
    expect(registry?.authenticate('unknown')).toBeUndefined();
  });

  it('names every bad entry by position without showing its hash', () => {
    const { registry, problems } = ApiKeyRegistry.parse([
      'only-two:parts',
      `bad name:officer:${sha('a')}`,
      `svc:pilot:${sha('b')}`,
      'svc2:officer:abc',
    ]);
    expect(registry).toBeUndefined();
    expect(problems).toEqual([
      expect.stringContaining('entry 1 must be'),
      expect.stringContaining('entry 2: name'),
      expect.stringContaining('entry 3 (svc): role "pilot"'),
      expect.stringContaining('entry 4 (svc2): key hash'),
    ]);
    expect(problems.join()).not.toContain(sha('a'));
  });
});
