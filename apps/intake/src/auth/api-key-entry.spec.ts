import { parseApiKeyEntries } from './api-key-entry';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'B'.repeat(64);

describe('parseApiKeyEntries (INTAKE_API_KEYS)', () => {
  it('reads name:role:sha256hex entries and merges the roles of one client', () => {
    const parsed = parseApiKeyEntries([
      `clearance:submitter:${HASH_A}`,
      `ops:metrics:${HASH_B}`,
      `ops:submitter:${HASH_B}`,
    ]);
    expect(parsed).toEqual({
      ok: true,
      entries: [
        { name: 'clearance', roles: ['submitter'], keyHash: Buffer.from(HASH_A, 'hex') },
        { name: 'ops', roles: ['metrics', 'submitter'], keyHash: Buffer.from(HASH_B, 'hex') },
      ],
    });
  });

  it.each([
    [['clearance:submitter'], /entry 1 must have 3 parts/],
    [[`clearance:admin:${HASH_A}`], /entry 1 \(clearance\): role "admin" is not one of submitter, metrics/],
    [['clearance:submitter:abc'], /entry 1 \(clearance\): the key hash must be 64 hex digits/],
    [[`bad name:submitter:${HASH_A}`], /entry 1: client name must be/],
    [
      [`ops:metrics:${HASH_A}`, `ops:submitter:${HASH_B}`],
      /entry 2 \(ops\): client "ops" is listed with two different key hashes/,
    ],
    [[`a:submitter:${HASH_A}`, `b:metrics:${HASH_A}`], /clients "a" and "b" have the same key hash/],
  ])('refuses %j, naming the entry but never the hash', (raw, message) => {
    const parsed = parseApiKeyEntries(raw);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? '' : parsed.problems.join('\n');
    expect(problems).toMatch(message);
    expect(problems).not.toContain(HASH_A);
  });
});
