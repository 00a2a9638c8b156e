import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { configToken } from '@salw/config';
import type { Cluster, Redis } from 'ioredis';
import { RedisLocalAccountStore } from '../accounts/redis-local-account.store';
import { ApiKeyRegistry } from '../api-key/api-key.registry';
import type { AuthConfig } from '../config/auth.config';
import { JwtVerifier } from '../jwt/jwt-verifier';
import { PasswordHasher } from '../password/password-hasher';
import { RedisAttemptLimiter } from '../rate-limit/redis-attempt.limiter';
import { RedisSessionStore } from '../session/redis-session.store';
import { SignInService } from '../session/sign-in.service';
import { AUTH_OPTIONS } from './auth.constants';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import type { AuthModuleOptions } from './auth-module-options';
import { RequestAuthenticator } from './request-authenticator';
import { sessionCookieName } from './session-cookie';

/**
 * Authentication and roles for an app: the app-wide guard, the sign-in routes (`/auth/*`).
 * Needs `ConfigModule.forRoot([authConfig, ...])` and the app's Redis client under `options.redis`.
 */
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    const AUTH = configToken('auth');
    return {
      module: AuthModule,
      controllers: [AuthController],
      providers: [
        { provide: AUTH_OPTIONS, useValue: options },
        {
          provide: RequestAuthenticator,
          useFactory: (config: AuthConfig, redis: Redis | Cluster) => {
            const parsed = ApiKeyRegistry.parse(config.apiKeys);
            if (!parsed.registry) throw new Error(`AUTH_API_KEYS: ${parsed.problems.join('; ')}`);
            const jwt =
              config.jwtIssuer !== undefined &&
              config.jwtAudience !== undefined &&
              (config.jwtHs256Secret !== undefined || config.jwtJwksUrl !== undefined)
                ? new JwtVerifier({
                    issuer: config.jwtIssuer,
                    audience: config.jwtAudience,
                    hs256Secret: config.jwtHs256Secret,
                    jwksUrl: config.jwtJwksUrl,
                  })
                : undefined;
            return new RequestAuthenticator(
              jwt,
              parsed.registry,
              new RedisSessionStore(redis, options.keyPrefix),
              sessionCookieName(config.cookieSecure),
            );
          },
          inject: [AUTH, options.redis],
        },
        {
          provide: SignInService,
          useFactory: (config: AuthConfig, redis: Redis | Cluster) =>
            new SignInService(
              new RedisLocalAccountStore(redis, options.keyPrefix),
              new RedisSessionStore(redis, options.keyPrefix),
              new PasswordHasher(),
              new RedisAttemptLimiter(
                redis,
                options.keyPrefix,
                config.signInMaxAttempts,
                config.signInWindowSeconds,
              ),
              config.sessionTtlMinutes * 60,
            ),
          inject: [AUTH, options.redis],
        },
        AuthGuard,
        { provide: APP_GUARD, useExisting: AuthGuard },
      ],
      exports: [RequestAuthenticator],
    };
  }
}
