import { ApiHeader } from '@nestjs/swagger';
import { DOELBINDING_PATROON, OngeldigeInvoer } from '@vt/contracts';

/** The header every read of personal data carries: the purpose the access log records (ADR 0023). */
export const DOELBINDING_HEADER = 'x-doelbinding';

export const ApiDoelbinding = () =>
  ApiHeader({
    name: 'X-Doelbinding',
    required: true,
    description: 'Het doel van deze verwerking (doelbinding), vastgelegd in de toegangslog',
    schema: { type: 'string', pattern: DOELBINDING_PATROON.source },
  });

/** The purpose of a read, or a 400 naming the header when it is missing or not a purpose code. */
export function doelbindingUit(waarde: string | string[] | undefined): string {
  if (typeof waarde === 'string' && DOELBINDING_PATROON.test(waarde)) return waarde;
  throw new OngeldigeInvoer([
    {
      field: 'X-Doelbinding',
      message:
        waarde === undefined
          ? 'required: the purpose of this read of personal data'
          : `must match ${DOELBINDING_PATROON.source}`,
    },
  ]);
}
