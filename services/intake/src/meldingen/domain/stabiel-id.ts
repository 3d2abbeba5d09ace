import { createHash } from 'node:crypto';

/** A stable id per report (or request) and step, so a retried call stores nothing twice. */
export function uuidVoor(id: string, stap: string): string {
  const h = createHash('sha256').update(`${id}|${stap}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
