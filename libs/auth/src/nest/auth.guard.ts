import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '../roles/role';
import { AUTH_OPTIONS, PUBLIC_KEY, ROLES_KEY } from './auth.constants';
import type { AuthModuleOptions } from './auth-module-options';
import type { AuthenticatedRequest } from './authenticated-request';
import { RequestAuthenticator } from './request-authenticator';

/**
 * Installed as the app-wide guard, so a route is closed unless it says otherwise: `@Public()` opens
 * it, `@Roles(...)` admits the roles named, and a route with neither admits nobody. Controllers the
 * app lists as exempt (health probes, the token-guarded /metrics) keep their own access rules.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(RequestAuthenticator) private readonly authenticator: RequestAuthenticator,
    @Inject(AUTH_OPTIONS) private readonly options: AuthModuleOptions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const controller = context.getClass();
    if ((this.options.exempt ?? []).includes(controller)) return true;
    const targets = [context.getHandler(), controller];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const result = await this.authenticator.authenticate(request);
    if (result.kind === 'anonymous')
      throw new UnauthorizedException('sign in or present a bearer token or API key');
    if (result.kind === 'rejected') {
      throw result.status === 401
        ? new UnauthorizedException(result.message)
        : new ForbiddenException(result.message);
    }
    request.principal = result.principal;
    request.session = result.session;
    const admitted = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (!result.principal.roles.some((role) => admitted.includes(role))) {
      throw new ForbiddenException(
        admitted.length === 0
          ? 'this route admits no role'
          : `requires one of the roles ${admitted.join(', ')}`,
      );
    }
    return true;
  }
}
