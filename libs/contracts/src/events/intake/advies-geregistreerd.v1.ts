import { defineEvent } from '../../event-definition';
import { ADVIES_KANALEN, ADVIESVRAGER_TYPES } from '../../codes';
import { boolean, code, datum, instant, optional, regio, uuid } from '../../schema-fragments';

/**
 * An advice or support contact was registered (VT-3.4-a, VT-5.6-a). Codes, ids and dates only: the
 * summary and the seeker's name stay in the privacy vault, and nothing identifies the family (VT-5.5-a).
 */
export interface AdviesGeregistreerdV1 {
  adviesId: string;
  /** The advice file the seeker quotes (VT-5.5-b); a follow-up advice keeps it. */
  adviesdossierId: string;
  regio: string;
  kanaal: (typeof ADVIES_KANALEN)[number];
  adviesvragerType: (typeof ADVIESVRAGER_TYPES)[number];
  geregistreerdOp: string;
  /** Last contact + 2 years (VT-15.3.4.1-a), recomputed by every follow-up. */
  bewaarTot: string;
  /** The earlier advice of the same case this one follows up (VT-5.2.1-a item 4). */
  vervolgOp?: string;
  /** Whether the seeker's name and contact details were recorded, with consent (VT-15.5-a). */
  adviesvragerGeregistreerd: boolean;
}

export const adviesGeregistreerdV1 = defineEvent<AdviesGeregistreerdV1>({
  service: 'intake',
  gebeurtenis: 'advies-geregistreerd',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'adviesId',
      'adviesdossierId',
      'regio',
      'kanaal',
      'adviesvragerType',
      'geregistreerdOp',
      'bewaarTot',
      'adviesvragerGeregistreerd',
    ],
    properties: {
      adviesId: uuid,
      adviesdossierId: uuid,
      regio,
      kanaal: code(ADVIES_KANALEN),
      adviesvragerType: code(ADVIESVRAGER_TYPES),
      geregistreerdOp: instant,
      bewaarTot: datum,
      vervolgOp: optional(uuid),
      adviesvragerGeregistreerd: boolean,
    },
  },
  examples: [
    {
      adviesId: '5b1e9c3a-7d2f-4e8a-9c6b-1a0d3f7e2b94',
      adviesdossierId: '8d4a2f6c-3b9e-4c1d-a7f5-0e2b6c9d1a38',
      regio: 'VR09',
      kanaal: 'telefoon',
      adviesvragerType: 'professional',
      geregistreerdOp: '2026-03-02T09:15:03.870Z',
      bewaarTot: '2028-03-02',
      adviesvragerGeregistreerd: true,
    },
    {
      adviesId: 'e7c2a9d4-1f6b-4a3e-8d0c-5b9f2e7a1c63',
      adviesdossierId: '8d4a2f6c-3b9e-4c1d-a7f5-0e2b6c9d1a38',
      regio: 'VR09',
      kanaal: 'chat',
      adviesvragerType: 'omstander',
      geregistreerdOp: '2026-05-11T19:02:44.120Z',
      bewaarTot: '2028-05-11',
      vervolgOp: '5b1e9c3a-7d2f-4e8a-9c6b-1a0d3f7e2b94',
      adviesvragerGeregistreerd: false,
    },
  ],
});
