import type { EntityManager } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM } from '@mikro-orm/postgresql';
import { type INestApplicationContext, Injectable, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { defineRpc, type MeldingOntvangenV1, meldingOntvangenV1 } from '@vt/contracts';
import { serviceOrmConfig } from '@vt/persistence';
import {
  connectTestNats,
  createTestDatabase,
  deleteTestStreams,
  query,
  type TestDatabase,
  testMessagingEnv,
} from '@vt/testing';
import {
  type EventHandler,
  type ReceivedEvent,
  HandlesEvent,
  MESSAGING_ENTITIES,
  MessagingModule,
  messagingTablesSql,
  Nats,
  RpcClient,
  RpcError,
  type RpcHandlers,
  type RpcServer,
  ServesRpc,
} from '../src';

const SCHEMA = 'handlers';

/** The tests look at the consumers a handler gets, not at what it handles. */
abstract class Recorder implements EventHandler<MeldingOntvangenV1> {
  abstract readonly name: string;
  readonly event = meldingOntvangenV1;
  readonly handled: string[] = [];
  async handle(_em: EntityManager, event: ReceivedEvent<MeldingOntvangenV1>): Promise<void> {
    this.handled.push(event.id);
  }
}

@HandlesEvent()
class Marked extends Recorder {
  readonly name = 'gemarkeerd';
}

@Injectable()
class Unmarked extends Recorder {
  readonly name = 'ongemarkeerd';
}

@HandlesEvent()
class Dossiers extends Recorder {
  readonly name = 'dubbel';
}

@HandlesEvent()
class Meldingen extends Recorder {
  readonly name = 'dubbel';
}

/** A test action answering `{ door }`; only the action name differs between the two. */
const testRpc = (actie: string) =>
  defineRpc<Record<string, never>, { door: string }>({
    service: 'assessment',
    actie,
    request: { type: 'object', additionalProperties: false, required: [], properties: {} },
    reply: {
      type: 'object',
      additionalProperties: false,
      required: ['door'],
      properties: { door: { type: 'string' } },
    },
    examples: { request: [{}], reply: [{ door: 'test' }] },
  });
const GEMARKEERD = testRpc('test.gemarkeerd');
const ONGEMARKEERD = testRpc('test.ongemarkeerd');

@ServesRpc()
class MarkedRpc implements RpcHandlers {
  register(server: RpcServer): void {
    server.handle(GEMARKEERD, async () => ({ door: 'served' }));
  }
}

@Injectable()
class UnmarkedRpc implements RpcHandlers {
  register(server: RpcServer): void {
    server.handle(ONGEMARKEERD, async () => ({ door: 'served' }));
  }
}

/** What a failed start leaves open (a service process would exit); the test closes it itself. */
const opened: { nats: Nats; orm: MikroORM }[] = [];

@Injectable()
class Connections {
  constructor(nats: Nats, orm: MikroORM) {
    opened.push({ nats, orm });
  }
}

describe('messaging: a handler is registered by being a provider marked @HandlesEvent() or @ServesRpc()', () => {
  let db: TestDatabase;
  const env = testMessagingEnv('handlers');
  const saved = { ...process.env };

  beforeAll(async () => {
    db = await createTestDatabase('handlers');
    Object.assign(process.env, env);
    await query(db.url, `create schema "${SCHEMA}"`);
    for (const sql of messagingTablesSql(SCHEMA)) await query(db.url, sql);
  });

  afterAll(async () => {
    process.env = saved;
    await deleteTestStreams(env.VT_STREAM);
    await db?.drop();
  });

  /** A service's application context with the messaging module and `providers` in a module of their own. */
  function start(providers: Type[]): Promise<INestApplicationContext> {
    @Module({ providers: [...providers, Connections] })
    class FeatureModule {}
    @Module({
      imports: [
        MikroOrmModule.forRoot(
          serviceOrmConfig({
            schema: SCHEMA,
            entities: MESSAGING_ENTITIES,
            migrations: [],
            databaseUrl: db.url,
          }),
        ),
        MessagingModule.forRoot({ service: 'assessment' }),
        FeatureModule,
      ],
    })
    class ServiceModule {}
    return NestFactory.createApplicationContext(ServiceModule, { logger: false, abortOnError: false });
  }

  async function durableConsumers(): Promise<string[]> {
    const nc = await connectTestNats();
    try {
      const jsm = await nc.jetstreamManager();
      return (await jsm.consumers.list(env.VT_STREAM).next()).map((c) => c.name);
    } finally {
      await nc.close();
    }
  }

  it('a provider marked @HandlesEvent() gets its durable consumer; an unmarked one does not', async () => {
    const app = await start([Marked, Unmarked]);
    try {
      expect(await durableConsumers()).toEqual(['assessment-gemarkeerd']);
    } finally {
      await app.close();
    }
  });

  it('a provider marked @ServesRpc() has its actions served; an unmarked one does not', async () => {
    const app = await start([MarkedRpc, UnmarkedRpc]);
    try {
      const rpc = app.get(RpcClient);
      await expect(rpc.request(GEMARKEERD, {})).resolves.toEqual({ door: 'served' });
      await expect(rpc.request(ONGEMARKEERD, {}, 500)).rejects.toBeInstanceOf(RpcError);
    } finally {
      await app.close();
    }
  });

  it('two event handlers with one consumer name stop the start-up with a message naming both', async () => {
    opened.length = 0;
    try {
      await expect(start([Dossiers, Meldingen])).rejects.toThrow(
        'event handlers Dossiers and Meldingen share the consumer name "dubbel"; each needs its own',
      );
      expect(await durableConsumers()).not.toContain('assessment-dubbel');
    } finally {
      for (const { nats, orm } of opened) await Promise.all([nats.nc.close(), orm.close(true)]);
    }
  });
});
