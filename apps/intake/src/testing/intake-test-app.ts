import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { createHash } from 'node:crypto';
import { IntakeAppModule } from '../app.module';
import { Clock } from '../clock';
import { INTAKE_CONFIG, type IntakeConfig } from '../config/intake.config';
import { hardenHttp } from '../http/harden-http';
import { DeclarationPublisher } from '../publishing/declaration-publisher';
import { DeclarationOwnership } from '../ownership/declaration-ownership';
import { FakeDeclarationPublisher } from './fake-declaration-publisher';
import { InMemoryDeclarationOwnership } from './in-memory-declaration-ownership';

export const SUBMITTER_KEY = 'submitter-key-for-tests';
export const METRICS_KEY = 'metrics-key-for-tests';
export const RECEIVED_AT = new Date('2026-11-29T10:00:00.000Z');

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface TestIntake {
  readonly app: INestApplication;
  readonly publisher: FakeDeclarationPublisher;
  readonly ownership: InMemoryDeclarationOwnership;
  /** The HTTP server, for supertest. */
  readonly server: Parameters<typeof import('supertest')>[0];
}

class FixedClock extends Clock {
  now(): Date {
    return RECEIVED_AT;
  }
}

/** The intake app as `main.ts` builds it (no body parser), with a fake publisher, a fixed clock and no log output. */
export async function createTestIntake(env: Record<string, string> = {}): Promise<TestIntake> {
  const publisher = new FakeDeclarationPublisher();
  const ownership = new InMemoryDeclarationOwnership();
  const moduleRef = await Test.createTestingModule({
    imports: [
      IntakeAppModule.forRoot({
        env: {
          INTAKE_API_KEYS: `clearance:submitter:${sha256Hex(SUBMITTER_KEY)},prometheus:metrics:${sha256Hex(METRICS_KEY)}`,
          LOG_LEVEL: 'silent',
          ...env,
        },
        publishing: {
          module: class FakePublishingModule {},
          global: true,
          providers: [{ provide: DeclarationPublisher, useValue: publisher }],
          exports: [DeclarationPublisher],
        },
        ownership: {
          module: class InMemoryOwnershipModule {},
          global: true,
          providers: [{ provide: DeclarationOwnership, useValue: ownership }],
          exports: [DeclarationOwnership],
        },
        clock: new FixedClock(),
      }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: false });
  hardenHttp(app, app.get<IntakeConfig>(INTAKE_CONFIG));
  await app.init();
  return { app, publisher, ownership, server: app.getHttpServer() };
}
