import { query } from './databases';
import type { ServiceTestApp } from './service-test-app';
import { until } from './wait';

/**
 * Waits until the inbox of `schema` committed the event `eventId`; resolves the consumers that did (the
 * generated handler specs of ADR 0016 assert each handler's durable consumer with it).
 */
export async function wachtOpInbox(
  service: ServiceTestApp,
  schema: string,
  eventId: string,
): Promise<string[]> {
  const rows = await until(async () => {
    const r = await query<{ consumer: string }>(
      service.db.url,
      `select consumer from "${schema}".inbox where event_id = $1`,
      [eventId],
    );
    return r.length ? r : undefined;
  });
  return rows.map((r) => r.consumer);
}
