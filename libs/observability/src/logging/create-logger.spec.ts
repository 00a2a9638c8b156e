import { Writable } from 'node:stream';
import { createLogger } from './create-logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, destination };
}

describe('createLogger', () => {
  it('writes one JSON object per line with service, level word, ISO time and message', () => {
    const { lines, destination } = capture();
    createLogger({ service: 'screener', destination }).info({ batch: 3 }, 'batch screened');
    expect(lines[0]).toMatchObject({ service: 'screener', level: 'info', batch: 3, msg: 'batch screened' });
    expect(String(lines[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('honours the level', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ service: 's', level: 'warn', destination });
    logger.info('hidden');
    logger.warn('shown');
    expect(lines.map((l) => l.msg)).toEqual(['shown']);
  });

  it.each([
    ['an authorization header', { req: { headers: { authorization: 'Bearer abc.def' } } }, 'Bearer abc.def'],
    ['an API key header', { req: { headers: { 'x-api-key': 'k-123' } } }, 'k-123'],
    ['a password field', { password: 'hunter2' }, 'hunter2'],
    ['a nested SASL password', { kafka: { saslPassword: 'p4ss' } }, 'p4ss'],
    ['an api key two levels down', { config: { client: { apiKey: 'AKIA-1' } } }, 'AKIA-1'],
    ['a secret', { vault: { secret: 's3' } }, 's3'],
  ])('redacts %s', (_case, fields, secret) => {
    const { lines, destination } = capture();
    createLogger({ service: 's', destination }).info(fields, 'with secret');
    const line = JSON.stringify(lines[0]);
    expect(line).not.toContain(secret);
    expect(line).toContain('[REDACTED]');
  });

  it('logs errors with type, message and stack', () => {
    const { lines, destination } = capture();
    createLogger({ service: 's', destination }).error({ err: new TypeError('boom') }, 'failed');
    expect(lines[0]?.err).toMatchObject({
      type: 'TypeError',
      message: 'boom',
      stack: expect.stringContaining('TypeError: boom'),
    });
  });
});
