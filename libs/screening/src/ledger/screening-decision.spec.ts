import { decideScreening, type LedgerEntry } from './screening-decision';

const at = (partition: number, offset: string) => ({ partition, offset });
const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);

describe('deciding whether a declaration version is screened, amended or replayed', () => {
  it('screens the first version it sees as LIVE and records where it came from', () => {
    expect(decideScreening([], 1, H1, at(2, '10'))).toEqual({
      action: 'SCREEN',
      trigger: 'LIVE',
      entries: [{ version: 1, partition: 2, offset: '10', contentHash: H1 }],
    });
  });

  it('screens a higher version as an AMENDMENT that supersedes the earlier one', () => {
    const entries: LedgerEntry[] = [{ version: 1, partition: 2, offset: '10' }];
    const decision = decideScreening(entries, 2, H2, at(2, '15'));
    expect(decision).toMatchObject({ action: 'SCREEN', trigger: 'AMENDMENT', supersedes: 1 });
  });

  it.each([
    ['the same version again', 1],
    ['a lower version', 1],
  ])('treats %s as a REPLAY that yields no second result', (_case, version) => {
    const entries: LedgerEntry[] = [{ version: 2, partition: 2, offset: '10' }];
    expect(decideScreening(entries, version, H1, at(2, '30'))).toEqual({
      action: 'REPLAY',
      screenedVersion: 2,
    });
  });

  it('ignores its own record from an attempt whose transaction never committed (same partition, offset not below)', () => {
    const leftover: LedgerEntry[] = [{ version: 1, partition: 2, offset: '10' }];
    expect(decideScreening(leftover, 1, H1, at(2, '10'))).toMatchObject({
      action: 'SCREEN',
      trigger: 'LIVE',
    });
  });

  it('keeps records from other partitions whatever their offset', () => {
    const entries: LedgerEntry[] = [{ version: 1, partition: 5, offset: '900' }];
    expect(decideScreening(entries, 1, H1, at(2, '10'))).toEqual({ action: 'REPLAY', screenedVersion: 1 });
  });

  it('compares offsets as 64-bit numbers, not as text', () => {
    const entries: LedgerEntry[] = [{ version: 1, partition: 0, offset: '9' }];
    expect(decideScreening(entries, 1, H1, at(0, '10'))).toEqual({ action: 'REPLAY', screenedVersion: 1 });
  });

  it('refuses a version screened before that comes again with other content, naming both hashes', () => {
    const entries: LedgerEntry[] = [{ version: 1, partition: 2, offset: '10', contentHash: H1 }];
    expect(decideScreening(entries, 1, H2, at(2, '30'))).toEqual({
      action: 'CONFLICT',
      version: 1,
      screenedHash: H1,
      contentHash: H2,
    });
  });

  it('refuses a conflicting copy of an older version too, not only of the highest', () => {
    const entries: LedgerEntry[] = [
      { version: 1, partition: 2, offset: '10', contentHash: H1 },
      { version: 2, partition: 2, offset: '11', contentHash: H2 },
    ];
    expect(decideScreening(entries, 1, H2, at(2, '30'))).toMatchObject({
      action: 'CONFLICT',
      screenedHash: H1,
    });
  });

  it('treats a replay as a replay when the entry predates content hashes (nothing to compare with)', () => {
    const entries: LedgerEntry[] = [{ version: 1, partition: 2, offset: '10' }];
    expect(decideScreening(entries, 1, H2, at(2, '30'))).toEqual({ action: 'REPLAY', screenedVersion: 1 });
  });

  it('keeps the content hash of the version it screens', () => {
    const decision = decideScreening([], 3, H2, at(0, '7'));
    expect(decision).toMatchObject({ entries: [{ version: 3, contentHash: H2 }] });
  });
});
