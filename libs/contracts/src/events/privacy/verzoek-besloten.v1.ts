import { defineEvent } from '../../event-definition';
import { code, instant, optional, regio, uuid } from '../../schema-fragments';
import { VERZOEK_SOORTEN, type VerzoekSoort } from './verzoek-ontvangen.v1';

export const VERZOEK_UITKOMSTEN = ['toegewezen', 'gedeeltelijk', 'afgewezen'] as const;
export type VerzoekUitkomst = (typeof VERZOEK_UITKOMSTEN)[number];
/**
 * The grounds a request may be limited or refused on: §15.8.2 (1) `privacy-ander`, (2) `noodzakelijk-taak`
 * for inzage and afschrift, §15.8.7 `belang-minderjarige` against a representative, §15.8.5 (1)
 * `aanmerkelijk-belang-ander`, (2) `wettelijk-voorschrift` for destruction; `correctie-onterecht` for a
 * correction that is refused as the data are correct, complete and relevant (§15.8.3).
 */
export const VERZOEK_GRONDEN = [
  'privacy-ander',
  'noodzakelijk-taak',
  'belang-minderjarige',
  'aanmerkelijk-belang-ander',
  'wettelijk-voorschrift',
  'correctie-onterecht',
] as const;
export type VerzoekGrond = (typeof VERZOEK_GRONDEN)[number];

/** A data-subject request was decided (§15.8); the motivation stays in the vault. */
export interface VerzoekBeslotenV1 {
  verzoekId: string;
  soort: VerzoekSoort;
  persoonRef: string;
  regio: string;
  uitkomst: VerzoekUitkomst;
  grond?: VerzoekGrond;
  beslotenOp: string;
}

export const verzoekBeslotenV1 = defineEvent<VerzoekBeslotenV1>({
  service: 'privacy',
  gebeurtenis: 'verzoek-besloten',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['verzoekId', 'soort', 'persoonRef', 'regio', 'uitkomst', 'beslotenOp'],
    properties: {
      verzoekId: uuid,
      soort: code(VERZOEK_SOORTEN),
      persoonRef: uuid,
      regio,
      uitkomst: code(VERZOEK_UITKOMSTEN),
      grond: optional(code(VERZOEK_GRONDEN)),
      beslotenOp: instant,
    },
  },
  examples: [
    {
      verzoekId: '5b0f8f0e-2c61-4d8e-9a57-3c1e7f4b2d90',
      soort: 'correctie',
      persoonRef: '7d3a1c9e-4b2f-4e8a-9c61-0f5b2e7d3a14',
      regio: 'VR09',
      uitkomst: 'toegewezen',
      beslotenOp: '2026-03-12T10:00:00.000Z',
    },
    {
      verzoekId: '9c2e4b7d-1a65-4f3b-8a9d-3f6b2a9d1e7c',
      soort: 'vernietiging',
      persoonRef: 'a41c8e3b-6d2f-4b9a-8e15-7c0d3f9b2a86',
      regio: 'VR17',
      uitkomst: 'afgewezen',
      grond: 'aanmerkelijk-belang-ander',
      beslotenOp: '2026-05-01T13:20:00.000Z',
    },
  ],
});
