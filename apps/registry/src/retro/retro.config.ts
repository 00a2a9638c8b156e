import { Type, type Static } from '@sinclair/typebox';
import { defineConfigSection } from '@salw/config';

export const RetroConfigSchema = Type.Object(
  {
    /** Whether an activation that adds or changes list entries starts a retro-screening by itself. */
    onActivation: Type.Boolean({ default: true }),
    /** How many days back a retro-screening reaches by default (the topic's retention bounds it anyway). */
    days: Type.Integer({ minimum: 1, maximum: 365, default: 30 }),
  },
  { additionalProperties: false },
);

export type RetroConfig = Static<typeof RetroConfigSchema>;

/** Retro-screening settings of the registry. */
export const retroConfig = defineConfigSection({
  name: 'retro',
  schema: RetroConfigSchema,
  env: {
    REGISTRY_RETRO_ON_ACTIVATION: {
      field: 'onActivation',
      kind: 'boolean',
      expect:
        'true to retro-screen automatically when a list version is activated, false to do it by hand only',
    },
    REGISTRY_RETRO_DAYS: {
      field: 'days',
      kind: 'integer',
      expect: 'how many days of declarations a retro-screening re-screens by default (1-365)',
    },
  },
});
