import { Module, type DynamicModule, type InjectionToken, type ModuleMetadata } from '@nestjs/common';
import type { Logger } from 'pino';
import { createLogger, type LoggerOptions } from './create-logger';
import { LOGGER } from './logging.constants';
import { PinoNestLogger } from './pino-nest.logger';

export interface LoggingModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  readonly inject?: InjectionToken[];
  readonly useFactory: (...args: never[]) => LoggerOptions;
}

/**
 * Provides the pino logger (`LOGGER`) and a `PinoNestLogger` for `app.useLogger(...)`, globally.
 * Bootstrap with `{ bufferLogs: true }` so Nest's first lines are JSON too.
 */
@Module({})
export class LoggingModule {
  static forRoot(options: LoggerOptions): DynamicModule {
    return LoggingModule.forRootAsync({ useFactory: () => options });
  }

  static forRootAsync(options: LoggingModuleAsyncOptions): DynamicModule {
    return {
      module: LoggingModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: LOGGER,
          useFactory: (...args: never[]) => createLogger(options.useFactory(...args)),
          inject: options.inject ?? [],
        },
        {
          provide: PinoNestLogger,
          useFactory: (logger: Logger) => new PinoNestLogger(logger),
          inject: [LOGGER],
        },
      ],
      exports: [LOGGER, PinoNestLogger],
    };
  }
}
