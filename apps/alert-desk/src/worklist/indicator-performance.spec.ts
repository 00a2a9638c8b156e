import { indicatorPerformance } from './indicator-performance';

describe('indicatorPerformance', () => {
  it('gives hits, outcomes and seizure / false-positive rates per indicator and profile version, by day', () => {
    const rows = indicatorPerformance({
      'salw-default:3|2026-12-06|SANCTIONED_PARTY|HIT': 4,
      'salw-default:3|2026-12-06|SANCTIONED_PARTY|SEIZURE': 1,
      'salw-default:3|2026-12-07|SANCTIONED_PARTY|HIT': 2,
      'salw-default:3|2026-12-07|SANCTIONED_PARTY|FALSE_POSITIVE': 3,
      'salw-default:4|2026-12-07|SANCTIONED_PARTY|HIT': 1,
      'salw-default:3|2026-12-07|CASH_PAYMENT|HIT': 1,
    });
    expect(rows.map((r) => [r.profile, r.indicator, r.hits])).toEqual([
      ['salw-default:3', 'SANCTIONED_PARTY', 6],
      ['salw-default:3', 'CASH_PAYMENT', 1],
      ['salw-default:4', 'SANCTIONED_PARTY', 1],
    ]);
    expect(rows[0]).toMatchObject({ decided: 4, seizureRate: 0.25, falsePositiveRate: 0.75 });
    expect(rows[0].days).toEqual([
      { day: '2026-12-06', hits: 4, seizures: 1, falsePositives: 0, decided: 1 },
      { day: '2026-12-07', hits: 2, seizures: 0, falsePositives: 3, decided: 3 },
    ]);
    expect(rows[1].seizureRate).toBeUndefined();
  });
});
