import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { PinoNestLogger } from '@salw/observability';
import { RegistryAppModule, type RegistryAppOptions } from './app.module';
import { IMPORT_CONTENT_TYPES } from './imports/imports.controller';

/**
 * The registry as one Nest HTTP application: REST routes, the OpenAPI document (`/api/docs`, JSON at
 * `/api/docs-json`), health and metrics. Watchlist files are accepted as text bodies up to the
 * configured size.
 */
export async function createRegistryApp(options: RegistryAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(RegistryAppModule.forRoot(options), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(PinoNestLogger));
  app.disable('x-powered-by');
  app.useBodyParser('text', { type: IMPORT_CONTENT_TYPES, limit: options.config.registry.importMaxBytes });
  app.useBodyParser('json', { limit: '20mb' });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('SALW registry')
      .setDescription(
        'Versioned watchlists and risk profiles: imports, diff, activation, rollback, audit, screeners',
      )
      .setVersion('1')
      .addCookieAuth('salw_session')
      .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key' }, 'api-key')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}
