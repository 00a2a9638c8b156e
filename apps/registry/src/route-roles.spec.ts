import { ForbiddenException, type ExecutionContext, type Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  AuthGuard,
  ROLES,
  type AuthenticatedRequest,
  type RequestAuthenticator,
  type Role,
} from '@salw/auth';
import { REGISTRY_CONTROLLERS } from './app.module';
import { AuditController } from './audit/audit.controller';
import { BacktestsController } from './backtest/backtests.controller';
import { ExemptionsController } from './exemptions/exemptions.controller';
import { ImportsController } from './imports/imports.controller';
import { ListsController } from './lists/lists.controller';
import { ProfilesController } from './profiles/profiles.controller';
import { RetroScreeningsController } from './retro/retro-screenings.controller';
import { ScreenersController } from './screeners/screeners.controller';

/** Which roles each route admits: the registry's whole access policy in one table. */
const READ: Role[] = ['analyst', 'admin'];
const CHANGE: Role[] = ['admin'];
const EXPECTED: [Type<unknown>, string, Role[]][] = [
  [ListsController, 'all', READ],
  [ListsController, 'versions', READ],
  [ListsController, 'diff', READ],
  [ListsController, 'activate', CHANGE],
  [ListsController, 'rollback', CHANGE],
  [ImportsController, 'import', CHANGE],
  [ProfilesController, 'all', READ],
  [ProfilesController, 'diff', READ],
  [ProfilesController, 'validate', READ],
  [ProfilesController, 'publish', CHANGE],
  [ProfilesController, 'activate', CHANGE],
  [ProfilesController, 'rollback', CHANGE],
  [AuditController, 'recent', READ],
  [ScreenersController, 'running', READ],
  [BacktestsController, 'run', READ],
  [RetroScreeningsController, 'run', CHANGE],
  [ExemptionsController, 'list', READ],
  [ExemptionsController, 'one', READ],
  [ExemptionsController, 'create', CHANGE],
  [ExemptionsController, 'revoke', CHANGE],
];

function authenticatorAs(role: Role | undefined): RequestAuthenticator {
  return {
    authenticate: async () =>
      role
        ? {
            kind: 'authenticated',
            principal: { subject: `someone-${role}`, roles: [role], method: 'session' },
          }
        : { kind: 'anonymous' },
  } as unknown as RequestAuthenticator;
}

function contextFor(controller: Type<unknown>, method: string): ExecutionContext {
  const request: AuthenticatedRequest = { method: 'GET', headers: {} };
  return {
    getType: () => 'http',
    getClass: () => controller,
    getHandler: () => (controller.prototype as Record<string, unknown>)[method],
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

const BASE_CONTROLLERS = [
  ListsController,
  ImportsController,
  ProfilesController,
  AuditController,
  ScreenersController,
  BacktestsController,
  RetroScreeningsController,
  ExemptionsController,
];

describe('every route of the registry admits exactly the roles it should', () => {
  it('covers every route handler of the registry controllers', () => {
    for (const controller of BASE_CONTROLLERS) {
      expect(REGISTRY_CONTROLLERS).toContain(controller);
      const methods = Object.getOwnPropertyNames(controller.prototype).filter(
        (name) =>
          name !== 'constructor' &&
          Reflect.getMetadata('path', (controller.prototype as never)[name]) !== undefined,
      );
      const listed = EXPECTED.filter(([c]) => c === controller).map(([, m]) => m);
      expect(methods.sort()).toEqual(listed.sort());
    }
  });

  for (const [controller, method, admitted] of EXPECTED) {
    for (const role of ROLES) {
      const allowed = admitted.includes(role);
      it(`${controller.name}.${method}: ${role} is ${allowed ? 'admitted' : 'refused with 403'}`, async () => {
        const guard = new AuthGuard(new Reflector(), authenticatorAs(role), { redis: 'x', keyPrefix: '' });
        const decision = guard.canActivate(contextFor(controller, method));
        if (allowed) await expect(decision).resolves.toBe(true);
        else await expect(decision).rejects.toBeInstanceOf(ForbiddenException);
      });
    }
    it(`${controller.name}.${method}: an anonymous caller is refused with 401`, async () => {
      const guard = new AuthGuard(new Reflector(), authenticatorAs(undefined), { redis: 'x', keyPrefix: '' });
      await expect(guard.canActivate(contextFor(controller, method))).rejects.toMatchObject({ status: 401 });
    });
  }
});
