import { Type, type Static } from '@sinclair/typebox';
import { defineConfigSection } from '../config-section';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const LogConfigSchema = Type.Object(
  {
    level: Type.Union(
      LOG_LEVELS.map((level) => Type.Literal(level)),
      { default: 'info' },
    ),
  },
  { additionalProperties: false },
);

export type LogConfig = Static<typeof LogConfigSchema>;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const logConfig = defineConfigSection({
  name: 'log',
  schema: LogConfigSchema,
  env: { LOG_LEVEL: { field: 'level', kind: 'string', expect: `one of ${LOG_LEVELS.join(', ')}` } },
});
