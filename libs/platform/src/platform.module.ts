import { type DynamicModule, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule } from '@vt/auth';
import type { ServiceNaam } from '@vt/contracts';
import { MessagingModule } from '@vt/messaging';
import { createLogger, loggerModule } from '@vt/observability';
import { databaseConfigFromEnv, migrate, serviceOrmConfig } from '@vt/persistence';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { Werkdagkalender, werkdagenConfigFromEnv } from '@vt/werkdagen';
import { asyncApiDocument } from './asyncapi';
import { ASYNCAPI_DOCUMENT, AsyncApiController } from './asyncapi.controller';
import { Clock, SystemClock } from './clock';
import { HealthController, NatsHealthIndicator } from './health.controller';
import { IdempotencyInterceptor, IdempotencyKeyRepository } from './idempotency.interceptor';
import { IdempotencyHousekeeping } from './idempotency-housekeeping';
import { PLATFORM_ENTITIES } from './idempotency-key.entity';
import { OrmRequestContext } from './orm-request-context';

export interface PlatformOptions {
  service: ServiceNaam;
  /** The service's own PostgreSQL schema. */
  schema: string;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  /**
   * The connection the service runs on when it is not DATABASE_URL's own, e.g. a database role of the
   * service's that may not read every schema (the vault, ADR 0023). DATABASE_URL then only migrates: the
   * migrations run on it before the service's own connection is opened, so they can create that role.
   */
  databaseVerbinding?: (databaseUrl: string) => Promise<string>;
}

const PLATFORM_OPTIONS = Symbol('PLATFORM_OPTIONS');

@Injectable()
class MigrateOnStart implements OnModuleInit {
  constructor(
    private readonly orm: MikroORM,
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
  ) {}

  /** Runs before any consumer starts (onApplicationBootstrap); `MIGRATE_ON_START=false` leaves it to a job. */
  async onModuleInit(): Promise<void> {
    if (process.env.MIGRATE_ON_START === 'false' || this.options.databaseVerbinding) return;
    const applied = await migrate(this.orm, this.options.schema);
    if (applied.length) createLogger('migrations').info({ applied }, 'migrations applied');
  }
}

/** Migrates on a connection of its own (DATABASE_URL's), closed before the service's is opened. */
async function migreerMet(config: Options, schema: string): Promise<void> {
  const orm = await MikroORM.init(config);
  try {
    const applied = await migrate(orm, schema);
    if (applied.length) createLogger('migrations').info({ applied }, 'migrations applied');
  } finally {
    await orm.close();
  }
}

@Module({})
export class PlatformModule {
  /** Logging, database (own schema, migrations), JWT auth, messaging, health and AsyncAPI for one service. */
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        loggerModule(options.service),
        MikroOrmModule.forRootAsync({
          // Parsed when the app is created, so a bad DATABASE_URL is a clear start-up error, not a stack trace.
          useFactory: async () => {
            const db = databaseConfigFromEnv();
            const config = (databaseUrl: string) => ({
              ...serviceOrmConfig({
                schema: options.schema,
                entities: [...options.entities, ...PLATFORM_ENTITIES],
                migrations: options.migrations,
                databaseUrl,
                poolMax: db.poolMax,
              }),
              // `OrmRequestContext` does it as a Fastify hook.
              registerRequestContext: false,
            });
            if (!options.databaseVerbinding) return config(db.databaseUrl);
            if (process.env.MIGRATE_ON_START !== 'false') {
              await migreerMet(config(db.databaseUrl), options.schema);
            }
            return config(await options.databaseVerbinding(db.databaseUrl));
          },
        }),
        AuthModule.forRoot(),
        MessagingModule.forRoot({ service: options.service }),
        TerminusModule,
      ],
      controllers: [HealthController, AsyncApiController],
      providers: [
        { provide: PLATFORM_OPTIONS, useValue: options },
        { provide: ASYNCAPI_DOCUMENT, useFactory: () => asyncApiDocument(options.service) },
        { provide: Clock, useClass: SystemClock },
        {
          provide: Werkdagkalender,
          useFactory: () => new Werkdagkalender(werkdagenConfigFromEnv(process.env)),
        },
        MigrateOnStart,
        OrmRequestContext,
        IdempotencyKeyRepository,
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        IdempotencyHousekeeping,
        NatsHealthIndicator,
      ],
      exports: [Clock, Werkdagkalender],
    };
  }
}
