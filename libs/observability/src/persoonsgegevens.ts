/**
 * Keys whose values are personal data or free text about people (contract §1 "personal data").
 * A key matches when it equals one of these, or when one of its camelCase / snake_case / kebab-case
 * words does (`schaalvraagToelichting`, `afwijkingMotivering`, `melder_naam`), case-insensitively.
 */
export const PERSOONSGEGEVENS_SLEUTELS = [
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
const GEHEIME_SLEUTELS = ['authorization', 'cookie', 'password', 'wachtwoord', 'secret', 'token'] as const;

const GEVOELIG = new Set<string>(
  [...PERSOONSGEGEVENS_SLEUTELS, ...GEHEIME_SLEUTELS].map((k) => k.toLowerCase()),
);

const MAX_DIEPTE = 12;

/** True when a value under this key must not reach a log line. */
export function isGevoeligeSleutel(sleutel: string): boolean {
  if (GEVOELIG.has(sleutel.toLowerCase().replace(/[^a-z0-9]/g, ''))) return true;
  return sleutel
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .some((woord) => woord !== '' && GEVOELIG.has(woord.toLowerCase()));
}

/**
 * Returns a copy of `value` without personal data at any depth; the input is never changed and is returned
 * as-is when there is nothing to remove. Mirrors JSON.stringify (own enumerable keys, toJSON), because that
 * is what ends up in a log line; binary data is replaced by its length since it may hold decrypted text.
 * Keys listed in `overslaan` are left alone at the top level (their pino serializer cleans them).
 */
export function verwijderPersoonsgegevens<T>(value: T, overslaan: ReadonlySet<string> = new Set()): T {
  return schoon(value, 0, [], overslaan) as T;
}

function schoon(value: unknown, diepte: number, pad: object[], overslaan: ReadonlySet<string>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[binair ${value.byteLength} bytes]`;
  if (pad.includes(value)) return '[Circular]';
  if (diepte >= MAX_DIEPTE) return '[te diep]';
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    const json: unknown = toJSON.call(value);
    if (json === value) return value;
    return schoon(json, diepte, pad, overslaan);
  }
  pad.push(value);
  try {
    if (Array.isArray(value)) {
      let gewijzigd = false;
      const kopie = value.map((item) => {
        const s = schoon(item, diepte + 1, pad, overslaan);
        if (s !== item) gewijzigd = true;
        return s;
      });
      return gewijzigd ? kopie : value;
    }
    let gewijzigd = false;
    const kopie: Record<string, unknown> = {};
    for (const sleutel of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[sleutel];
      if (diepte === 0 && overslaan.has(sleutel)) {
        kopie[sleutel] = item;
      } else if (isGevoeligeSleutel(sleutel)) {
        gewijzigd = true;
      } else {
        const s = schoon(item, diepte + 1, pad, overslaan);
        if (s !== item) gewijzigd = true;
        kopie[sleutel] = s;
      }
    }
    return gewijzigd ? kopie : value;
  } finally {
    pad.pop();
  }
}

/**
 * pino `redact` paths for every sensitive key at depth 1 and 2: a second net under the deep clean-up, for what a
 * custom serializer adds after it. Not deeper: each wildcard level costs ~50 µs per log line for this key list.
 */
export function redactPaden(): string[] {
  const paden = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];
  for (const sleutel of [...PERSOONSGEGEVENS_SLEUTELS, ...GEHEIME_SLEUTELS])
    paden.push(sleutel, `*.${sleutel}`);
  return paden;
}
