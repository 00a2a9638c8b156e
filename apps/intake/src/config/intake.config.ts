import { MAX_MESSAGE_BYTES } from '@salw/contracts';
import { configToken, defineConfigSection, type ConfigProblem } from '@salw/config';
import { Type, type Static } from '@sinclair/typebox';
import { API_KEY_ENTRY_FORMAT, parseApiKeyEntries } from '../auth/api-key-entry';

const MIB = 1024 * 1024;

export const IntakeConfigSchema = Type.Object(
  {
    apiKeys: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    // The contract refuses any declaration over 1 MiB, so the limit may be lowered, never raised.
    maxBodyBytes: Type.Integer({ minimum: 1024, maximum: MAX_MESSAGE_BYTES, default: MAX_MESSAGE_BYTES }),
    maxBatchLines: Type.Integer({ minimum: 1, maximum: 100_000, default: 10_000 }),
    maxBatchBodyBytes: Type.Integer({ minimum: MIB, maximum: 1024 * MIB, default: 64 * MIB }),
    produceChunkSize: Type.Integer({ minimum: 1, maximum: 5_000, default: 500 }),
    publishTimeoutMs: Type.Integer({ minimum: 100, maximum: 120_000, default: 10_000 }),
    shutdownGraceMs: Type.Integer({ minimum: 0, maximum: 120_000, default: 10_000 }),
    // A client that trickles its headers or body holds a socket and memory: bounded in time and count.
    headersTimeoutMs: Type.Integer({ minimum: 1_000, maximum: 120_000, default: 10_000 }),
    requestTimeoutMs: Type.Integer({ minimum: 1_000, maximum: 600_000, default: 120_000 }),
    keepAliveTimeoutMs: Type.Integer({ minimum: 1_000, maximum: 120_000, default: 5_000 }),
    maxConnections: Type.Integer({ minimum: 1, maximum: 100_000, default: 512 }),
    // Browsers may call the API only from these origins; none (no CORS headers at all) by default.
    corsOrigins: Type.Array(Type.String({ pattern: '^https?://[^\\s/]+$' }), { default: [] }),
  },
  { additionalProperties: false },
);

export type IntakeConfig = Static<typeof IntakeConfigSchema>;

export const INTAKE_CONFIG = configToken('intake');

const MILLISECONDS = (max: number) => `an integer number of milliseconds between 100 and ${max}`;

/** The intake's own settings: who may call it, and how much one request may carry. */
export const intakeConfig = defineConfigSection({
  name: 'intake',
  schema: IntakeConfigSchema,
  env: {
    INTAKE_API_KEYS: {
      field: 'apiKeys',
      kind: 'list',
      expect: `a comma-separated list of ${API_KEY_ENTRY_FORMAT}`,
      secret: 'full',
    },
    INTAKE_MAX_BODY_BYTES: {
      field: 'maxBodyBytes',
      kind: 'integer',
      expect: `an integer number of bytes between 1024 and ${MAX_MESSAGE_BYTES} (the contract's 1 MiB)`,
    },
    INTAKE_MAX_BATCH_LINES: {
      field: 'maxBatchLines',
      kind: 'integer',
      expect: 'an integer between 1 and 100000',
    },
    INTAKE_MAX_BATCH_BODY_BYTES: {
      field: 'maxBatchBodyBytes',
      kind: 'integer',
      expect: `an integer number of bytes between ${MIB} and ${1024 * MIB}`,
    },
    INTAKE_PRODUCE_CHUNK_SIZE: {
      field: 'produceChunkSize',
      kind: 'integer',
      expect: 'an integer between 1 and 5000',
    },
    INTAKE_PUBLISH_TIMEOUT_MS: { field: 'publishTimeoutMs', kind: 'integer', expect: MILLISECONDS(120_000) },
    INTAKE_HEADERS_TIMEOUT_MS: { field: 'headersTimeoutMs', kind: 'integer', expect: MILLISECONDS(120_000) },
    INTAKE_REQUEST_TIMEOUT_MS: { field: 'requestTimeoutMs', kind: 'integer', expect: MILLISECONDS(600_000) },
    INTAKE_KEEP_ALIVE_TIMEOUT_MS: {
      field: 'keepAliveTimeoutMs',
      kind: 'integer',
      expect: MILLISECONDS(120_000),
    },
    INTAKE_MAX_CONNECTIONS: {
      field: 'maxConnections',
      kind: 'integer',
      expect: 'an integer between 1 and 100000',
    },
    INTAKE_CORS_ORIGINS: {
      field: 'corsOrigins',
      kind: 'list',
      expect: 'a comma-separated list of origins such as https://desk.example.org',
    },
    INTAKE_SHUTDOWN_GRACE_MS: {
      field: 'shutdownGraceMs',
      kind: 'integer',
      expect: 'an integer number of milliseconds between 0 and 120000',
    },
  },
  crossCheck(value): ConfigProblem[] {
    const parsed = parseApiKeyEntries(value.apiKeys);
    return parsed.ok ? [] : [{ variable: 'INTAKE_API_KEYS', message: parsed.problems.join('; ') }];
  },
});
