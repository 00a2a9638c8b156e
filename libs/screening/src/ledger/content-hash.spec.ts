import { createHash } from 'node:crypto';
import { contentHash } from './content-hash';

describe('the content hash of a record', () => {
  it('is the SHA-256 of its bytes as received, so sha256sum of the dead letter reproduces it', () => {
    const bytes = Buffer.from('{"declarationId":"D-1","version":1}');
    expect(contentHash(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(contentHash(bytes)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for a string and its UTF-8 bytes', () => {
    const text = '{"office":"DÜSSELDORF"}';
    expect(contentHash(text)).toBe(contentHash(new TextEncoder().encode(text)));
  });

  it('differs when any byte differs, spacing included', () => {
    expect(contentHash('{"version":1}')).not.toBe(contentHash('{"version": 1}'));
  });
});
