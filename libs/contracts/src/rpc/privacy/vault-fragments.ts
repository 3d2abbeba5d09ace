import { DOELBINDING_PATROON, PERSOON_ROL_PATROON } from '../../codes';
import { boolean, optional, tekst, uuid } from '../../schema-fragments';
import { dossiervormingSchema } from './dossiervorming';

// Fragments the vault's request/reply contracts share; not exported from the package.

/** The caller's key of a person or a text (`huishouden.0`, `zorgen.omschrijving`). */
export const callerKey = tekst(100);
export const persoonRol = { type: 'string', pattern: PERSOON_ROL_PATROON.source } as const;
/** The members of a text of a file except whom it is about; sealed by the vault under its own data key. */
export const aantekeningVelden = {
  sleutel: callerKey,
  soort: { type: 'string', pattern: '^[a-z][a-zA-Z0-9.-]{0,99}$' },
  tekst: tekst(100_000),
  nietTerInzage: optional(boolean),
  dossiervorming: optional(dossiervormingSchema),
} as const;
export const sealedTekst = {
  type: 'object',
  additionalProperties: false,
  required: ['sleutel', 'aantekeningRef'],
  properties: { sleutel: callerKey, aantekeningRef: uuid },
} as const;
/** Who a vault call decrypts for and why; both optional (added to v1). */
export const verwerking = {
  type: 'object',
  additionalProperties: false,
  required: [],
  properties: {
    sub: optional(tekst(200)),
    doelbinding: optional({ type: 'string', pattern: DOELBINDING_PATROON.source } as const),
  },
} as const;
