import { Type, type Static } from '@sinclair/typebox';
import { MAX_DECLARATION_VERSION } from './declaration-version.constant';
import { DateTime, JSON_SCHEMA_DIALECT, SCHEMA_ID_BASE, stringEnum } from './schema-kit';
import { PARTY_ROLES } from './declaration.schema';

/** ScreeningResult and Alert (docs/contracts.md section 3). */

export const SEVERITIES = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export const TRIGGERS = ['LIVE', 'AMENDMENT', 'RETRO', 'RANDOM'] as const;
export const INDICATOR_CODE_PATTERN = '^[A-Z][A-Z0-9_]{1,63}$';

const closed = { additionalProperties: false } as const;

export const HitSchema = Type.Object(
  {
    indicator: Type.String({ pattern: INDICATOR_CODE_PATTERN }),
    points: Type.Integer({ minimum: -100, maximum: 100 }),
    itemLine: Type.Optional(Type.Integer({ minimum: 1 })),
    party: Type.Optional(stringEnum(PARTY_ROLES)),
    reason: Type.String({ minLength: 1, maxLength: 1024 }),
    /** Field paths, matched words, list entries, similarities: open by design, each indicator has its own. */
    evidence: Type.Record(Type.String(), Type.Unknown()),
  },
  closed,
);

const resultProperties = {
  resultId: Type.String({ minLength: 8, maxLength: 128 }),
  declarationId: Type.String({ pattern: '^[A-Za-z0-9\\-_/.]{1,64}$' }),
  version: Type.Integer({ minimum: 1, maximum: MAX_DECLARATION_VERSION }),
  trigger: stringEnum(TRIGGERS),
  screenedAt: DateTime(),
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  severity: stringEnum(SEVERITIES),
  alert: Type.Boolean(),
  alertId: Type.Optional(Type.String({ minLength: 8, maxLength: 128 })),
  hits: Type.Array(HitSchema),
  profile: Type.Object({ id: Type.String({ minLength: 1 }), version: Type.Integer({ minimum: 1 }) }, closed),
  watchlists: Type.Object(
    {
      version: Type.String({ minLength: 1 }),
      lists: Type.Record(Type.String(), Type.Union([Type.String(), Type.Integer()])),
    },
    closed,
  ),
  engine: Type.String({ minLength: 1 }),
};

export const ScreeningResultSchema = Type.Object(resultProperties, {
  ...closed,
  $id: `${SCHEMA_ID_BASE}screening-result.v1.json`,
  $schema: JSON_SCHEMA_DIALECT,
  title: 'ScreeningResult v1',
});

export const AlertSchema = Type.Object(
  {
    ...resultProperties,
    alert: Type.Literal(true),
    alertId: Type.String({ minLength: 8, maxLength: 128 }),
    priority: Type.Integer({ minimum: 1, maximum: 5, description: '1 = most urgent' }),
  },
  { ...closed, $id: `${SCHEMA_ID_BASE}alert.v1.json`, $schema: JSON_SCHEMA_DIALECT, title: 'Alert v1' },
);

export type Severity = (typeof SEVERITIES)[number];
export type Trigger = (typeof TRIGGERS)[number];
export type Hit = Static<typeof HitSchema>;
export type ScreeningResult = Static<typeof ScreeningResultSchema>;
export type Alert = Static<typeof AlertSchema>;
