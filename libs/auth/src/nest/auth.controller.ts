import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Inject,
  Post,
  Req,
  Res,
  UnauthorizedException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { configToken } from '@salw/config';
import type { AuthConfig } from '../config/auth.config';
import type { Principal } from '../roles/principal';
import { ROLES } from '../roles/role';
import { SignInService } from '../session/sign-in.service';
import type { AuthenticatedRequest } from './authenticated-request';
import { CurrentPrincipal } from './current-principal.decorator';
import { Public } from './public.decorator';
import { readCookie } from './read-cookie';
import { Roles } from './roles.decorator';
import { sessionCookie, sessionCookieName } from './session-cookie';

interface CookieResponse {
  setHeader(name: string, value: string): void;
}

/** Console sign-in and sign-out with a session cookie; `me` tells the console who it is and its CSRF token. */
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(SignInService) private readonly signIn: SignInService,
    @Inject(configToken('auth')) private readonly config: AuthConfig,
  ) {}

  @Public()
  @Post('sign-in')
  @HttpCode(200)
  async postSignIn(
    @Req() request: AuthenticatedRequest,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: CookieResponse,
  ): Promise<{ username: string; roles: readonly string[]; csrfToken: string }> {
    // JSON only: a cross-site form cannot send it without a CORS preflight, which this app never grants.
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new UnsupportedMediaTypeException('sign-in takes application/json');
    }
    const { username, password } = (body ?? {}) as { username?: unknown; password?: unknown };
    if (
      typeof username !== 'string' ||
      typeof password !== 'string' ||
      username.length > 64 ||
      password.length > 1024
    ) {
      throw new BadRequestException('body must be {"username": string, "password": string}');
    }
    const result = await this.signIn.signIn(username, password, request.ip ?? 'unknown');
    if (result.kind === 'rate-limited') {
      throw new HttpException('too many failed sign-ins; try again later', HttpStatus.TOO_MANY_REQUESTS);
    }
    if (result.kind === 'invalid') throw new UnauthorizedException('wrong user name or password');
    response.setHeader(
      'Set-Cookie',
      sessionCookie(this.config.cookieSecure, result.sessionId, this.config.sessionTtlMinutes * 60),
    );
    return {
      username: result.session.username,
      roles: result.session.roles,
      csrfToken: result.session.csrfToken,
    };
  }

  @Roles(...ROLES)
  @Post('sign-out')
  @HttpCode(204)
  async postSignOut(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: CookieResponse,
  ): Promise<void> {
    const id = readCookie(request.headers['cookie'], sessionCookieName(this.config.cookieSecure));
    if (id !== undefined) await this.signIn.signOut(id);
    response.setHeader('Set-Cookie', sessionCookie(this.config.cookieSecure, '', 0));
  }

  @Roles(...ROLES)
  @Get('me')
  me(
    @CurrentPrincipal() principal: Principal,
    @Req() request: AuthenticatedRequest,
  ): { subject: string; roles: readonly string[]; csrfToken?: string } {
    return { subject: principal.subject, roles: principal.roles, csrfToken: request.session?.csrfToken };
  }
}
