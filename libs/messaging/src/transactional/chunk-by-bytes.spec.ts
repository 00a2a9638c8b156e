import type { Message } from 'kafkajs';
import { chunkByBytes } from './chunk-by-bytes';
import { recordBytes } from './record-bytes';

const message = (n: number, bytes: number): Message => ({ key: `k${n}`, value: Buffer.alloc(bytes, 120) });

describe('chunkByBytes', () => {
  it('keeps a small batch in one request', () => {
    const byTopic = new Map([
      ['results', [message(1, 100), message(2, 100)]],
      ['alerts', [message(1, 100)]],
    ]);
    const chunks = chunkByBytes(byTopic, { requestBytes: 10_000, topicBytes: new Map() });
    expect(chunks.map((c) => c.map((t) => [t.topic, t.messages.length]))).toEqual([
      [
        ['results', 2],
        ['alerts', 1],
      ],
    ]);
  });

  it('splits 10,000 dead letters into requests within the request budget, in order, losing none', () => {
    const letters = Array.from({ length: 10_000 }, (_, i) => message(i, 450));
    const chunks = chunkByBytes(new Map([['dlq', letters]]), {
      requestBytes: 512 * 1024,
      topicBytes: new Map([['dlq', 2 * 1024 * 1024]]),
    });
    expect(chunks.length).toBeGreaterThan(8);
    for (const chunk of chunks) {
      const bytes = chunk.flatMap((t) => t.messages).reduce((sum, m) => sum + recordBytes(m), 0);
      expect(bytes).toBeLessThanOrEqual(512 * 1024);
    }
    expect(chunks.flatMap((c) => c.flatMap((t) => t.messages))).toEqual(letters);
  });

  it("keeps one topic's records of a request within that topic's max.message.bytes", () => {
    const chunks = chunkByBytes(new Map([['small', [message(1, 600), message(2, 600), message(3, 600)]]]), {
      requestBytes: 1024 * 1024,
      topicBytes: new Map([['small', 1400]]),
    });
    expect(chunks.map((c) => c[0].messages.length)).toEqual([2, 1]);
  });

  it('sends a record larger than the request budget alone', () => {
    const chunks = chunkByBytes(new Map([['t', [message(1, 10), message(2, 5000), message(3, 10)]]]), {
      requestBytes: 1000,
      topicBytes: new Map(),
    });
    expect(chunks.map((c) => c[0].messages.map((m) => m.key))).toEqual([['k1'], ['k2'], ['k3']]);
  });
});
