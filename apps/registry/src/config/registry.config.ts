import { Type, type Static } from '@sinclair/typebox';
import { defineConfigSection } from '@salw/config';

export const RegistryConfigSchema = Type.Object(
  {
    /** List versions kept per list; older ones are deleted after an import, never the active or the rollback target. */
    keepVersions: Type.Integer({ minimum: 2, maximum: 1000, default: 10 }),
    /** Largest watchlist file accepted by `POST /imports/...` (the CLI reads files of any size from disk). */
    importMaxBytes: Type.Integer({ minimum: 1024, maximum: 2 * 1024 ** 3, default: 256 * 1024 ** 2 }),
    metricsTokenSha256: Type.Array(Type.String({ pattern: '^[0-9a-fA-F]{64}$' }), { default: [] }),
  },
  { additionalProperties: false },
);

export type RegistryConfig = Static<typeof RegistryConfigSchema>;

/** The registry's own settings; Kafka, Redis, HTTP, logging and auth come from the shared sections. */
export const registryConfig = defineConfigSection({
  name: 'registry',
  schema: RegistryConfigSchema,
  env: {
    REGISTRY_KEEP_VERSIONS: {
      field: 'keepVersions',
      kind: 'integer',
      expect: 'how many versions of each list to keep (2-1000)',
    },
    REGISTRY_IMPORT_MAX_BYTES: {
      field: 'importMaxBytes',
      kind: 'integer',
      expect: 'the largest watchlist body accepted over HTTP, in bytes',
    },
    METRICS_TOKEN_SHA256: {
      field: 'metricsTokenSha256',
      kind: 'list',
      expect: 'a comma-separated list of SHA-256 hex digests of the scrape tokens',
    },
  },
});
