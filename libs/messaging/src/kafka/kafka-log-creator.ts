import { logLevel, type logCreator } from 'kafkajs';
import type { Level, Logger } from 'pino';

/** The kafkajs level that lets through what the pino logger would print, so kafkajs does no useless work. */
export function kafkaLogLevelFor(level: Level | 'silent' | string): logLevel {
  switch (level) {
    case 'silent':
      return logLevel.NOTHING;
    case 'fatal':
    case 'error':
      return logLevel.ERROR;
    case 'warn':
      return logLevel.WARN;
    case 'info':
      return logLevel.INFO;
    default:
      return logLevel.DEBUG;
  }
}

/**
 * Routes kafkajs log entries into pino as JSON, one record per entry, keeping kafkajs' structured
 * fields (broker, groupId, error, retry counts) and naming the kafkajs namespace (Producer, Consumer...).
 */
export function pinoLogCreator(logger: Logger): logCreator {
  const kafkaLogger = logger.child({ component: 'kafkajs' });
  return () =>
    ({ namespace, level, log }) => {
      // pino stamps its own time; kafkajs' `timestamp` would only duplicate it.
      const fields = Object.fromEntries(
        Object.entries(log).filter(([name]) => name !== 'message' && name !== 'timestamp'),
      );
      const record = { namespace, ...fields };
      const message = log.message;
      switch (level) {
        case logLevel.ERROR:
          kafkaLogger.error(record, message);
          break;
        case logLevel.WARN:
          kafkaLogger.warn(record, message);
          break;
        case logLevel.INFO:
          kafkaLogger.info(record, message);
          break;
        case logLevel.DEBUG:
          kafkaLogger.debug(record, message);
          break;
        default:
          break;
      }
    };
}
