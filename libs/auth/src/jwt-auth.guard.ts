import {
  ForbiddenException,
  Injectable,
  Logger,
  ServiceUnavailableException,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_METADATA, ROLLEN_METADATA, type VerzoekMetGebruiker } from './auth.decorators';
import type { Gebruiker } from './gebruiker';
import type { Rol } from './rollen';
import { VerificationKeysUnavailable, TokenAfgewezen, TokenVerifier } from './token-verifier';

const REALM = 'Bearer realm="veilig-thuis"';

/**
 * Every HTTP route needs a valid bearer token unless it is @Public(), and one of the roles its @Rollen()
 * names; a route that declares neither is refused (deny by default; `RouteAccessCheck` stops the start).
 * Other contexts (NATS) pass: their connection is authenticated, and they carry no bearer token.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  // Nest's logger, so it lands in the app's pino logger without tying this lib to one.
  private readonly log = new Logger('auth');

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const doelen = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_METADATA, doelen)) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<VerzoekMetGebruiker>();
    const gebruiker = await this.authenticeer(request, http.getResponse());
    request.gebruiker = gebruiker;

    const nodig = this.reflector.getAllAndOverride<Rol[] | undefined>(ROLLEN_METADATA, doelen);
    if (!nodig?.length) throw new ForbiddenException('route zonder rollen');
    if (!nodig.some((rol) => gebruiker.rollen.includes(rol))) {
      throw new ForbiddenException(`vereist een van de rollen: ${nodig.join(', ')}`);
    }
    return true;
  }

  private async authenticeer(request: VerzoekMetGebruiker, response: unknown): Promise<Gebruiker> {
    const kop = request.headers.authorization;
    if (kop === undefined || kop === '') {
      zetWwwAuthenticate(response, REALM);
      throw new UnauthorizedException('token ontbreekt');
    }
    const token = typeof kop === 'string' ? /^Bearer +(\S+)$/i.exec(kop)?.[1] : undefined;
    try {
      if (!token) throw new TokenAfgewezen('ongeldig');
      return await this.verifier.verifieer(token);
    } catch (err) {
      if (err instanceof TokenAfgewezen) {
        this.log.debug(`token refused: ${err.reden}`);
        zetWwwAuthenticate(response, `${REALM}, error="invalid_token"`);
        throw new UnauthorizedException(`token ${err.reden}`);
      }
      if (err instanceof VerificationKeysUnavailable) {
        this.log.warn(`identity provider keys (JWKS) not available: ${err.oorzaak}`);
        throw new ServiceUnavailableException('sleutels van de identity provider niet bereikbaar');
      }
      throw err;
    }
  }
}

/** RFC 6750 §3: a 401 for a bearer token says which scheme and why. */
function zetWwwAuthenticate(response: unknown, waarde: string): void {
  const r = response as {
    header?: (k: string, v: string) => unknown;
    setHeader?: (k: string, v: string) => unknown;
  };
  if (typeof r?.header === 'function') r.header('WWW-Authenticate', waarde);
  else if (typeof r?.setHeader === 'function') r.setHeader('WWW-Authenticate', waarde);
}
