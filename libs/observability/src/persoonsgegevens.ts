/**
 * Field names whose values are personal data or free text about people (contract §1 "personal data").
 * A field matches when it equals one of these, or when one of its camelCase / snake_case / kebab-case
 * words does (`schaalvraagToelichting`, `afwijkingMotivering`, `melder_naam`), case-insensitively.
 */
export const PERSONAL_DATA_FIELDS = [
  'naam',
  'voornaam',
  'achternaam',
  'bsn',
  'geboortedatum',
  'adres',
  'straat',
  'postcode',
  'telefoon',
  'email',
  'omschrijving',
  'toelichting',
  'motivering',
  'samenvatting',
  'reden',
  'afspraken',
  'feit',
  'interpretatie',
  'body',
  // Free text and contact data from the contract that the words above do not catch.
  'verwachtingen',
  'betrokkenInformatie',
  'gewogenBelangen',
  'telefoonnummer',
  'emailadres',
  'huisnummer',
  'woonplaats',
] as const;

/** Credentials: not personal data, but never to be logged either. */
const CREDENTIAL_FIELDS = ['authorization', 'cookie', 'password', 'wachtwoord', 'secret', 'token'] as const;

const SENSITIVE_FIELDS = new Set<string>(
  [...PERSONAL_DATA_FIELDS, ...CREDENTIAL_FIELDS].map((k) => k.toLowerCase()),
);

const MAX_DEPTH = 12;

/** True when a value under this field must not reach a log line. */
export function isSensitiveField(field: string): boolean {
  if (SENSITIVE_FIELDS.has(field.toLowerCase().replace(/[^a-z0-9]/g, ''))) return true;
  return field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .some((word) => word !== '' && SENSITIVE_FIELDS.has(word.toLowerCase()));
}

/**
 * Returns a copy of `value` without personal data at any depth; the input is never changed and is returned
 * as-is when there is nothing to remove. Mirrors JSON.stringify (own enumerable keys, toJSON), because that
 * is what ends up in a log line; binary data is replaced by its length since it may hold decrypted text.
 * Keys listed in `skip` are left alone at the top level (their pino serializer cleans them).
 */
export function withoutPersonalData<T>(value: T, skip: ReadonlySet<string> = new Set()): T {
  return clean(value, 0, [], skip) as T;
}

function clean(value: unknown, depth: number, ancestors: object[], skip: ReadonlySet<string>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[binair ${value.byteLength} bytes]`;
  if (ancestors.includes(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[te diep]';
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    const json: unknown = toJSON.call(value);
    if (json === value) return value;
    return clean(json, depth, ancestors, skip);
  }
  ancestors.push(value);
  try {
    if (Array.isArray(value)) {
      let changed = false;
      const copy = value.map((item) => {
        const s = clean(item, depth + 1, ancestors, skip);
        if (s !== item) changed = true;
        return s;
      });
      return changed ? copy : value;
    }
    let changed = false;
    const copy: Record<string, unknown> = {};
    for (const field of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[field];
      if (depth === 0 && skip.has(field)) {
        copy[field] = item;
      } else if (isSensitiveField(field)) {
        changed = true;
      } else {
        const s = clean(item, depth + 1, ancestors, skip);
        if (s !== item) changed = true;
        copy[field] = s;
      }
    }
    return changed ? copy : value;
  } finally {
    ancestors.pop();
  }
}

/**
 * pino `redact` paths for every sensitive key at depth 1 and 2: a second net under the deep clean-up, for what a
 * custom serializer adds after it. Not deeper: each wildcard level costs ~50 µs per log line for this key list.
 */
export function redactPaths(): string[] {
  const paths = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];
  for (const field of [...PERSONAL_DATA_FIELDS, ...CREDENTIAL_FIELDS]) paths.push(field, `*.${field}`);
  return paths;
}
