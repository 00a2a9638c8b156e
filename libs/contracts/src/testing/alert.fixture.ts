import type { Alert, ScreeningResult } from '../schemas/screening-result.schema';

/** The docs/contracts.md ScreeningResult example (an alerting one), for tests that change one thing at a time. */
export function validScreeningResult(): ScreeningResult {
  return {
    resultId: 'r-5f2c9a1b7d3e',
    declarationId: '26NG0000012345678X',
    version: 1,
    trigger: 'LIVE',
    screenedAt: '2026-11-29T10:00:00.120Z',
    score: 87,
    severity: 'CRITICAL',
    alert: true,
    alertId: 'a-5f2c9a1b7d3e',
    hits: [
      {
        indicator: 'ARMS_KEYWORD_MISMATCH',
        points: 40,
        itemLine: 1,
        reason: "description mentions 'AR-15 upper receiver' but HS 847990 is outside chapter 93",
        evidence: { field: 'items[0].description', matched: ['upper receiver'] },
      },
      {
        indicator: 'SANCTIONED_PARTY',
        points: 50,
        party: 'consignee',
        reason: "consignee 'Green Pine Asociated Corp' matches UN list KPe.010 (0.93)",
        evidence: {
          list: 'un-sc',
          entryId: 'KPe.010',
          matchedName: 'GREEN PINE ASSOCIATED CORPORATION',
          similarity: 0.93,
        },
      },
    ],
    profile: { id: 'salw-default', version: 3 },
    watchlists: { version: 'wl-7', lists: { 'un-sc': '2024-09-26T00:00:07Z', national: 12 } },
    engine: '1.0.0',
  };
}

/** The same result as the Alert published for it (with its priority). */
export function validAlert(): Alert {
  return { ...validScreeningResult(), alert: true, alertId: 'a-5f2c9a1b7d3e', priority: 1 };
}
