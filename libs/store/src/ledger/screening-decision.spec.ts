import { decideScreening, type LedgerEntry } from './screening-decision';

const at = (partition: number, offset: string) => ({ partition, offset });

describe('deciding whether a declaration version is screened, amended or replayed', () => {
  it('screens the first version it sees as LIVE and records where it came from', () => {
    expect(decideScreening([], 1, at(2, '10'))).toEqual({
      action: 'SCREEN',
      trigger: 'LIVE',
      entries: [{ version: 1, partition: 2, offset: '10' }],
    });
  });

  it('screens a higher version as an AMENDMENT that supersedes the earlier one', () => {
    const entries: LedgerEntry[] = [{ version: 1, partition: 2, offset: '10' }];
    const decision = decideScreening(entries, 2, at(2, '15'));
    expect(decision).toMatchObject({ action: 'SCREEN', trigger: 'AMENDMENT', supersedes: 1 });
  });

  it.each([
    ['the same version again', 1],
    ['a lower version', 1],
  ])('treats %s as a REPLAY that yields no second result', (_case, version) => {
    const entries: LedgerEntry[] = [{ version: 2, partition: 2, offset: '10' }];
    expect(decideScreening(entries, version, at(2, '30'))).toEqual({ action: 'REPLAY', screenedVersion: 2 });
  });

  it('ignores its own record from an attempt whose transaction never committed (same partition, offset not below)', () => {
    const leftover: LedgerEntry[] = [{ version: 1, partition: 2, offset: '10' }];
    expect(decideScreening(leftover, 1, at(2, '10'))).toMatchObject({ action: 'SCREEN', trigger: 'LIVE' });
  });

  it('keeps records from other partitions whatever their offset', () => {
    const entries: LedgerEntry[] = [{ version: 1, partition: 5, offset: '900' }];
    expect(decideScreening(entries, 1, at(2, '10'))).toEqual({ action: 'REPLAY', screenedVersion: 1 });
  });

  it('compares offsets as 64-bit numbers, not as text', () => {
    const entries: LedgerEntry[] = [{ version: 1, partition: 0, offset: '9' }];
    expect(decideScreening(entries, 1, at(0, '10'))).toEqual({ action: 'REPLAY', screenedVersion: 1 });
  });
});
