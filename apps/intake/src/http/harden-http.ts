import type { INestApplication } from '@nestjs/common';
import helmet from 'helmet';
import type { Server } from 'node:http';
import type { IntakeConfig } from '../config/intake.config';

/**
 * The HTTP server's own limits and headers: a slow client cannot hold a socket for ever (header,
 * request and keep-alive timeouts), a flood of connections is capped, every answer carries the usual
 * security headers, and browsers get CORS only for the configured origins (none by default).
 */
export function hardenHttp(app: INestApplication, config: IntakeConfig): void {
  const express = app.getHttpAdapter().getInstance() as { disable(setting: string): void };
  express.disable('x-powered-by');
  app.use(helmet());
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, methods: ['GET', 'POST'] });
  const server = app.getHttpServer() as Server;
  server.headersTimeout = config.headersTimeoutMs;
  server.requestTimeout = config.requestTimeoutMs;
  server.keepAliveTimeout = config.keepAliveTimeoutMs;
  server.maxConnections = config.maxConnections;
}
