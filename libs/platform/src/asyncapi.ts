import { REGIO_CODES } from '@vt/auth';
import { EVENT_CATALOGUE, type EventDefinition, type JsonSchema, type ServiceNaam } from '@vt/contracts';
import { API_CONTACT, API_LICENSE, API_VERSION } from './openapi';

/** The parts of an AsyncAPI 3.0 document this platform writes (the full schema has many more). */
export interface AsyncApiDocument {
  asyncapi: '3.0.0';
  id: string;
  info: {
    title: string;
    version: string;
    description: string;
    contact: typeof API_CONTACT;
    license: typeof API_LICENSE;
    tags: { name: string; description: string }[];
  };
  servers: Record<string, { host: string; protocol: 'nats'; description: string }>;
  defaultContentType: string;
  channels: Record<string, AsyncApiChannel>;
  operations: Record<string, AsyncApiOperation>;
}

export interface AsyncApiChannel {
  address: string;
  title: string;
  description: string;
  parameters: Record<string, { description: string; enum: string[] }>;
  messages: Record<string, AsyncApiMessage>;
}

export interface AsyncApiMessage {
  name: string;
  title: string;
  summary: string;
  contentType: string;
  headers: JsonSchema;
  payload: JsonSchema;
  examples: { name: string; summary: string; headers: Record<string, string>; payload: unknown }[];
}

export interface AsyncApiOperation {
  action: 'send';
  title: string;
  summary: string;
  description: string;
  channel: { $ref: string };
  messages: { $ref: string }[];
}

const CLOUDEVENTS_JSON = 'application/cloudevents+json';

/** NATS headers the outbox relay sets on every event (contract §4). */
const NATS_HEADERS: JsonSchema = {
  type: 'object',
  required: ['Nats-Msg-Id'],
  properties: {
    'Nats-Msg-Id': {
      type: 'string',
      format: 'uuid',
      description: 'Gelijk aan de CloudEvents-id: JetStream ontdubbelt een herhaalde publicatie',
    },
    traceparent: { type: 'string', description: 'W3C Trace Context' },
    tracestate: { type: 'string', description: 'W3C Trace Context' },
  },
};

/** The CloudEvents 1.0 envelope (structured mode) around one event version's `data` (contract §4). */
export function cloudEventSchema(def: EventDefinition<unknown>): JsonSchema {
  return {
    type: 'object',
    required: ['specversion', 'id', 'source', 'type', 'time', 'datacontenttype', 'data'],
    properties: {
      specversion: { type: 'string', const: '1.0' },
      id: { type: 'string', format: 'uuid', description: 'Ook de NATS-header Nats-Msg-Id' },
      source: {
        type: 'string',
        pattern: `^urn:vt:VR(0[1-9]|1[0-9]|2[0-5]):${def.service}$`,
        description: 'urn:vt:<regio>:<service>',
      },
      type: { type: 'string', const: def.type },
      time: { type: 'string', format: 'date-time' },
      subject: { type: 'string', description: 'Het dossierId, waar er een is (volgorde per dossier)' },
      datacontenttype: { type: 'string', const: 'application/json' },
      traceparent: {
        type: 'string',
        description: 'W3C traceparent (CloudEvents-extensie distributed tracing)',
      },
      data: structuredClone(def.schema),
    },
  };
}

/** The definition's examples of `data`, each in the envelope it travels in (fictitious ids only). */
function cloudEventExamples(def: EventDefinition<unknown>): AsyncApiMessage['examples'] {
  return def.examples.map((data, i) => {
    const fields = data as { regio?: string; dossierId?: string };
    const id = EXAMPLE_IDS[i % EXAMPLE_IDS.length];
    return {
      name: `${def.gebeurtenis}-v${def.versie}-${i + 1}`,
      summary: `Voorbeeld ${i + 1} van ${def.type} (verzonnen)`,
      headers: { 'Nats-Msg-Id': id },
      payload: {
        specversion: '1.0',
        id,
        source: `urn:vt:${fields.regio ?? 'VR09'}:${def.service}`,
        type: def.type,
        time: '2026-03-02T09:15:05.000Z',
        ...(fields.dossierId ? { subject: fields.dossierId } : {}),
        datacontenttype: 'application/json',
        data,
      },
    };
  });
}

