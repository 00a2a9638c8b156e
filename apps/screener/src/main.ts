import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@salw/config';
import { TOPICS, topicNames } from '@salw/contracts';
import {
  assertKafkajsPatched,
  assertTopicsExist,
  describeKafkaStartupError,
  KAFKA_CLIENT,
  KafkajsUnpatchedError,
  TransactionalKafkaServer,
} from '@salw/messaging';
import { createLogger, LOGGER, PinoNestLogger } from '@salw/observability';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { ScreenerAppModule } from './app.module';
import { SCREENER_CONFIG_SECTIONS } from './config/screener-config-sections';
import type { ScreenerBatchReport } from './screening/screener-batch.report';
import { ScreenerEvents } from './screening/screener-events';
import { SnapshotHolder } from './snapshot/snapshot-holder';
import { ExemptionsHolder } from './exemptions/exemptions-holder';

async function bootstrap(): Promise<void> {
  // Exactly-once reading of results depends on the project's kafkajs fix; without it, refuse to run.
  try {
    assertKafkajsPatched();
  } catch (error) {
    if (!(error instanceof KafkajsUnpatchedError)) throw error;
    process.stderr.write(`salw-screener: ${error.message}\n`);
    process.exit(1);
  }
  let config;
  try {
    config = loadConfig(SCREENER_CONFIG_SECTIONS);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`salw-screener: ${error.message}\n`);
    process.exit(1);
  }
  let logger: Logger = createLogger({ service: 'screener', level: config.log.level });
  try {
    const app = await NestFactory.create(ScreenerAppModule.forRoot({ config }), {
      bufferLogs: true,
      abortOnError: false,
    });
    app.useLogger(app.get(PinoNestLogger));
    app.getHttpAdapter().getInstance().disable('x-powered-by');
    // SIGTERM/SIGINT close the app: the consumer finishes the batch in flight, commits, leaves the group.
    app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
    logger = app.get<Logger>(LOGGER);
    const topics = topicNames(config.kafka.topicPrefix);
    const kafka = app.get<Kafka>(KAFKA_CLIENT);
    const admin = kafka.admin();
    await admin.connect();
    try {
      await assertTopicsExist(admin, [
        topics.declarations,
        topics.declarationsDlq,
        topics.screeningResults,
        topics.alerts,
      ]);
    } finally {
      await admin.disconnect();
    }
    app.connectMicroservice(
      {
        strategy: new TransactionalKafkaServer<ScreenerBatchReport>({
          kafka,
          pattern: TOPICS.declarations,
          consumer: {
            groupId: config.screener.groupId,
            inputTopic: topics.declarations,
            dlqTopic: topics.declarationsDlq,
            transactionalIdPrefix: config.screener.transactionalIdPrefix,
            partitionsConsumedConcurrently: config.screener.partitionsConcurrently,
          },
          logger,
          events: app.get(ScreenerEvents),
        }),
      },
      { inheritAppConfig: true },
    );
    // Health and metrics first, so probes see "not ready" while there is nothing to screen with;
    // consumption starts once a snapshot (profile + lists) is loaded.
    await app.listen(config.http.port, config.http.host);
    const holder = app.get(SnapshotHolder);
    const waiting = setInterval(
      () => logger.warn('waiting for an active snapshot before consuming (seed one: npm run -s seed)'),
      30_000,
    );
    await holder.loaded;
    await app.get(ExemptionsHolder).loaded;
    clearInterval(waiting);
    await app.startAllMicroservices();
    logger.info(
      {
        host: config.http.host,
        port: config.http.port,
        input: topics.declarations,
        group: config.screener.groupId,
        mode: config.screener.mode,
      },
      'screener running',
    );
  } catch (error) {
    // A refused login or a missing ACL is a settings problem: one line naming it, not a stack trace.
    const kafkaProblem = describeKafkaStartupError(error, config.kafka);
    if (kafkaProblem) {
      process.stderr.write(`salw-screener: ${kafkaProblem}\n`);
      process.exit(1);
    }
    logger.fatal(
      { err: error },
      `screener failed to start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}

void bootstrap();
