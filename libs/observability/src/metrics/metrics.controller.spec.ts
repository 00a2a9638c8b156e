import {
  ForbiddenException,
  Injectable,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
  type INestApplication,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { createMetricsRegistry } from './metrics-registry';
import { METRICS_REGISTRY } from './metrics.constants';
import { metricsControllerGuardedBy } from './metrics.controller';

const SCRAPER_ROLE = 'test.scraper-role';

/** Lets a request through only when the controller carries the role metadata and the header names it. */
@Injectable()
class RoleHeaderGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}
  canActivate(context: ExecutionContext): boolean {
    const role = this.reflector.get<string | undefined>(SCRAPER_ROLE, context.getClass());
    const presented = context.switchToHttp().getRequest<{ headers: Record<string, string> }>().headers[
      'x-role'
    ];
    if (role === undefined || presented !== role) throw new ForbiddenException('not a scraper');
    return true;
  }
}

async function appWith(controller: ReturnType<typeof metricsControllerGuardedBy>): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    controllers: [controller],
    providers: [
      {
        provide: METRICS_REGISTRY,
        useValue: createMetricsRegistry({ service: 'test', defaultMetrics: false }),
      },
      RoleHeaderGuard,
    ],
  }).compile();
  return moduleRef.createNestApplication({ logger: false }).init();
}

describe('metricsControllerGuardedBy', () => {
  it("serves the registry under the app's guard, with the class decorators it was given", async () => {
    const nest = await appWith(
      metricsControllerGuardedBy(RoleHeaderGuard, SetMetadata(SCRAPER_ROLE, 'metrics')),
    );
    await request(nest.getHttpServer()).get('/metrics').expect(403);
    await request(nest.getHttpServer()).get('/metrics').set('x-role', 'submitter').expect(403);
    const response = await request(nest.getHttpServer()).get('/metrics').set('x-role', 'metrics').expect(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    await nest.close();
  });

  it('stays closed when the guard needs metadata the app forgot to give', async () => {
    const nest = await appWith(metricsControllerGuardedBy(RoleHeaderGuard));
    await request(nest.getHttpServer()).get('/metrics').set('x-role', 'metrics').expect(403);
    await nest.close();
  });
});
