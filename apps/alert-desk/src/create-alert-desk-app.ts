import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { topicNames, TOPICS } from '@salw/contracts';
import { KAFKA_CLIENT, TransactionalKafkaServer } from '@salw/messaging';
import { LOGGER, PinoNestLogger } from '@salw/observability';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { AlertDeskAppModule, type AlertDeskAppOptions } from './app.module';
import { consoleDirectory } from './console/console-directory';

interface HeaderResponse {
  setHeader(name: string, value: string): void;
}

/**
 * The alert desk as one Nest application: HTTP API, OpenAPI document (`/api/docs`, JSON at
 * `/api/docs-json`), the web console's static files, and the two Kafka consumers (alerts, and
 * declarations for the detail view), which start with `app.startAllMicroservices()`.
 */
export async function createAlertDeskApp(options: AlertDeskAppOptions): Promise<NestExpressApplication> {
  const { config } = options;
  const app = await NestFactory.create<NestExpressApplication>(AlertDeskAppModule.forRoot(options), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(PinoNestLogger));
  app.disable('x-powered-by');
  app.use((_request: unknown, response: HeaderResponse, next: () => void) => {
    // The console loads only its own files: no inline script, no framing (clickjacking), no referrer leaks.
    response.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  const web = consoleDirectory();
  if (web) app.useStaticAssets(web, { index: 'index.html' });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('SALW alert desk')
      .setDescription("The targeting officers' worklist: alerts, lifecycle, outcomes, live events")
      .setVersion('1')
      .addCookieAuth('salw_session')
      .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key' }, 'api-key')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);

  const logger = app.get<Logger>(LOGGER);
  const kafka = app.get<Kafka>(KAFKA_CLIENT);
  const topics = topicNames(config.kafka.topicPrefix);
  for (const [role, input] of [
    ['alerts', topics.alerts],
    ['declarations', topics.declarations],
  ] as const) {
    app.connectMicroservice(
      {
        strategy: new TransactionalKafkaServer({
          kafka,
          pattern: TOPICS[role],
          consumer: {
            groupId: `${config.alertDesk.groupId}.${role}`,
            inputTopic: input,
            dlqTopic: topics.declarationsDlq,
            transactionalIdPrefix: `${config.alertDesk.transactionalIdPrefix}.${role}`,
            partitionsConsumedConcurrently: 3,
          },
          logger,
        }),
      },
      { inheritAppConfig: true },
    );
  }
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}
