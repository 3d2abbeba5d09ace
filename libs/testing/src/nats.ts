import { randomBytes } from 'node:crypto';
import { connect, type NatsConnection } from 'nats';

/** A per-run stream name and subject prefix, so test runs share one NATS server without crossing. */
export function testMessagingEnv(label = 't'): {
  VT_STREAM: string;
  VT_SUBJECT_PREFIX: string;
  NATS_URL: string;
} {
  const id = `${label
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 12)}${randomBytes(3).toString('hex')}`;
  return {
    VT_STREAM: `VT_EVENTS_${id.toUpperCase()}`,
    VT_SUBJECT_PREFIX: `vt-${id}`,
    NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
  };
}

export async function connectTestNats(): Promise<NatsConnection> {
  return connect({ servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4222', name: 'vt-test' });
}

/** Deletes the streams of a test run (event stream and its dead-letter stream). */
export async function deleteTestStreams(stream: string): Promise<void> {
  const nc = await connectTestNats();
  try {
    const jsm = await nc.jetstreamManager();
    for (const s of [stream, `${stream}_DLQ`]) await jsm.streams.delete(s).catch(() => false);
  } finally {
    await nc.close();
  }
}

/** Reads every message currently in a stream (for assertions on what was published). */
export async function readStream(
  stream: string,
): Promise<{ subject: string; data: string; headers: Record<string, string> }[]> {
  const nc = await connectTestNats();
  try {
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info(stream);
    const out: { subject: string; data: string; headers: Record<string, string> }[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const m = await jsm.streams.getMessage(stream, { seq }).catch(() => undefined);
      if (!m) continue;
      const headers: Record<string, string> = {};
      if (m.header) for (const [k, v] of m.header) headers[k] = v.join(',');
      out.push({ subject: m.subject, data: new TextDecoder().decode(m.data), headers });
    }
    return out;
  } finally {
    await nc.close();
  }
}
