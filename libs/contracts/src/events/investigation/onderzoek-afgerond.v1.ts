import { defineEvent } from '../../event-definition';
import { code, instant, regio, uuid } from '../../schema-fragments';

/**
 * The outcome of an investigation (VT-10.6-b): `geen-hg-km` refuted the report, which makes a destruction
 * request one that must be granted (VT-15.8.6-a); `niet-vast-te-stellen` neither confirmed nor refuted it.
 */
export const ONDERZOEK_UITKOMSTEN = ['geen-hg-km', 'hg-km-vastgesteld', 'niet-vast-te-stellen'] as const;
export type OnderzoekUitkomst = (typeof ONDERZOEK_UITKOMSTEN)[number];

export interface OnderzoekAfgerondV1 {
  dossierId: string;
  regio: string;
  uitkomst: OnderzoekUitkomst;
  afgerondOp: string;
}

export const onderzoekAfgerondV1 = defineEvent<OnderzoekAfgerondV1>({
  service: 'investigation',
  gebeurtenis: 'onderzoek-afgerond',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['dossierId', 'regio', 'uitkomst', 'afgerondOp'],
    properties: { dossierId: uuid, regio, uitkomst: code(ONDERZOEK_UITKOMSTEN), afgerondOp: instant },
  },
  examples: [
    {
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      uitkomst: 'geen-hg-km',
      afgerondOp: '2026-05-11T15:00:00.000Z',
    },
  ],
});
