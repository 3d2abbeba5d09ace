import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { connect, type JetStreamClient, type JetStreamManager, type NatsConnection } from 'nats';
import type { ServiceNaam } from '@vt/contracts';
import { createLogger } from '@vt/observability';
import { SqlExecutor } from '@vt/persistence';
import {
  Housekeeping,
  type HousekeepingConfig,
  housekeepingConfigFromEnv,
  messagingPurges,
} from './housekeeping';
import { eersteLeesmoment, JetStreamConsumer } from './jetstream-consumer';
import { discoverMessageHandlers } from './message-handlers';
import { messagingConfigFromEnv, type MessagingConfig } from './messaging.config';
import { Outbox } from './outbox';
import { OutboxCommitSubscriber, OutboxRelay } from './outbox-relay';
import { RpcClient, RpcServer } from './rpc';
import { ensureStreams } from './streams';

export const MESSAGING_CONFIG = Symbol('MESSAGING_CONFIG');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const HOUSEKEEPING_CONFIG = Symbol('HOUSEKEEPING_CONFIG');

/** Holds the NATS connection and JetStream handles of one service process. */
export class Nats {
  constructor(
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
  ) {}

  static async connect(cfg: MessagingConfig): Promise<Nats> {
    const nc = await connect({
      servers: cfg.natsUrl.split(','),
      name: `vt-${cfg.service}`,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1000,
    });
    const jsm = await nc.jetstreamManager();
    await ensureStreams(jsm, cfg);
    return new Nats(nc, nc.jetstream(), jsm);
  }

  isConnected(): boolean {
    return !this.nc.isClosed() && this.nc.info !== undefined;
  }
}

export interface MessagingModuleOptions {
  service: ServiceNaam;
}

@Injectable()
export class MessagingLifecycle
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly log = createLogger('messaging');
  private readonly consumers: JetStreamConsumer<unknown>[] = [];

  constructor(
    @Inject(MESSAGING_CONFIG) private readonly cfg: MessagingConfig,
    @Inject(HOUSEKEEPING_CONFIG) private readonly housekeepingCfg: HousekeepingConfig,
    private readonly nats: Nats,
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
    private readonly housekeeping: Housekeeping,
    private readonly rpcServer: RpcServer,
    private readonly discovery: DiscoveryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Providers marked @HandlesEvent() / @ServesRpc(); found first, so a bad one stops the start.
    const { eventHandlers, rpcHandlers } = discoverMessageHandlers(this.discovery);
    this.orm.em.getEventManager().registerSubscriber(new OutboxCommitSubscriber(() => this.relay.kick()));
    this.relay.start();
    this.housekeeping.start();
    for (const rpc of rpcHandlers) rpc.register(this.rpcServer);
    // The server has the subscriptions once it answers a ping: a request right after start finds them.
    if (rpcHandlers.length > 0) await this.nats.nc.flush();
    for (const handler of eventHandlers) {
      const consumer = new JetStreamConsumer(this.cfg, this.orm, this.nats.js, this.nats.jsm, handler, {
        startVanaf: () => eersteLeesmoment(this.housekeepingCfg.inboxRetentionDays),
      });
      await consumer.start();
      this.consumers.push(consumer);
    }
    this.log.info({ consumers: this.consumers.length, rpc: rpcHandlers.length }, 'messaging started');
  }

  /** Durable consumers whose fetch loop has ended while the process runs on (for readiness). */
  stoppedConsumers(): string[] {
    return this.consumers.filter((c) => !c.isRunning()).map((c) => c.name);
  }

  /** Drain first: stop taking work, finish and ack what is in hand, publish what is committed. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.stop()));
    await this.rpcServer.stop();
    await Promise.all([this.relay.stop(), this.housekeeping.stop()]);
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.nats.nc.isClosed()) await this.nats.nc.drain();
  }
}

export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: MESSAGING_CONFIG, useFactory: () => messagingConfigFromEnv(options.service) },
      { provide: Nats, inject: [MESSAGING_CONFIG], useFactory: (cfg: MessagingConfig) => Nats.connect(cfg) },
      { provide: SqlExecutor, inject: [MikroORM], useFactory: (orm: MikroORM) => new SqlExecutor(orm) },
      { provide: Outbox, inject: [MESSAGING_CONFIG], useFactory: (cfg: MessagingConfig) => new Outbox(cfg) },
      {
        provide: OutboxRelay,
        inject: [MikroORM, Nats, MESSAGING_CONFIG],
        useFactory: (orm: MikroORM, nats: Nats, cfg: MessagingConfig) =>
          new OutboxRelay(orm, nats.js, orm.config.get('schema') ?? 'public', {
            intervalMs: cfg.relayIntervalMs,
          }),
      },
      { provide: HOUSEKEEPING_CONFIG, useFactory: () => housekeepingConfigFromEnv() },
      {
        provide: Housekeeping,
        inject: [MikroORM, HOUSEKEEPING_CONFIG],
        useFactory: (orm: MikroORM, cfg: HousekeepingConfig) =>
          new Housekeeping(
            orm,
            orm.config.get('schema') ?? 'public',
            { intervalMs: cfg.intervalMs },
            messagingPurges(cfg),
          ),
      },
      {
        provide: RpcClient,
        inject: [Nats, MESSAGING_CONFIG],
        useFactory: (n: Nats, c: MessagingConfig) => new RpcClient(n.nc, c),
      },
      {
        provide: RpcServer,
        inject: [Nats, MESSAGING_CONFIG],
        useFactory: (n: Nats, c: MessagingConfig) => new RpcServer(n.nc, c),
      },
      MessagingLifecycle,
    ];
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule],
      providers,
      exports: [
        MESSAGING_CONFIG,
        Nats,
        SqlExecutor,
        Outbox,
        OutboxRelay,
        Housekeeping,
        RpcClient,
        RpcServer,
        MessagingLifecycle,
      ],
    };
  }
}
