import type { Alert, Declaration } from '@salw/contracts';
import { validAlert, validDeclaration } from '@salw/contracts/testing';

let counter = 0;

/** An alert as the screener publishes it, for a declaration id and version of the test's choosing. */
export function alertFor(declarationId: string, version = 1, overrides: Partial<Alert> = {}): Alert {
  counter += 1;
  return {
    ...validAlert(),
    resultId: `result-${declarationId}-${version}-${counter}`,
    declarationId,
    version,
    screenedAt: '2026-12-07T10:00:00.000Z',
    alertId: `alert-${declarationId}-v${version}`,
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
