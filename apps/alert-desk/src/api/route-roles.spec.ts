import { ForbiddenException, type ExecutionContext, type Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthController, AuthGuard, ROLES, type AuthenticatedRequest, type Role } from '@salw/auth';
import type { RequestAuthenticator } from '@salw/auth';
import { EventsController } from '../live/events.controller';
import { AlertsController } from './alerts.controller';
import { PerformanceController } from './performance.controller';

/** Which roles each route admits: the whole access policy of the desk in one table. */
const READ: Role[] = ['officer', 'supervisor', 'analyst', 'admin'];
const WORK: Role[] = ['officer', 'supervisor'];
const EXPECTED: [Type<unknown>, string, Role[]][] = [
  [AlertsController, 'list', READ],
  [AlertsController, 'detail', READ],
  [AlertsController, 'claim', WORK],
  [AlertsController, 'examine', WORK],
  [AlertsController, 'note', WORK],
  [AlertsController, 'close', WORK],
  [AlertsController, 'release', WORK],
  [AlertsController, 'assign', ['supervisor']],
  [AlertsController, 'reopen', ['supervisor']],
  [EventsController, 'stream', READ],
  [PerformanceController, 'performance', ['analyst', 'supervisor', 'admin']],
  [AuthController, 'postSignOut', READ],
  [AuthController, 'me', READ],
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

describe('every route of the desk admits exactly the roles it should', () => {
  it('covers every route handler of the desk controllers', () => {
    for (const controller of [AlertsController, EventsController, PerformanceController]) {
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
