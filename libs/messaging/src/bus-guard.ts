import { EVENT_CATALOGUE, type EventDefinition, isBsn, schemaViolations } from '@vt/contracts';

/**
 * Publish-time guard (privacy-design.md, "Bus guard"): event data must match its closed schema and
 * must not look like personal data. A violation is a programming error, so it throws.
 */
export class BusGuardError extends Error {
  constructor(
    readonly type: string,
    readonly reasons: string[],
  ) {
    super(`event ${type} refused by the bus guard: ${reasons.join('; ')}`);
  }
}

/** Returns the reasons the data is not a valid instance of the definition's schema (empty when valid). */
export function schemaErrors(def: EventDefinition<unknown>, data: unknown): string[] {
  return schemaViolations(def.schema, data);
}

export function isCatalogued(type: string): boolean {
  return EVENT_CATALOGUE.some((d) => d.type === type);
}

const DETECTORS: [string, (s: string) => boolean][] = [
  ['bsn', (s) => (s.match(/\b\d{9}\b/g) ?? []).some(isBsn)],
  ['postcode', (s) => /\b[1-9]\d{3}\s?[A-Z]{2}\b/.test(s)],
  ['telefoon', (s) => /(\+31|\b0)[1-9](?:[\s-]?\d){8}\b/.test(s)],
  ['email', (s) => /[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(s)],
  ['iban', (s) => /\b[A-Z]{2}\d{2}[A-Z]{4}\d{10}\b/.test(s)],
];

/** Names of the personal-data detectors that fire on any string value in `data`. */
export function personalDataFindings(data: unknown): string[] {
  const hits = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      // UUIDs and ISO dates are what events are made of; strip them so digits inside them don't count.
      const s = v.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '');
      for (const [name, detect] of DETECTORS) if (detect(s)) hits.add(name);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(data);
  return [...hits];
}

export function assertPublishable(def: EventDefinition<unknown>, data: unknown): void {
  const reasons = [...schemaErrors(def, data), ...personalDataFindings(data).map((f) => `looks like ${f}`)];
  if (!isCatalogued(def.type)) reasons.push('type is not in the event catalogue');
  if (reasons.length > 0) throw new BusGuardError(def.type, reasons);
}
