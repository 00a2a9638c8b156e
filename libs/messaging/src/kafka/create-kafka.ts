import { readFileSync } from 'node:fs';
import type { KafkaConfig } from '@salw/config';
import { Kafka, type RetryOptions } from 'kafkajs';
import pino, { type Logger } from 'pino';
import { registerCompressionCodecs } from '../compression/register-compression-codecs';
import { buildKafkaClientOptions, DEFAULT_KAFKA_RETRY, type KafkaTlsMaterial } from './kafka-client-options';
import { kafkaLogLevelFor, pinoLogCreator } from './kafka-log-creator';

export interface CreateKafkaOptions {
  /** kafkajs logs go here as JSON; without it, warnings and errors go to stdout as JSON (never kafkajs' own text format). */
  readonly logger?: Logger;
  /** Overrides the client id from configuration, e.g. one per app (`salw-screener`). */
  readonly clientId?: string;
  readonly retry?: RetryOptions;
  /** Reads a TLS file; replaced in tests. */
  readonly readFile?: (path: string) => Buffer;
}

/** A kafkajs client for the configured cluster. TLS files are read once, here, so a rotation needs a restart. */
export function createKafka(config: KafkaConfig, options: CreateKafkaOptions = {}): Kafka {
  const readFile = options.readFile ?? ((path: string) => readFileSync(path));
  const tls: KafkaTlsMaterial = config.ssl
    ? {
        ca: config.sslCaFile ? readFile(config.sslCaFile) : undefined,
        cert: config.sslCertFile ? readFile(config.sslCertFile) : undefined,
        key: config.sslKeyFile ? readFile(config.sslKeyFile) : undefined,
      }
    : {};
  const effective = options.clientId ? { ...config, clientId: options.clientId } : config;
  const logger = options.logger ?? pino({ level: 'warn' });
  registerCompressionCodecs();
  return new Kafka({
    ...buildKafkaClientOptions(effective, tls, options.retry ?? DEFAULT_KAFKA_RETRY),
    logLevel: kafkaLogLevelFor(logger.level),
    logCreator: pinoLogCreator(logger),
  });
}
