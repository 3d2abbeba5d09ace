import { z } from 'zod';
import type { ServiceNaam } from '@vt/contracts';
import { leesEnv } from '@vt/persistence';

export interface MessagingConfig {
  service: ServiceNaam;
  natsUrl: string;
  /** JetStream stream for the event catalogue; `VT_EVENTS` in every real deployment. */
  stream: string;
  /** First subject token; `vt` in every real deployment, a per-run token in tests. */
  subjectPrefix: string;
  /** How often the relay looks for unpublished outbox rows when nobody kicked it; idle, up to 10 times as rarely. */
  relayIntervalMs: number;
  /** Deliveries before a message goes to the dead-letter subject. */
  maxDeliver: number;
  /** Seconds the server waits for an ack before redelivering; a failed handler naks with its own delay. */
  ackWaitSeconds: number;
  /** Duplicate window of the stream; a republish inside it is dropped by the server. */
  duplicateWindowSeconds: number;
  /** Stream replicas: 1 on one node, 3 in a cluster (R3). */
  replicas: number;
}

const env = z.object({
  NATS_URL: z.string().min(1).default('nats://127.0.0.1:4222'),
  VT_STREAM: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('VT_EVENTS'),
  VT_SUBJECT_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/)
    .default('vt'),
  VT_RELAY_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  VT_MAX_DELIVER: z.coerce.number().int().min(1).max(100).default(5),
  // At most 10 minutes: VT_MAX_DELIVER (≤ 100) deliveries that far apart stay within a day (ADR 0009).
  VT_ACK_WAIT_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  VT_DUPLICATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  VT_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
});

export function messagingConfigFromEnv(
  service: ServiceNaam,
  source: NodeJS.ProcessEnv = process.env,
): MessagingConfig {
  const e = leesEnv(env, 'messaging', source);
  return {
    service,
    natsUrl: e.NATS_URL,
    stream: e.VT_STREAM,
    subjectPrefix: e.VT_SUBJECT_PREFIX,
    relayIntervalMs: e.VT_RELAY_INTERVAL_MS,
    maxDeliver: e.VT_MAX_DELIVER,
    ackWaitSeconds: e.VT_ACK_WAIT_SECONDS,
    duplicateWindowSeconds: e.VT_DUPLICATE_WINDOW_SECONDS,
    replicas: e.VT_STREAM_REPLICAS,
  };
}

export const dlqStreamName = (cfg: Pick<MessagingConfig, 'stream'>) => `${cfg.stream}_DLQ`;
export const dlqSubject = (cfg: Pick<MessagingConfig, 'subjectPrefix'>, service: string, consumer: string) =>
  `${cfg.subjectPrefix}-dlq.${service}.${consumer}`;

/** `<prefix>.rpc.<service>.<noun>.<verb>`: five tokens, so the event stream (four tokens) never captures it. */
export function rpcSubject(cfg: Pick<MessagingConfig, 'subjectPrefix'>, action: string): string {
  if (action.split('.').length !== 3)
    throw new Error(`rpc action must be <service>.<noun>.<verb>: ${action}`);
  return `${cfg.subjectPrefix}.rpc.${action}`;
}
