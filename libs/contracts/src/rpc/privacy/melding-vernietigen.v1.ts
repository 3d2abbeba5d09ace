import { defineRpc } from '../../rpc-definition';
import { regio, uuid } from '../../schema-fragments';

export interface MeldingVernietigenV1Request {
  /** Idempotency: a retry destroys nothing twice and gets the same answer. */
  verzoekId: string;
  regio: string;
  dossierId: string;
  /** The report's texts. */
  aantekeningRefs: string[];
  /** People who exist for this report only (its reporter). */
  persoonRefs: string[];
}

export interface MeldingVernietigenV1Reply {
  vernietigdeAantekeningen: number;
  vernietigdePersonen: number;
}

/**
 * `vt.rpc.privacy.melding.vernietigen` (VT-6.7-b): a report withdrawn and removed takes its own data in the
 * vault with it (its texts, its reporter); the household stays on its file, to be informed. The data keys
 * are destroyed (crypto-shredding) and the rows deleted.
 */
export const meldingVernietigenV1 = defineRpc<MeldingVernietigenV1Request, MeldingVernietigenV1Reply>({
  service: 'privacy',
  actie: 'melding.vernietigen',
  request: {
    type: 'object',
    additionalProperties: false,
    required: ['verzoekId', 'regio', 'dossierId', 'aantekeningRefs', 'persoonRefs'],
    properties: {
      verzoekId: uuid,
      regio,
      dossierId: uuid,
      aantekeningRefs: { type: 'array', maxItems: 100, items: uuid },
      persoonRefs: { type: 'array', maxItems: 100, items: uuid },
    },
  },
  reply: {
    type: 'object',
    additionalProperties: false,
    required: ['vernietigdeAantekeningen', 'vernietigdePersonen'],
    properties: {
      vernietigdeAantekeningen: { type: 'integer', minimum: 0 },
      vernietigdePersonen: { type: 'integer', minimum: 0 },
    },
  },
  examples: {
    request: [
      {
        verzoekId: '5a1c9e3b-7d2f-4b8a-9c6e-0f3d1b7a5e29',
        regio: 'VR09',
        dossierId: 'a41c8e3b-6d2f-4b9a-8e15-7c0d3f9b2a86',
        aantekeningRefs: ['8c2a6e0d-5f9b-4d1c-b7a3-4e8f1a6c2d95'],
        persoonRefs: ['2d8f4b6a-1c9e-4a3d-8b7f-5e0a2c6d9f14'],
      },
    ],
    reply: [{ vernietigdeAantekeningen: 1, vernietigdePersonen: 1 }],
  },
});
