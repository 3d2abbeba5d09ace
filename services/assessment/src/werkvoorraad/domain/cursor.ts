import { OngeldigeInvoer } from '@vt/contracts';

/** Where a worklist page ended, in the order of the worklist: deadline, receipt, id (keyset, stable under inserts). */
export interface Positie {
  uiterlijk: string;
  /** PostgreSQL's own text of `ontvangen_op`, so no precision is lost between pages. */
  ontvangenOp: string;
  id: string;
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const TIJDSTIP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function cursorVan(p: Positie): string {
  return Buffer.from(JSON.stringify([p.uiterlijk, p.ontvangenOp, p.id])).toString('base64url');
}

/** The position a cursor names; anything else is refused as invalid input of `cursor` (400). */
export function positieUit(cursor: string): Positie {
  let waarden: unknown;
  try {
    waarden = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    waarden = undefined;
  }
  if (
    Array.isArray(waarden) &&
    waarden.length === 3 &&
    typeof waarden[0] === 'string' &&
    DATUM.test(waarden[0]) &&
    typeof waarden[1] === 'string' &&
    TIJDSTIP.test(waarden[1]) &&
    !Number.isNaN(Date.parse(waarden[1].replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'))) &&
    typeof waarden[2] === 'string' &&
    UUID.test(waarden[2])
  ) {
    return { uiterlijk: waarden[0], ontvangenOp: waarden[1], id: waarden[2] };
  }
  throw new OngeldigeInvoer([{ field: 'cursor', message: 'cursor is geen cursor van deze werkvoorraad' }]);
}
