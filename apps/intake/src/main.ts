import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@salw/config';
import { describeKafkaStartupError } from '@salw/messaging';
import { createLogger, LOGGER, PinoNestLogger } from '@salw/observability';
import type { Logger } from 'pino';
import { IntakeAppModule } from './app.module';
import { INTAKE_CONFIG_SECTIONS } from './config/intake-config-sections';
import { closeGracefullyOnSignals } from './graceful-shutdown';
import { hardenHttp } from './http/harden-http';

async function bootstrap(): Promise<void> {
  // Validated before anything connects, so a bad environment ends in one readable message.
  let config;
  try {
    config = loadConfig(INTAKE_CONFIG_SECTIONS);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`salw-intake: ${error.message}\n`);
    process.exit(1);
  }

  const bootLogger = createLogger({ service: 'intake', level: config.log.level });
  let logger: Logger = bootLogger;
  try {
    // No body parser: the declaration routes read the raw stream themselves (size limit, original bytes).
    const app = await NestFactory.create(IntakeAppModule.forRoot(), {
      bufferLogs: true,
      bodyParser: false,
      abortOnError: false,
    });
    app.useLogger(app.get(PinoNestLogger));
    hardenHttp(app, config.intake);
    logger = app.get<Logger>(LOGGER);
    closeGracefullyOnSignals(app, {
      graceMs: config.intake.shutdownGraceMs,
      logger,
      exit: (code) => process.exit(code),
    });
    await app.listen(config.http.port, config.http.host);
    const topicPrefix = config.kafka.topicPrefix;
    logger.info(
      { host: config.http.host, port: config.http.port, brokers: config.kafka.brokers, topicPrefix },
      'intake listening',
    );
  } catch (error) {
    // A refused login or a missing ACL is a settings problem: one line naming it, not a stack trace.
    const kafkaProblem = describeKafkaStartupError(error, config.kafka);
    if (kafkaProblem) {
      process.stderr.write(`salw-intake: ${kafkaProblem}\n`);
      process.exit(1);
    }
    logger.fatal(
      { err: error },
      `intake failed to start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}

void bootstrap();
