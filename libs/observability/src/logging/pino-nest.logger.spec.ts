import { Writable } from 'node:stream';
import { createLogger } from './create-logger';
import { PinoNestLogger } from './pino-nest.logger';

function nestLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const logger = createLogger({ service: 'intake', level: 'trace', destination });
  return { lines, nest: new PinoNestLogger(logger), logger };
}

describe('PinoNestLogger', () => {
  it('writes Nest log lines as JSON with their context', () => {
    const { lines, nest } = nestLogger();
    nest.log('Mapped {/health/ready, GET} route', 'RouterExplorer');
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'Mapped {/health/ready, GET} route',
      context: 'RouterExplorer',
    });
  });

  it('keeps the stack and context of a Nest error', () => {
    const { lines, nest } = nestLogger();
    const stack = 'Error: down\n    at Object.<anonymous> (/app/main.js:1:1)';
    nest.error('Redis is down', stack, 'HealthCheckService');
    expect(lines[0]).toMatchObject({
      level: 'error',
      msg: 'Redis is down',
      stack,
      context: 'HealthCheckService',
    });
  });

  it('logs an Error object with its stack', () => {
    const { lines, nest } = nestLogger();
    nest.error(new Error('bad'), 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({
      msg: 'bad',
      context: 'ExceptionsHandler',
      err: expect.objectContaining({ message: 'bad' }),
    });
  });

  it.each([
    ['warn', 'warn'],
    ['debug', 'debug'],
    ['verbose', 'trace'],
    ['fatal', 'fatal'],
  ] as const)('maps Nest %s to pino %s', (method, level) => {
    const { lines, nest } = nestLogger();
    nest[method]('x');
    expect(lines[0]?.level).toBe(level);
  });

  it('follows Nest log level lists onto the pino threshold', () => {
    const { nest, logger } = nestLogger();
    nest.setLogLevels(['error', 'warn', 'log']);
    expect(logger.level).toBe('info');
    nest.setLogLevels([]);
    expect(logger.level).toBe('silent');
  });
});
