import { Injectable, type OnModuleInit } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_METADATA, ROLLEN_METADATA } from './auth.decorators';
import type { Rol } from './rollen';

/** A route that declares neither who may call it nor that anybody may. */
export class RouteZonderToegang extends Error {
  constructor(readonly routes: string[]) {
    super(
      `routes without @Rollen(...) or @Public(): ${routes.join(', ')}; ` +
        'every HTTP route declares who may call it (deny by default)',
    );
  }
}

/**
 * Deny by default, checked once at start-up: every route of every controller is `@Public()` or names at
 * least one role with `@Rollen(...)`, on the method or its controller. A forgotten declaration stops the
 * service instead of opening the route to any authenticated user.
 */
@Injectable()
export class RouteAccessCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const zonder = this.discovery.getControllers().flatMap(({ metatype }) => {
      if (!metatype) return [];
      const prototype = metatype.prototype as Record<string, unknown>;
      return this.scanner
        .getAllMethodNames(prototype)
        .filter((naam) => isRoute(prototype[naam]))
        .filter((naam) => !toegangVerklaard(this.reflector, [prototype[naam] as object, metatype]))
        .map((naam) => `${metatype.name}.${naam}`);
    });
    if (zonder.length > 0) throw new RouteZonderToegang(zonder);
  }
}

function isRoute(methode: unknown): boolean {
  return (
    typeof methode === 'function' &&
    Reflect.getMetadata(PATH_METADATA, methode) !== undefined &&
    Reflect.getMetadata(METHOD_METADATA, methode) !== undefined
  );
}

/** The same lookup the guard makes: the method's declaration replaces the controller's. */
export function toegangVerklaard(reflector: Reflector, doelen: object[]): boolean {
  if (reflector.getAllAndOverride<boolean | undefined>(PUBLIC_METADATA, doelen as never)) return true;
  const rollen = reflector.getAllAndOverride<Rol[] | undefined>(ROLLEN_METADATA, doelen as never);
  return (rollen?.length ?? 0) > 0;
}
