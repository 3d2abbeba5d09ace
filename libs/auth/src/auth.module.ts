import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { authConfigFromEnv, type AuthConfig } from './auth.config';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RouteAccessCheck } from './route-access.check';
import { AUTH_CONFIG, TokenVerifier } from './token-verifier';

@Module({})
export class AuthModule {
  /**
   * JWT auth on every HTTP route of the app, deny by default (a route without `@Rollen` or `@Public` stops
   * the start); without `config` it reads the AUTH_* variables at boot.
   */
  static forRoot(config?: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: AUTH_CONFIG, useFactory: (): AuthConfig => config ?? authConfigFromEnv() },
        TokenVerifier,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        RouteAccessCheck,
      ],
      exports: [AUTH_CONFIG, TokenVerifier],
    };
  }
}
