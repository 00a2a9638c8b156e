import type { LoggerService, LogLevel } from '@nestjs/common';
import type { Logger } from 'pino';

type PinoMethod = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

const STACK_TRACE = /\n\s+at .+/;

/**
 * Nest's own logs (bootstrap, routes, exceptions) as pino JSON. Nest calls
 * `log(message, ...params, context)` and `error(message, stack?, context?)`: the trailing string is
 * the context (class name), a string that looks like a stack trace is the stack.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest's level list maps onto pino's single threshold: the most verbose level asked for wins. */
  setLogLevels(levels: LogLevel[]): void {
    const order: [LogLevel, string][] = [
      ['verbose', 'trace'],
      ['debug', 'debug'],
      ['log', 'info'],
      ['warn', 'warn'],
      ['error', 'error'],
      ['fatal', 'fatal'],
    ];
    const chosen = order.find(([nestLevel]) => levels.includes(nestLevel));
    this.logger.level = chosen ? chosen[1] : 'silent';
  }

  private write(level: PinoMethod, message: unknown, params: unknown[]): void {
    const rest = [...params];
    const fields: Record<string, unknown> = {};
    const last = rest[rest.length - 1];
    if (typeof last === 'string' && !STACK_TRACE.test(last)) {
      fields.context = last;
      rest.pop();
    }
    if (typeof rest[0] === 'string' && STACK_TRACE.test(rest[0])) {
      fields.stack = rest.shift();
    }
    if (rest.length > 0) fields.details = rest;

    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ ...fields, ...(message as Record<string, unknown>) });
    } else {
      this.logger[level](fields, String(message));
    }
  }
}
