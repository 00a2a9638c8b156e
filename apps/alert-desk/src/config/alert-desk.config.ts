import { Type } from '@sinclair/typebox';
import { defineConfigSection } from '@salw/config';

/** The alert desk's own settings; Kafka, Redis, HTTP, logging and auth come from the shared sections. */
export const alertDeskConfig = defineConfigSection({
  name: 'alertDesk',
  schema: Type.Object(
    {
      groupId: Type.String({ pattern: '^[A-Za-z0-9._-]{1,128}$', default: 'salw-alert-desk' }),
      transactionalIdPrefix: Type.String({ pattern: '^[A-Za-z0-9._-]{1,100}$', default: 'salw-alert-desk' }),
      /** Refuse to start unless Redis appends every write to its AOF and fsyncs it (the desk's durability). */
      requireFsyncAlways: Type.Boolean({ default: true }),
      declarationRetentionDays: Type.Integer({ minimum: 1, maximum: 3650, default: 30 }),
      /** How long a closed (or superseded) alert stays in the CLOSED queue, its filters and the search. */
      closedRetentionHours: Type.Integer({ minimum: 1, maximum: 87_600, default: 168 }),
      /** How many live changes are kept for SSE clients resuming with Last-Event-ID. */
      eventHistory: Type.Integer({ minimum: 100, maximum: 1_000_000, default: 10_000 }),
      metricsTokenSha256: Type.Array(Type.String({ pattern: '^[0-9a-fA-F]{64}$' }), { default: [] }),
    },
    { additionalProperties: false },
  ),
  env: {
    ALERT_DESK_GROUP_ID: {
      field: 'groupId',
      kind: 'string',
      expect: 'a consumer group id of letters, digits, ".", "_" or "-"',
    },
    ALERT_DESK_TRANSACTIONAL_ID_PREFIX: {
      field: 'transactionalIdPrefix',
      kind: 'string',
      expect: 'a prefix of letters, digits, ".", "_" or "-" shared by all replicas of one deployment',
    },
    ALERT_DESK_REQUIRE_FSYNC_ALWAYS: {
      field: 'requireFsyncAlways',
      kind: 'boolean',
      expect: 'true (production) or false (a throw-away development Redis)',
    },
    ALERT_DESK_DECLARATION_RETENTION_DAYS: {
      field: 'declarationRetentionDays',
      kind: 'integer',
      expect: 'days (1-3650) a declaration version is kept for the alert detail',
    },
    ALERT_DESK_CLOSED_RETENTION_HOURS: {
      field: 'closedRetentionHours',
      kind: 'integer',
      expect: 'hours (1-87600) a closed alert stays in the CLOSED queue, its filters and the search',
    },
    ALERT_DESK_EVENT_HISTORY: {
      field: 'eventHistory',
      kind: 'integer',
      expect: 'an integer from 100 to 1000000',
    },
    METRICS_TOKEN_SHA256: {
      field: 'metricsTokenSha256',
      kind: 'list',
      expect: 'a comma-separated list of SHA-256 hex digests of the scrape tokens',
    },
  },
});
