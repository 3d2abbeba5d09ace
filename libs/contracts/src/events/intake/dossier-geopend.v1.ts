import { defineEvent } from '../../event-definition';
import { instant, regio, uuid } from '../../schema-fragments';

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
  examples: [
    {
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      geopendOp: '2026-03-02T09:15:03.870Z',
      eerdereDossiers: [],
    },
    {
      dossierId: '3f6b2a9d-1e7c-4d5b-a8f0-9c2e4b7d1a65',
      regio: 'VR17',
      geopendOp: '2026-04-14T16:42:11.002Z',
      eerdereDossiers: ['a41c8e3b-6d2f-4b9a-8e15-7c0d3f9b2a86'],
    },
  ],
});
