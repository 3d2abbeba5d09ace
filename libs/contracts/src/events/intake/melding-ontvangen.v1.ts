import { defineEvent } from '../../event-definition';
import { boolean, code, datum, instant, optional, regio, uuid } from '../../schema-fragments';
import { ALLE_MELDER_TYPES, ANONIMITEIT, MELDING_STATUSSEN } from '../../codes';

/** A report was received (VT-6.9-a); assessment opens a safety assessment for it. */
export interface MeldingOntvangenV1 {
  meldingId: string;
  dossierId: string;
  regio: string;
  ontvangenOp: string;
  spoed: boolean;
  status: (typeof MELDING_STATUSSEN)[number];
  melderType: (typeof ALLE_MELDER_TYPES)[number];
  anonimiteit: (typeof ANONIMITEIT)[number];
  lopendDossier: boolean;
  veiligheidsbeoordelingUiterlijk: string;
  zichtOpVeiligheidUiterlijk: string;
  /**
   * Earlier closed files of the same people (radar, VT-1.3-c; a re-report when the file is new, VT-B1-b).
   * Optional since it was added after v1 was published: absent means not known.
   */
  eerdereDossiers?: string[];
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
      spoed: boolean,
      status: code(MELDING_STATUSSEN),
      melderType: code(ALLE_MELDER_TYPES),
      anonimiteit: code(ANONIMITEIT),
      lopendDossier: boolean,
      veiligheidsbeoordelingUiterlijk: datum,
      zichtOpVeiligheidUiterlijk: datum,
      eerdereDossiers: optional({ type: 'array', maxItems: 1000, items: uuid }),
    },
  },
  examples: [
    {
      meldingId: '7e2d4c1a-9b8f-4a6e-8d3c-5f1b0a2e9c74',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      ontvangenOp: '2026-03-02T09:14:58.000Z',
      spoed: false,
      status: 'in-behandeling',
      melderType: 'professional',
      anonimiteit: 'geen',
      lopendDossier: false,
      veiligheidsbeoordelingUiterlijk: '2026-03-09',
      zichtOpVeiligheidUiterlijk: '2026-03-05',
      eerdereDossiers: ['a41c8e3b-6d2f-4b9a-8e15-7c0d3f9b2a86'],
    },
    {
      meldingId: 'c3a8f1d6-2b4e-4c7a-9e5d-1f8b6a0c3d27',
      dossierId: '3f6b2a9d-1e7c-4d5b-a8f0-9c2e4b7d1a65',
      regio: 'VR17',
      ontvangenOp: '2026-04-14T16:40:00.000Z',
      spoed: true,
      status: 'in-behandeling',
      melderType: 'omstander',
      anonimiteit: 'tov-directbetrokkenen',
      lopendDossier: true,
      veiligheidsbeoordelingUiterlijk: '2026-04-21',
      zichtOpVeiligheidUiterlijk: '2026-04-14',
    },
  ],
});
