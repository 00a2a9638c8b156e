import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IntakeHttpError } from '../http/intake-http.error';
import type { IntakeRequest } from '../http/intake-request';
import { ApiKeyRegistry } from './api-key.registry';
import type { IntakeRole } from './intake-role';
import { presentedApiKey } from './presented-api-key';
import { ROLES_METADATA } from './roles.decorator';

const CHALLENGE = 'Bearer realm="salw-intake"';

/**
 * Authenticates the caller's API key and checks the route's `@Roles`. Runs before the body is read,
 * so an unauthenticated client cannot make the server parse anything. A route under this guard
 * without `@Roles` is refused: forgetting the decorator must not open a route.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ApiKeyRegistry) private readonly registry: ApiKeyRegistry,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<IntakeRequest>();
    const required = this.reflector.getAllAndOverride<IntakeRole[] | undefined>(ROLES_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);

    const presented = presentedApiKey(request.headers.authorization, request.headers['x-api-key']);
    if (presented.kind === 'none') {
      throw unauthenticated(
        'an API key is required: send "Authorization: Bearer <key>" or "X-API-Key: <key>"',
        CHALLENGE,
      );
    }
    if (presented.kind === 'invalid') {
      throw unauthenticated(presented.problem, `${CHALLENGE}, error="invalid_request"`);
    }
    const client = this.registry.authenticate(presented.key);
    if (!client) throw unauthenticated('the API key is not known', `${CHALLENGE}, error="invalid_token"`);
    request.apiClient = client;

    if (!required || required.length === 0) {
      throw new IntakeHttpError(403, 'FORBIDDEN', 'this route has no role assigned and is closed');
    }
    if (!required.some((role) => client.roles.includes(role))) {
      throw new IntakeHttpError(
        403,
        'FORBIDDEN',
        `the API key of "${client.name}" lacks the role ${required.join(' or ')}`,
      );
    }
    return true;
  }
}

function unauthenticated(message: string, challenge: string): IntakeHttpError {
  return new IntakeHttpError(401, 'UNAUTHENTICATED', message, [], { 'WWW-Authenticate': challenge });
}
