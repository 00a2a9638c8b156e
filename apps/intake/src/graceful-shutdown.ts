import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { Logger } from 'pino';

export interface GracefulShutdownOptions {
  readonly graceMs: number;
  readonly logger: Logger;
  readonly exit: (code: number) => void;
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let requests in flight finish (their sends are
 * awaited, so this is what flushes the producer), then close the app, which disconnects the producer.
 * Nest's own shutdown hooks would disconnect the producer before closing the HTTP server and fail
 * the requests in flight, hence this order by hand. After `graceMs` the remaining connections are cut.
 */
export function closeGracefullyOnSignals(app: INestApplication, options: GracefulShutdownOptions): void {
  let closing = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    const { logger, graceMs } = options;
    logger.info({ signal, graceMs }, 'shutting down: refusing new connections, finishing requests in flight');
    const server = app.getHttpServer() as Server;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // A keep-alive connection becomes idle when its request ends; close it then rather than at the deadline.
    const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      logger.warn('grace period over: closing the connections still open');
      server.closeAllConnections();
    }, graceMs);
    try {
      await closed;
      clearInterval(idleSweep);
      clearTimeout(deadline);
      await app.close();
      logger.info('stopped');
      options.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      options.exit(1);
    }
  };
  process.once('SIGTERM', (signal) => void shutdown(signal));
  process.once('SIGINT', (signal) => void shutdown(signal));
}
