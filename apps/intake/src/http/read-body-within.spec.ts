import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { readBodyWithin } from './read-body-within';

describe('readBodyWithin', () => {
  it('returns the whole body when it fits', async () => {
    const read = await readBodyWithin(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), 4);
    expect(read).toEqual({ ok: true, body: Buffer.from('abcd') });
  });

  it('stops at the first chunk past the limit, keeps the stream alive and lets the rest drain', async () => {
    let pulled = 0;
    const stream = new Readable({
      read() {
        pulled++;
        this.push(pulled <= 5 ? Buffer.alloc(3) : null);
      },
    });
    const read = await readBodyWithin(stream, 4);
    expect(read).toEqual({ ok: false, readBytes: 6 });
    expect(stream.destroyed).toBe(false);
    await finished(stream);
    expect(pulled).toBe(6);
  });
});
