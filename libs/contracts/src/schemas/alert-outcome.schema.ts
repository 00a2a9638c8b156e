import { Type, type Static } from '@sinclair/typebox';
import { MAX_DECLARATION_VERSION } from './declaration-version.constant';
import { DateTime, JSON_SCHEMA_DIALECT, SCHEMA_ID_BASE, stringEnum } from './schema-kit';
import { INDICATOR_CODE_PATTERN } from './screening-result.schema';

/** AlertOutcome on `salw.alert-outcomes.v1` (docs/contracts.md section 4). */

export const OUTCOMES = ['SEIZURE', 'IRREGULARITY', 'NO_FIND', 'FALSE_POSITIVE', 'REFERRED'] as const;
export const ALERT_STATUSES = ['OPEN', 'CLAIMED', 'CLOSED'] as const;

export const AlertOutcomeSchema = Type.Object(
  {
    alertId: Type.String({ minLength: 8, maxLength: 128 }),
    declarationId: Type.String({ pattern: '^[A-Za-z0-9\\-_/.]{1,64}$' }),
    version: Type.Integer({ minimum: 1, maximum: MAX_DECLARATION_VERSION }),
    status: stringEnum(ALERT_STATUSES),
    outcome: stringEnum(OUTCOMES),
    officer: Type.String({ minLength: 1, maxLength: 128 }),
    note: Type.Optional(Type.String({ maxLength: 4096 })),
    decidedAt: DateTime(),
    indicators: Type.Array(Type.String({ pattern: INDICATOR_CODE_PATTERN }), { maxItems: 64 }),
  },
  {
    additionalProperties: false,
    $id: `${SCHEMA_ID_BASE}alert-outcome.v1.json`,
    $schema: JSON_SCHEMA_DIALECT,
    title: 'AlertOutcome v1',
  },
);

export type Outcome = (typeof OUTCOMES)[number];
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export type AlertOutcome = Static<typeof AlertOutcomeSchema>;
