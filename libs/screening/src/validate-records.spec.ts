import { compileProfile, historyKeysFor } from '@salw/risk-engine';
import {
  aDeclaration,
  defaultProfile,
  defaultProfileDocument,
} from '@salw/risk-engine/testing/screening.fixture';
import { contentHash } from './ledger/content-hash';
import { historyQueryOf, validateRecords } from './validate-records';

const position = (offset: number) => ({ partition: 0, offset: String(offset) });

describe('validateRecords', () => {
  it('keeps each valid record with its declaration and content hash, and refuses the others with their reason, by index', () => {
    const declaration = aDeclaration();
    const value = JSON.stringify(declaration);
    const validated = validateRecords([
      { value: '{"not": "a declaration"', position: position(0) },
      { value, key: declaration.declarationId, position: position(1) },
      { value, key: 'another-id', position: position(2) },
      { value: null, position: position(3) },
    ]);
    expect(validated.count).toBe(4);
    expect(validated.valid.map((v) => [v.index, v.declaration.declarationId, v.hash])).toEqual([
      [1, declaration.declarationId, contentHash(value)],
    ]);
    expect(validated.refused.map((r) => [r.index, r.outcome.reason])).toEqual([
      [0, 'INVALID_JSON'],
      [2, 'KEY_MISMATCH'],
      [3, 'EMPTY_MESSAGE'],
    ]);
  });
});

describe('historyQueryOf', () => {
  it('gives the trader-history query of the declaration for the profile, computed once per profile', async () => {
    const [record] = validateRecords([{ value: JSON.stringify(aDeclaration()), position: position(0) }]).valid;
    const profile = await defaultProfile();
    const first = historyQueryOf(record, profile);
    expect(first).toEqual(historyKeysFor(record.declaration, profile));
    expect(historyQueryOf(record, profile)).toBe(first);

    const otherProfile = compileProfile(await defaultProfileDocument());
    const other = historyQueryOf(record, otherProfile);
    expect(other).not.toBe(first);
    expect(other).toEqual(historyKeysFor(record.declaration, otherProfile));
  });
});
