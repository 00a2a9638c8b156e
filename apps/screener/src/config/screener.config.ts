import { Type, type Static } from '@sinclair/typebox';
import { configToken, defineConfigSection } from '@salw/config';
import { stringEnum } from '@salw/contracts';

export const SCREENER_MODES = ['screen', 'pass-through'] as const;

export const ScreenerConfigSchema = Type.Object(
  {
    groupId: Type.String({ pattern: '^[A-Za-z0-9._-]{1,128}$', default: 'salw-screener' }),
    transactionalIdPrefix: Type.String({ pattern: '^[A-Za-z0-9._-]{1,100}$', default: 'salw-screener' }),
    partitionsConcurrently: Type.Integer({ minimum: 1, maximum: 64, default: 6 }),
    ledgerRetentionDays: Type.Integer({ minimum: 1, maximum: 3650, default: 90 }),
    firstSeenRetentionDays: Type.Integer({ minimum: 1, maximum: 3650, default: 730 }),
    historyMaxWindowHours: Type.Integer({ minimum: 1, maximum: 8760, default: 720 }),
    snapshotPollMs: Type.Integer({ minimum: 200, maximum: 600_000, default: 2_000 }),
    /** This instance's name in its heartbeat (`registry screeners`); the host name and process id when unset. */
    instance: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._:-]{1,128}$' })),
    /** Seconds between heartbeats; a heartbeat expires after three intervals without renewal. */
    heartbeatSeconds: Type.Integer({ minimum: 1, maximum: 3600, default: 10 }),
    metricsTokenSha256: Type.Array(Type.String({ pattern: '^[0-9a-fA-F]{64}$' }), { default: [] }),
    mode: stringEnum(SCREENER_MODES, { default: 'screen' }),
  },
  { additionalProperties: false },
);

export type ScreenerConfig = Static<typeof ScreenerConfigSchema>;

/** Injection token of the screener's own configuration section. */
export const SCREENER_CONFIG = configToken('screener');

/** The screener's own settings; Kafka, Redis, HTTP and logging come from the shared sections. */
export const screenerConfig = defineConfigSection({
  name: 'screener',
  schema: ScreenerConfigSchema,
  env: {
    SCREENER_GROUP_ID: {
      field: 'groupId',
      kind: 'string',
      expect: 'a consumer group id of letters, digits, ".", "_" or "-"',
    },
    SCREENER_TRANSACTIONAL_ID_PREFIX: {
      field: 'transactionalIdPrefix',
      kind: 'string',
      expect: 'a prefix of letters, digits, ".", "_" or "-" shared by all replicas of one deployment',
    },
    SCREENER_PARTITIONS_CONCURRENTLY: {
      field: 'partitionsConcurrently',
      kind: 'integer',
      expect: 'an integer from 1 to 64',
    },
    SCREENER_LEDGER_RETENTION_DAYS: {
      field: 'ledgerRetentionDays',
      kind: 'integer',
      expect: 'days (1-3650) a screened version is remembered for replay detection',
    },
    SCREENER_FIRST_SEEN_RETENTION_DAYS: {
      field: 'firstSeenRetentionDays',
      kind: 'integer',
      expect: 'days (1-3650) a trader stays known',
    },
    SCREENER_HISTORY_MAX_WINDOW_HOURS: {
      field: 'historyMaxWindowHours',
      kind: 'integer',
      expect: 'hours (1-8760), at least the longest split-shipment window of any profile',
    },
    SCREENER_SNAPSHOT_POLL_MS: {
      field: 'snapshotPollMs',
      kind: 'integer',
      expect: 'milliseconds (200-600000) between checks for a new active snapshot',
    },
    SCREENER_INSTANCE: {
      field: 'instance',
      kind: 'string',
      expect: 'a name of letters, digits, ".", "_", ":" or "-" for this instance (e.g. the pod name)',
    },
    SCREENER_HEARTBEAT_SECONDS: {
      field: 'heartbeatSeconds',
      kind: 'integer',
      expect: 'seconds (1-3600) between heartbeats telling the registry which activation this screener uses',
    },
    METRICS_TOKEN_SHA256: {
      field: 'metricsTokenSha256',
      kind: 'list',
      expect: 'a comma-separated list of SHA-256 hex digests of the scrape tokens',
    },
    SCREENER_MODE: {
      field: 'mode',
      kind: 'string',
      expect: '"screen", or "pass-through" (validate and publish without scoring: benchmarks only)',
    },
  },
});
