import type { Alert, Declaration } from '@salw/contracts';
import { validDeclaration } from '@salw/contracts/testing';

let counter = 0;

/** An alert as the screener publishes it, for a declaration id and version of the test's choosing. */
export function alertFor(declarationId: string, version = 1, overrides: Partial<Alert> = {}): Alert {
  counter += 1;
  return {
    resultId: `result-${declarationId}-${version}-${counter}`,
    declarationId,
    version,
    trigger: 'LIVE',
    screenedAt: '2026-12-07T10:00:00.000Z',
    score: 87,
    severity: 'CRITICAL',
    alert: true,
    alertId: `alert-${declarationId}-v${version}`,
    priority: 1,
    hits: [
      {
        indicator: 'ARMS_KEYWORD_MISMATCH',
        points: 40,
        itemLine: 1,
        reason: "description mentions 'upper receiver' but HS 847990 is outside chapter 93",
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
    watchlists: { version: '7', lists: { 'un-sc': '2024-09-26T00:00:07Z' } },
    engine: '1.0.0',
    ...overrides,
  };
}

/** The declaration an alert was raised on, with the matched words in its goods description. */
export function declarationFor(declarationId: string, version = 1): Declaration {
  const base = validDeclaration();
  return {
    ...base,
    declarationId,
    version,
    items: [
      {
        ...base.items[0],
        hsCode: '847990',
        description: 'Machine parts incl. AR-15 upper receiver assemblies',
      },
    ],
  };
}
