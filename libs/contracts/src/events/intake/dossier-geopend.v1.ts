import { defineEvent, instant, regio, uuid } from '../../event-definition';

/** A new file was opened for a household (§15.3); earlier closed files are listed for the radar (§1.3). */
export interface DossierGeopendV1 {
  dossierId: string;
  regio: string;
  geopendOp: string;
  eerdereDossiers: string[];
}

export const dossierGeopendV1 = defineEvent<DossierGeopendV1>({
  service: 'intake',
  gebeurtenis: 'dossier-geopend',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['dossierId', 'regio', 'geopendOp', 'eerdereDossiers'],
    properties: {
      dossierId: uuid,
      regio,
      geopendOp: instant,
      eerdereDossiers: { type: 'array', items: uuid },
    },
  },
});
