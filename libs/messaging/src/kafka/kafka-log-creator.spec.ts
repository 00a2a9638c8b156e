import { logLevel } from 'kafkajs';
import pino from 'pino';
import { Writable } from 'node:stream';
import { kafkaLogLevelFor, pinoLogCreator } from './kafka-log-creator';

function memoryLogger(level = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

describe('pinoLogCreator', () => {
  it.each([
    [logLevel.ERROR, 50],
    [logLevel.WARN, 40],
    [logLevel.INFO, 30],
    [logLevel.DEBUG, 20],
  ])('writes kafkajs level %i as pino level %i with its fields as JSON', (kafkaLevel, pinoLevel) => {
    const { logger, lines } = memoryLogger();
    pinoLogCreator(logger)(logLevel.DEBUG)({
      namespace: 'Connection',
      level: kafkaLevel,
      label: 'X',
      log: { timestamp: '2026-11-29T10:00:00Z', message: 'Connection error', broker: '127.0.0.1:9092' },
    });
    expect(lines).toEqual([
      expect.objectContaining({
        level: pinoLevel,
        msg: 'Connection error',
        component: 'kafkajs',
        namespace: 'Connection',
        broker: '127.0.0.1:9092',
      }),
    ]);
    expect(lines[0]).not.toHaveProperty('timestamp');
  });
});

describe('kafkaLogLevelFor', () => {
  it.each([
    ['silent', logLevel.NOTHING],
    ['error', logLevel.ERROR],
    ['warn', logLevel.WARN],
    ['info', logLevel.INFO],
    ['debug', logLevel.DEBUG],
    ['trace', logLevel.DEBUG],
  ])('lets pino level %s through as kafkajs level %i', (level, expected) => {
    expect(kafkaLogLevelFor(level)).toBe(expected);
  });
});
