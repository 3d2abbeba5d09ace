import {
  createParamDecorator,
  SetMetadata,
  UnauthorizedException,
  type ExecutionContext,
} from '@nestjs/common';
import type { Gebruiker } from './gebruiker';
import type { Rol } from './rollen';

export const PUBLIC_METADATA = 'vt:auth:public';
export const ROLLEN_METADATA = 'vt:auth:rollen';

/** Where the guard leaves the verified user on the request. */
export interface VerzoekMetGebruiker {
  headers: Record<string, string | string[] | undefined>;
  gebruiker?: Gebruiker;
}

/** No token needed (health, docs). */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);

/** The user needs at least one of these roles; on a method it replaces the controller's list. */
export const Rollen = (...rollen: Rol[]) => SetMetadata(ROLLEN_METADATA, rollen);

/** The verified user of this request. */
export const HuidigeGebruiker = createParamDecorator((_data: unknown, ctx: ExecutionContext): Gebruiker => {
  const gebruiker = ctx.switchToHttp().getRequest<VerzoekMetGebruiker>().gebruiker;
  // Only a @Public() route gets here without one; a handler asking for the user must not run anonymously.
  if (!gebruiker) throw new UnauthorizedException('token ontbreekt');
  return gebruiker;
});