const EXAMPLE_IDS = ['1f7c9a2e-6b3d-4e8f-a0c5-9d2b7e4f1a38', 'd5a2e8c1-4f7b-4b9d-8e3a-6c0f2d9b5e71'];

/** `nats://user:secret@host:4222,nats://other:4222` → `host:4222`: never a credential in a public document. */
function natsHost(natsUrl: string | undefined): string {
  const first = (natsUrl ?? '').split(',')[0]?.trim();
  if (!first) return 'localhost:4222';
  try {
    const u = new URL(first.includes('://') ? first : `nats://${first}`);
    return `${u.hostname}:${u.port || '4222'}`;
  } catch {
    return 'localhost:4222';
  }
}

/**
 * The AsyncAPI 3.0 document of the events one service publishes (contract §1 docs, §4), generated from
 * the event definitions in `@vt/contracts`: one channel per event (`vt.{regio}.<service>.<gebeurtenis>`),
 * one message per version, its payload the CloudEvents envelope with `data` = the version's schema, and
 * the definition's examples in that envelope. Request/reply actions carry personal data: never in here.
 */
export function asyncApiDocument(
  service: ServiceNaam,
  catalogue: readonly EventDefinition<unknown>[] = EVENT_CATALOGUE,
  env: NodeJS.ProcessEnv = process.env,
): AsyncApiDocument {
  const channels: Record<string, AsyncApiChannel> = {};
  const operations: Record<string, AsyncApiOperation> = {};
  const own = catalogue
    .filter((d) => d.service === service)
    .sort((a, b) => a.gebeurtenis.localeCompare(b.gebeurtenis) || a.versie - b.versie);
  for (const def of own) {
    const key = def.gebeurtenis;
    const messageKey = `${def.gebeurtenis}-v${def.versie}`;
    const channel = (channels[key] ??= {
      address: `vt.{regio}.${service}.${def.gebeurtenis}`,
      title: `${service}.${def.gebeurtenis}`,
      description: `Het ${service}-event ${def.gebeurtenis}, per regio op zijn eigen subject.`,
      parameters: {
        regio: {
          description: 'De CBS-veiligheidsregio van het dossier (contract §1.1)',
          enum: [...REGIO_CODES],
        },
      },
      messages: {},
    });
    channel.messages[messageKey] = {
      name: def.type,
      title: `${def.gebeurtenis} v${def.versie}`,
      summary: `CloudEvents-type ${def.type}`,
      contentType: CLOUDEVENTS_JSON,
      headers: NATS_HEADERS,
      payload: cloudEventSchema(def),
      examples: cloudEventExamples(def),
    };
    const operation = (operations[`publiceer-${key}`] ??= {
      action: 'send',
      title: `Publiceer ${def.gebeurtenis}`,
      summary: `${service} publiceert ${def.gebeurtenis}`,
      description:
        `${service} publiceert ${def.gebeurtenis} via zijn outbox op stream VT_EVENTS, met Nats-Msg-Id = ` +
        'de CloudEvents-id (een herhaalde publicatie wordt ontdubbeld).',
      channel: { $ref: `#/channels/${key}` },
      messages: [],
    });
    operation.messages.push({ $ref: `#/channels/${key}/messages/${messageKey}` });
  }
  return {
    asyncapi: '3.0.0',
    id: `urn:vt:${service}:events`,
    info: {
      title: `Veilig Thuis — ${service}: gebeurtenissen`,
      version: API_VERSION,
      description:
        `De gebeurtenissen die ${service} publiceert op NATS JetStream (stream VT_EVENTS), als CloudEvents 1.0 ` +
        'JSON. `data` bevat alleen identificaties, codes, datums en booleans, nooit persoonsgegevens of vrije ' +
        'tekst. Een partner abonneert zich met een durable consumer en een subjectfilter (bv. `vt.VR09.>`).',
      contact: API_CONTACT,
      license: API_LICENSE,
      tags: [{ name: service, description: `De dienst ${service} van het Veilig Thuis-platform` }],
    },
    servers: {
      nats: {
        host: natsHost(env.NATS_URL),
        protocol: 'nats',
        description: 'NATS JetStream, stream VT_EVENTS',
      },
    },
    defaultContentType: CLOUDEVENTS_JSON,
    channels,
    operations,
  };
}
