import {
  DiscardPolicy,
  type JetStreamManager,
  nanos,
  RetentionPolicy,
  StorageType,
  type StreamConfig,
} from 'nats';
import { dlqStreamName, type MessagingConfig } from './messaging.config';

/**
 * The event stream captures exactly four-token subjects `<prefix>.<regio>.<service>.<gebeurtenis>`, so
 * request/reply (`<prefix>.rpc.<service>.<noun>.<verb>`, five tokens) never lands in it, and dead letters
 * live under their own first token (`<prefix>-dlq.>`). Per-region subjects would be tighter but need
 * multi-filter consumers (NATS 2.10); Debian ships 2.9. File storage; durability on one node comes from
 * the server's `sync_interval: always` (deploy/nats/nats.conf), in a cluster from R3.
 */
export function eventStreamConfig(cfg: MessagingConfig): Partial<StreamConfig> {
  return {
    name: cfg.stream,
    subjects: [`${cfg.subjectPrefix}.*.*.*`],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    num_replicas: cfg.replicas,
    duplicate_window: nanos(cfg.duplicateWindowSeconds * 1000),
    max_age: nanos(365 * 24 * 3600 * 1000),
    deny_delete: false,
    allow_direct: true,
  };
}

export function dlqStreamConfig(cfg: MessagingConfig): Partial<StreamConfig> {
  return {
    name: dlqStreamName(cfg),
    subjects: [`${cfg.subjectPrefix}-dlq.>`],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    num_replicas: cfg.replicas,
    max_age: nanos(90 * 24 * 3600 * 1000),
  };
}

/** Creates or updates both streams; safe to call from every replica at start-up. */
export async function ensureStreams(jsm: JetStreamManager, cfg: MessagingConfig): Promise<void> {
  for (const sc of [eventStreamConfig(cfg), dlqStreamConfig(cfg)]) {
    try {
      await jsm.streams.info(sc.name as string);
      await jsm.streams.update(sc.name as string, sc);
    } catch (err) {
      if (!isNotFound(err)) throw err;
      await jsm.streams.add(sc);
    }
  }
}

function isNotFound(err: unknown): boolean {
  return err instanceof Error && /not found/i.test(err.message);
}
