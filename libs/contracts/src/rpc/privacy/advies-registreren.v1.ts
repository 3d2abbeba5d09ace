import { defineRpc } from '../../rpc-definition';
import { optional, regio, tekst, uuid } from '../../schema-fragments';
import { aantekeningVelden, sealedTekst } from './vault-fragments';

/** The advice seeker's name and contact details, kept only with his consent (VT-15.5-a). */
export interface Adviesvrager {
  naam: string;
  telefoon?: string;
  email?: string;
  instelling?: string;
}

export interface AdviesRegistrerenV1Request {
  /** Idempotency: the same verzoekId returns the same refs and stores nothing twice. */
  verzoekId: string;
  regio: string;
  /** The advice file the texts and the seeker belong to (retention follows it, VT-15.3.4.1-a). */
  adviesdossierId: string;
  adviesvrager?: Adviesvrager;
  /** Free text of the advice (its summary, a support action's note); about nobody the vault knows. */
  aantekeningen: { sleutel: string; soort: string; tekst: string }[];
}

export interface AdviesRegistrerenV1Reply {
  /** Present when an `adviesvrager` was given. */
  adviesvragerRef?: string;
  aantekeningen: { sleutel: string; aantekeningRef: string }[];
}

/**
 * `vt.rpc.privacy.advies.registreren`: an advice's texts and, with consent, its seeker go to the vault.
 * Unlike `personen.registreren` it never matches anyone: advice has no information power (VT-5.5-d), so
 * no blind index is computed or searched and the seeker is linked to nothing but his advice file.
 */
export const adviesRegistrerenV1 = defineRpc<AdviesRegistrerenV1Request, AdviesRegistrerenV1Reply>({
  service: 'privacy',
  actie: 'advies.registreren',
  request: {
    type: 'object',
    additionalProperties: false,
    required: ['verzoekId', 'regio', 'adviesdossierId', 'aantekeningen'],
    properties: {
      verzoekId: uuid,
      regio,
      adviesdossierId: uuid,
      adviesvrager: optional({
        type: 'object',
        additionalProperties: false,
        required: ['naam'],
        properties: {
          naam: tekst(200),
          telefoon: optional(tekst(50)),
          email: optional(tekst(320)),
          instelling: optional(tekst(300)),
        },
      } as const),
      aantekeningen: {
        type: 'array',
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['sleutel', 'soort', 'tekst'],
          properties: {
            sleutel: aantekeningVelden.sleutel,
            soort: aantekeningVelden.soort,
            tekst: aantekeningVelden.tekst,
          },
        },
      },
    },
  },
  reply: {
    type: 'object',
    additionalProperties: false,
    required: ['aantekeningen'],
    properties: {
      adviesvragerRef: optional(uuid),
      aantekeningen: { type: 'array', items: sealedTekst },
    },
  },
  examples: {
    request: [
      {
        verzoekId: '3c7e1a9f-5b2d-4e6a-8f0c-9d4b2e7a1c58',
        regio: 'VR09',
        adviesdossierId: '8d4a2f6c-3b9e-4c1d-a7f5-0e2b6c9d1a38',
        adviesvrager: {
          naam: 'Fictieve Adviesvrager',
          telefoon: '0201234567',
          email: 'adviesvrager@voorbeeld.invalid',
          instelling: 'Kinderopvang De Verzonnen Eik',
        },
        aantekeningen: [
          {
            sleutel: 'samenvatting',
            soort: 'advies.samenvatting',
            tekst: 'Verzonnen: een pedagogisch medewerker vraagt hoe zij zorgen kan bespreken.',
          },
        ],
      },
      {
        verzoekId: 'a2d9f4c7-8e1b-4a3d-9c6f-5b0e7d2a4f81',
        regio: 'VR17',
        adviesdossierId: '1f8c3e6a-9d2b-4f7c-b5e0-3a6d9c1f4e27',
        aantekeningen: [
          {
            sleutel: 'ondersteuning.toelichting',
            soort: 'advies.ondersteuning.toelichting',
            tekst: 'Verzonnen: samen een veiligheidsplan doorgenomen.',
          },
        ],
      },
    ],
    reply: [
      {
        adviesvragerRef: 'c4b8e2f6-1a7d-4c9e-8b3f-6d0a5e9c2b71',
        aantekeningen: [{ sleutel: 'samenvatting', aantekeningRef: '7a3f9d1c-2e6b-4d8a-a5c0-8f1e4b7d3a96' }],
      },
      {
        aantekeningen: [
          { sleutel: 'ondersteuning.toelichting', aantekeningRef: 'd6e1a4c9-3f8b-4e2d-b7a5-0c9f3e6d1b84' },
        ],
      },
    ],
  },
});
