import { applyDecorators, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiSecurity, ApiTags } from '@nestjs/swagger';

/**
 * A registry REST controller at `path`: grouped under that tag in the OpenAPI document, which shows
 * the three ways in that `AuthModule` accepts (session cookie, API key, bearer token). The roles each
 * route needs are its own `@Roles(...)`.
 */
export function RegistryController(path: string): ClassDecorator {
  return applyDecorators(
    ApiTags(path),
    ApiCookieAuth(),
    ApiSecurity('api-key'),
    ApiBearerAuth(),
    Controller(path),
  );
}
