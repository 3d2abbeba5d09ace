export { authConfigFromEnv, type AuthConfig } from './auth.config';
export {
  HuidigeGebruiker,
  Public,
  PUBLIC_METADATA,
  Rollen,
  ROLLEN_METADATA,
  type VerzoekMetGebruiker,
} from './auth.decorators';
export { AuthModule } from './auth.module';
export { DEV_ISSUER, mintDevToken, MIN_SECRET_LENGTE, type DevTokenClaims } from './dev-token';
export { gebruikerUitClaims, type Gebruiker } from './gebruiker';
export { JwtAuthGuard } from './jwt-auth.guard';
export { assertZelfdeRegio } from './regio';
export { RouteAccessCheck, RouteZonderToegang } from './route-access.check';
export { BEHANDELROLLEN, isRegioCode, isRol, REGIO_CODES, ROLLEN, type RegioCode, type Rol } from './rollen';
export { AUTH_CONFIG, VerificationKeysUnavailable, TokenAfgewezen, TokenVerifier } from './token-verifier';
