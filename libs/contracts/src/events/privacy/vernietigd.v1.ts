import { defineEvent } from '../../event-definition';
import { code, instant, optional, regio, uuid } from '../../schema-fragments';

/** Why data were destroyed: a retention period that ran out (§15.3.4) or a granted request (§15.8.5). */
export const VERNIETIGING_GRONDSLAGEN = ['bewaartermijn', 'verzoek'] as const;
export type VernietigingGrondslag = (typeof VERNIETIGING_GRONDSLAGEN)[number];

/** A file was destroyed in the vault: every service drops its rows of it. */
export interface DossierVernietigdV1 {
  dossierId: string;
  regio: string;
  grondslag: VernietigingGrondslag;
  vernietigdOp: string;
}

export const dossierVernietigdV1 = defineEvent<DossierVernietigdV1>({
  service: 'privacy',
  gebeurtenis: 'dossier-vernietigd',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['dossierId', 'regio', 'grondslag', 'vernietigdOp'],
    properties: {
      dossierId: uuid,
      regio,
      grondslag: code(VERNIETIGING_GRONDSLAGEN),
      vernietigdOp: instant,
    },
  },
  examples: [
    {
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      grondslag: 'bewaartermijn',
      vernietigdOp: '2046-03-02T02:00:00.000Z',
    },
  ],
});

/** A person was destroyed in the vault (data and key): every service drops its references to him. */
export interface PersoonVernietigdV1 {
  persoonRef: string;
  regio: string;
  grondslag: VernietigingGrondslag;
  /** The file whose destruction took him, when it was a file's (retention). */
  dossierId?: string;
  /** The granted request, when it was one (§15.8.5). */
  verzoekId?: string;
  vernietigdOp: string;
}

export const persoonVernietigdV1 = defineEvent<PersoonVernietigdV1>({
  service: 'privacy',
  gebeurtenis: 'persoon-vernietigd',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['persoonRef', 'regio', 'grondslag', 'vernietigdOp'],
    properties: {
      persoonRef: uuid,
      regio,
      grondslag: code(VERNIETIGING_GRONDSLAGEN),
      dossierId: optional(uuid),
      verzoekId: optional(uuid),
      vernietigdOp: instant,
    },
  },
  examples: [
    {
      persoonRef: '7d3a1c9e-4b2f-4e8a-9c61-0f5b2e7d3a14',
      regio: 'VR09',
      grondslag: 'bewaartermijn',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      vernietigdOp: '2046-03-02T02:00:00.000Z',
    },
    {
      persoonRef: 'a41c8e3b-6d2f-4b9a-8e15-7c0d3f9b2a86',
      regio: 'VR17',
      grondslag: 'verzoek',
      verzoekId: '9c2e4b7d-1a65-4f3b-8a9d-3f6b2a9d1e7c',
      vernietigdOp: '2026-05-01T13:20:00.000Z',
    },
  ],
});
