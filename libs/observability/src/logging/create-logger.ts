import pino, { type DestinationStream, type Logger } from 'pino';
import { REDACT_PATHS, REDACTED } from './redact-paths';

export type LogLevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface LoggerOptions {
  /** Which app wrote the line (`screener`, `intake`...), on every record. */
  readonly service: string;
  readonly level?: LogLevelName;
  /** Where lines go; stdout when absent (containers collect stdout). */
  readonly destination?: DestinationStream;
}

/**
 * One JSON object per line: `level` as a word, ISO `time`, `service`, `msg`, secrets redacted.
 * Errors passed as `err` keep their type, message and stack.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...REDACT_PATHS], censor: REDACTED },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    },
    options.destination,
  );
}
