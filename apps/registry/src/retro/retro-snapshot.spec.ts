import type { ScreeningResult } from '@salw/contracts';
import { aDeclaration, defaultProfile, nationalList, NOW } from '@salw/risk-engine/testing/screening.fixture';
import { evaluate, type CompiledProfile } from '@salw/risk-engine';
import { listsChangedBy } from './retro-on-activation.worker';
import {
  buildRetroSnapshot,
  HISTORY_INDICATORS,
  LIST_INDICATORS,
  newHitsOf,
  retroProfiles,
} from './retro-snapshot';

const LISTED = 'Kestrel Arms Brokerage Ltd';
const toListed = () =>
  aDeclaration({
    declarationId: 'R-1',
    parties: { ...aDeclaration().parties, consignee: { name: LISTED, address: { country: 'ML' } } },
  });

describe('retro-screening snapshot: only the changed entries, ids per list version', () => {
  let profile: CompiledProfile;
  const changed = nationalList([{ entryId: 'NAT-9', kind: 'PARTY', name: LISTED, points: 60 }]).entries;

  beforeAll(async () => {
    profile = await defaultProfile();
  });

  it('names the list version in the result, so the same declaration version gets the same ids on every run', () => {
    const snapshot = buildRetroSnapshot(profile, 'national', 7, changed);
    const first = evaluate({ snapshot, declaration: toListed(), now: NOW, trigger: 'RETRO' });
    const again = evaluate({
      snapshot: buildRetroSnapshot(profile, 'national', 7, changed),
      declaration: toListed(),
      now: new Date(),
      trigger: 'RETRO',
    });
    const otherVersion = evaluate({
      snapshot: buildRetroSnapshot(profile, 'national', 8, changed),
      declaration: toListed(),
      now: NOW,
      trigger: 'RETRO',
    });
    expect(first.watchlists).toEqual({ version: 'retro:national@7', lists: { national: 7 } });
    expect([again.resultId, again.alertId]).toEqual([first.resultId, first.alertId]);
    expect(otherVersion.resultId).not.toBe(first.resultId);
  });

  it('counts as new hits only positive hits on a changed entry of the list', () => {
    const result = evaluate({
      snapshot: buildRetroSnapshot(profile, 'national', 7, changed),
      declaration: toListed(),
      now: NOW,
    });
    expect(newHitsOf(result, 'national', new Set(['NAT-9'])).map((h) => h.indicator)).toEqual([
      'SANCTIONED_PARTY',
    ]);
    expect(newHitsOf(result, 'national', new Set(['NAT-1']))).toEqual([]);
    expect(newHitsOf(result, 'other', new Set(['NAT-9']))).toEqual([]);
    const zeroed: ScreeningResult = { ...result, hits: result.hits.map((h) => ({ ...h, points: 0 })) };
    expect(newHitsOf(zeroed, 'national', new Set(['NAT-9']))).toEqual([]);
  });

  it('finds with the list indicators alone and scores with every indicator but the history ones, under the same profile name', () => {
    const { match, score } = retroProfiles(profile);
    expect(match.indicators.map((i) => i.code).every((c) => LIST_INDICATORS.has(c))).toBe(true);
    expect(match.indicators.map((i) => i.code)).toContain('SANCTIONED_PARTY');
    expect(score.indicators.map((i) => i.code).some((c) => HISTORY_INDICATORS.has(c))).toBe(false);
    expect(score.indicators.length).toBe(
      profile.indicators.filter((i) => !HISTORY_INDICATORS.has(i.code)).length,
    );
    expect([match.id, match.version, score.id, score.version]).toEqual([
      profile.id,
      profile.version,
      profile.id,
      profile.version,
    ]);
  });
});

describe('which lists an activation changed (what the worker retro-screens)', () => {
  it('names each list whose version changed with the version it replaced, and a newly active list without one', () => {
    expect(
      listsChangedBy(
        { lists: { national: 1, 'un-sc': 3 } },
        { lists: { national: 2, 'un-sc': 3, extra: 1 } },
      ),
    ).toEqual([
      { list: 'extra', version: 1 },
      { list: 'national', version: 2, from: 1 },
    ]);
    expect(listsChangedBy({ lists: { national: 2 } }, { lists: { national: 2 } })).toEqual([]);
  });
});
