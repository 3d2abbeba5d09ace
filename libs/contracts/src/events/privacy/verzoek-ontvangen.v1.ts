import { defineEvent } from '../../event-definition';
import { code, datum, instant, optional, regio, uuid } from '../../schema-fragments';

export const VERZOEK_SOORTEN = [
  'inzage',
  'afschrift',
  'correctie',
  'eigen-verklaring',
  'vernietiging',
] as const;
export type VerzoekSoort = (typeof VERZOEK_SOORTEN)[number];
export const HOEDANIGHEDEN = ['zelf', 'wettelijk-vertegenwoordiger'] as const;
export type Hoedanigheid = (typeof HOEDANIGHEDEN)[number];

/** A data-subject request was received (§15.8), with its deadlines; references and codes only. */
export interface VerzoekOntvangenV1 {
  verzoekId: string;
  soort: VerzoekSoort;
  persoonRef: string;
  hoedanigheid: Hoedanigheid;
  regio: string;
  ontvangenOp: string;
  beslissenUiterlijk: string;
  uitvoerenUiterlijk?: string;
}

export const verzoekOntvangenV1 = defineEvent<VerzoekOntvangenV1>({
  service: 'privacy',
  gebeurtenis: 'verzoek-ontvangen',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'verzoekId',
      'soort',
      'persoonRef',
      'hoedanigheid',
      'regio',
      'ontvangenOp',
      'beslissenUiterlijk',
    ],
    properties: {
      verzoekId: uuid,
      soort: code(VERZOEK_SOORTEN),
      persoonRef: uuid,
      hoedanigheid: code(HOEDANIGHEDEN),
      regio,
      ontvangenOp: instant,
      beslissenUiterlijk: datum,
      uitvoerenUiterlijk: optional(datum),
    },
  },
  examples: [
    {
      verzoekId: '5b0f8f0e-2c61-4d8e-9a57-3c1e7f4b2d90',
      soort: 'correctie',
      persoonRef: '7d3a1c9e-4b2f-4e8a-9c61-0f5b2e7d3a14',
      hoedanigheid: 'zelf',
      regio: 'VR09',
      ontvangenOp: '2026-03-02T09:15:03.870Z',
      beslissenUiterlijk: '2026-03-30',
    },
    {
      verzoekId: '9c2e4b7d-1a65-4f3b-8a9d-3f6b2a9d1e7c',
      soort: 'vernietiging',
      persoonRef: 'a41c8e3b-6d2f-4b9a-8e15-7c0d3f9b2a86',
      hoedanigheid: 'wettelijk-vertegenwoordiger',
      regio: 'VR17',
      ontvangenOp: '2026-04-14T16:42:11.002Z',
      beslissenUiterlijk: '2026-05-12',
      uitvoerenUiterlijk: '2026-07-14',
    },
  ],
});
