import { ConfigError, loadConfig } from '@salw/config';
import { intakeConfig } from './intake.config';

const KEYS = `clearance:submitter:${'a'.repeat(64)}`;

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig([intakeConfig], env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('intake configuration', () => {
  it('fills the documented defaults', () => {
    expect(loadConfig([intakeConfig], { INTAKE_API_KEYS: KEYS }).intake).toEqual({
      apiKeys: [KEYS],
      maxBodyBytes: 1024 * 1024,
      maxBatchLines: 10_000,
      maxBatchBodyBytes: 64 * 1024 * 1024,
      produceChunkSize: 500,
      publishTimeoutMs: 10_000,
      shutdownGraceMs: 10_000,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 120_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 512,
      corsOrigins: [],
    });
  });

  it('requires INTAKE_API_KEYS', () => {
    expect(problemsOf({})).toMatch(/INTAKE_API_KEYS: is required \(not set\)/);
  });

  it('explains a malformed key entry without printing the hashes', () => {
    const message = problemsOf({ INTAKE_API_KEYS: `${KEYS},ops:root:${'b'.repeat(64)}` });
    expect(message).toMatch(/INTAKE_API_KEYS: entry 2 \(ops\): role "root" is not one of submitter, metrics/);
    expect(message).not.toContain('a'.repeat(64));
  });

  it("refuses a body limit above the contract's 1 MiB", () => {
    expect(problemsOf({ INTAKE_API_KEYS: KEYS, INTAKE_MAX_BODY_BYTES: '2000000' })).toMatch(
      /INTAKE_MAX_BODY_BYTES: must be an integer number of bytes between 1024 and 1048576/,
    );
  });
});
