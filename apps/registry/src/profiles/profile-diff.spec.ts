import { diffProfiles } from './profile-diff';

const profile = (
  version: number,
  indicators: Record<string, unknown>,
  thresholds = { LOW: 15, HIGH: 50 },
) => ({
  id: 'salw-default',
  version,
  title: 'test profile',
  thresholds,
  indicators,
});

describe('the diff of two risk profile versions', () => {
  it('names indicators added and removed, the settings and params changed, and the thresholds moved', () => {
    const from = profile(3, {
      CASH_PAYMENT: { enabled: true, points: 10 },
      MISSING_LICENCE: {
        enabled: true,
        points: 35,
        params: { expiredPoints: 30, issuers: { EXPORT_LICENCE: ['ORIGIN'] } },
      },
      OLD_RULE: { enabled: true, points: 5 },
    });
    const to = profile(
      4,
      {
        CASH_PAYMENT: { enabled: false, points: 10 },
        MISSING_LICENCE: {
          enabled: true,
          points: 35,
          params: { expiredPoints: 25, issuers: { EXPORT_LICENCE: ['ORIGIN'] } },
        },
        NEW_RULE: { enabled: true, points: 5 },
      },
      { LOW: 15, HIGH: 45 },
    );

    const diff = diffProfiles(from, to);

    expect(diff.from).toEqual({ id: 'salw-default', version: 3 });
    expect(diff.to).toEqual({ id: 'salw-default', version: 4 });
    expect(diff.indicatorsAdded).toEqual(['NEW_RULE']);
    expect(diff.indicatorsRemoved).toEqual(['OLD_RULE']);
    expect(diff.indicators).toEqual({
      CASH_PAYMENT: [{ path: 'enabled', from: true, to: false }],
      MISSING_LICENCE: [{ path: 'params.expiredPoints', from: 30, to: 25 }],
    });
    expect(diff.thresholds).toEqual([{ path: 'thresholds.HIGH', from: 50, to: 45 }]);
    expect(diff.other).toEqual([]);
  });

  it('reports a long changed word list by its size, not its whole content', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word-number-${i}`);
    const diff = diffProfiles(
      { ...profile(1, {}), vocabulary: { terms: words(20) } },
      { ...profile(2, {}), vocabulary: { terms: words(21) } },
    );
    expect(diff.other).toEqual([{ path: 'vocabulary.terms', from: '[20 items]', to: '[21 items]' }]);
  });

  it('finds nothing to report between a profile and itself', () => {
    const same = profile(1, { CASH_PAYMENT: { enabled: true, points: 10 } });
    const diff = diffProfiles(same, same);
    expect([diff.indicatorsAdded, diff.indicatorsRemoved, diff.thresholds, diff.other]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(diff.indicators).toEqual({});
  });
});
