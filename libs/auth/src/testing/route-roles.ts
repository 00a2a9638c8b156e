import { ForbiddenException, type ExecutionContext, type Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedRequest } from '../nest/authenticated-request';
import { AuthGuard } from '../nest/auth.guard';
import type { RequestAuthenticator } from '../nest/request-authenticator';
import { ROLES, type Role } from '../roles/role';

/** One route of an app's access policy: the controller, the handler's name, the roles it admits. */
export type RouteRoles = readonly [controller: Type<unknown>, method: string, admitted: readonly Role[]];

/** An authenticator that finds a caller of `role`, or no caller at all. */
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

/** The names of a controller's route handlers (the methods Nest maps to a path). */
export function routeHandlersOf(controller: Type<unknown>): string[] {
  return Object.getOwnPropertyNames(controller.prototype).filter(
    (name) =>
      name !== 'constructor' &&
      Reflect.getMetadata('path', (controller.prototype as never)[name]) !== undefined,
  );
}

/**
 * One test a route and role, in the spec that calls it: the `AuthGuard` admits exactly the roles
 * listed, refuses every other role with 403, and an anonymous caller with 401.
 */
export function itAdmitsExactlyTheRolesListed(policy: readonly RouteRoles[]): void {
  for (const [controller, method, admitted] of policy) {
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
}
