import { defineRpc } from '../../rpc-definition';
import { uuid } from '../../schema-fragments';

export interface AdviesVernietigenV1Request {
  verzoekId: string;
  /** Advice files whose retention passed (VT-15.3.4.1-a). */
  adviesdossierIds: string[];
}

export interface AdviesVernietigenV1Reply {
  /** Texts and seekers destroyed by this call; a repeated call answers as the first did. */
  aantekeningen: number;
  adviesvragers: number;
}

/**
 * `vt.rpc.privacy.advies.vernietigen`: an advice file's retention passed, so its texts and seekers are
 * destroyed (rows deleted, data keys destroyed). Only texts of an advice kind (`advies.*`) on these files
 * and persons held solely as `adviesvrager` are touched, so a report's file can never be destroyed this way.
 */
export const adviesVernietigenV1 = defineRpc<AdviesVernietigenV1Request, AdviesVernietigenV1Reply>({
  service: 'privacy',
  actie: 'advies.vernietigen',
  request: {
    type: 'object',
    additionalProperties: false,
    required: ['verzoekId', 'adviesdossierIds'],
    properties: {
      verzoekId: uuid,
      adviesdossierIds: { type: 'array', minItems: 1, maxItems: 500, items: uuid },
    },
  },
  reply: {
    type: 'object',
    additionalProperties: false,
    required: ['aantekeningen', 'adviesvragers'],
    properties: {
      aantekeningen: { type: 'integer', minimum: 0 },
      adviesvragers: { type: 'integer', minimum: 0 },
    },
  },
  examples: {
    request: [
      {
        verzoekId: '2e7a4c9f-6b1d-4f3a-8c5e-0d9b3f6a2c17',
        adviesdossierIds: ['8d4a2f6c-3b9e-4c1d-a7f5-0e2b6c9d1a38'],
      },
    ],
    reply: [{ aantekeningen: 2, adviesvragers: 1 }],
  },
});
