import { buildSnapshot } from '@salw/risk-engine';
import { loadProfileFromDir, SALW_DEFAULT_PROFILE_DIR } from '@salw/risk-engine/node';
import { validDeclaration } from '@salw/contracts/testing';
import { OfflineScreeningSession } from './offline-screening.session';

describe('offline screening session (the embedded screener)', () => {
  let session: OfflineScreeningSession;
  beforeEach(async () => {
    const snapshot = buildSnapshot({
      profile: await loadProfileFromDir(SALW_DEFAULT_PROFILE_DIR),
      watchlists: [],
    });
    session = new OfflineScreeningSession(snapshot, () => new Date('2026-11-29T10:00:05Z'));
  });

  const version = (v: number) => JSON.stringify({ ...validDeclaration(), version: v });

  it('screens a first version as LIVE and a higher one as an AMENDMENT', async () => {
    expect(await session.screen(version(1))).toMatchObject({
      kind: 'screened',
      result: { trigger: 'LIVE', version: 1 },
    });
    const amended = await session.screen(version(2));
    expect(amended).toMatchObject({ kind: 'screened', result: { version: 2 } });
    expect(amended.kind === 'screened' && ['AMENDMENT', 'RANDOM'].includes(amended.result.trigger)).toBe(
      true,
    );
  });

  it('yields no result for a replayed or lower version', async () => {
    await session.screen(version(2));
    expect(await session.screen(version(2))).toEqual({
      kind: 'replay',
      declarationId: '26NG0000012345678X',
      version: 2,
      screenedVersion: 2,
    });
    expect(await session.screen(version(1))).toMatchObject({ kind: 'replay', screenedVersion: 2 });
  });

  it('reports an invalid line with its reason and field path', async () => {
    expect(await session.screen(JSON.stringify({ ...validDeclaration(), version: 0 }))).toEqual({
      kind: 'invalid',
      reason: 'SCHEMA_VIOLATION',
      message: 'version: must be >= 1',
    });
  });
});
