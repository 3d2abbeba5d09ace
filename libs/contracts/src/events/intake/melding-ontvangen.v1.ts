import { code, datum, defineEvent, instant, regio, uuid } from '../../event-definition';
import { ANONIMITEIT, MELDER_TYPES, MELDING_STATUSSEN } from '../../codes';

/** A report was received (VT-6.9-a); assessment opens a safety assessment for it. */
export interface MeldingOntvangenV1 {
  meldingId: string;
  dossierId: string;
  regio: string;
  ontvangenOp: string;
  spoed: boolean;
  status: (typeof MELDING_STATUSSEN)[number];
  melderType: (typeof MELDER_TYPES)[number];
  anonimiteit: (typeof ANONIMITEIT)[number];
  lopendDossier: boolean;
  veiligheidsbeoordelingUiterlijk: string;
  zichtOpVeiligheidUiterlijk: string;
}

export const meldingOntvangenV1 = defineEvent<MeldingOntvangenV1>({
  service: 'intake',
  gebeurtenis: 'melding-ontvangen',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'meldingId',
      'dossierId',
      'regio',
      'ontvangenOp',
      'spoed',
      'status',
      'melderType',
      'anonimiteit',
      'lopendDossier',
      'veiligheidsbeoordelingUiterlijk',
      'zichtOpVeiligheidUiterlijk',
    ],
    properties: {
      meldingId: uuid,
      dossierId: uuid,
      regio,
      ontvangenOp: instant,
      spoed: { type: 'boolean' },
      status: code(MELDING_STATUSSEN),
      melderType: code(MELDER_TYPES),
      anonimiteit: code(ANONIMITEIT),
      lopendDossier: { type: 'boolean' },
      veiligheidsbeoordelingUiterlijk: datum,
      zichtOpVeiligheidUiterlijk: datum,
    },
  },
});
