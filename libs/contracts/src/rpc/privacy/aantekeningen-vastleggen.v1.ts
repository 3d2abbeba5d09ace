import { defineRpc } from '../../rpc-definition';
import { regio, uuid } from '../../schema-fragments';
import { aantekeningVelden, persoonRol, sealedTekst } from './vault-fragments';

export interface AantekeningenVastleggenV1Request {
  verzoekId: string;
  regio: string;
  dossierId: string;
  /** persoonRefs that belong to this file. */
  personen: { persoonRef: string; rol: string }[];
  aantekeningen: {
    sleutel: string;
    /** What kind of text this is, e.g. `melding.zorgen.omschrijving`. */
    soort: string;
    tekst: string;
    /** persoonRefs the text is about (per-person access rights, §15.7). */
    betreft: string[];
    nietTerInzage?: boolean;
  }[];
}

export interface AantekeningenVastleggenV1Reply {
  aantekeningen: { sleutel: string; aantekeningRef: string }[];
}

/**
 * `vt.rpc.privacy.aantekeningen.vastleggen`: free text goes to the vault, the caller keeps the ref; the
 * people of the file are linked to it in the same call (retention and destruction follow the file).
 */
export const aantekeningenVastleggenV1 = defineRpc<
  AantekeningenVastleggenV1Request,
  AantekeningenVastleggenV1Reply
>({
  service: 'privacy',
  actie: 'aantekeningen.vastleggen',
  request: {
    type: 'object',
    additionalProperties: false,
    required: ['verzoekId', 'regio', 'dossierId', 'personen', 'aantekeningen'],
    properties: {
      verzoekId: uuid,
      regio,
      dossierId: uuid,
      personen: {
        type: 'array',
        maxItems: 100,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['persoonRef', 'rol'],
          properties: { persoonRef: uuid, rol: persoonRol },
        },
      },
      aantekeningen: {
        type: 'array',
        maxItems: 50,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['sleutel', 'soort', 'tekst', 'betreft'],
          properties: { ...aantekeningVelden, betreft: { type: 'array', maxItems: 100, items: uuid } },
        },
      },
    },
  },
  reply: {
    type: 'object',
    additionalProperties: false,
    required: ['aantekeningen'],
    properties: { aantekeningen: { type: 'array', items: sealedTekst } },
  },
  examples: {
    request: [
      {
        verzoekId: '4f0b7e3a-9c1d-4a6f-8e2b-3d7a5c9f1e06',
        regio: 'VR09',
        dossierId: 'a41c8e3b-6d2f-4b9a-8e15-7c0d3f9b2a86',
        personen: [
          { persoonRef: '2d8f4b6a-1c9e-4a3d-8b7f-5e0a2c6d9f14', rol: 'ouder' },
          { persoonRef: '6b3e9d1f-8a2c-4e7b-9d4a-0f5c1b8e3a62', rol: 'kind' },
        ],
        aantekeningen: [
          {
            sleutel: 'zorgen.omschrijving',
            soort: 'melding.zorgen.omschrijving',
            tekst: 'Verzonnen voorbeeldtekst over zorgen in een gezin dat niet bestaat.',
            betreft: ['2d8f4b6a-1c9e-4a3d-8b7f-5e0a2c6d9f14', '6b3e9d1f-8a2c-4e7b-9d4a-0f5c1b8e3a62'],
          },
          {
            sleutel: 'melder.identiteit',
            soort: 'melding.melder.identiteit',
            tekst: 'Verzonnen: de melder wil anoniem blijven tegenover het gezin.',
            betreft: [],
            nietTerInzage: true,
          },
        ],
      },
    ],
    reply: [
      {
        aantekeningen: [
          { sleutel: 'zorgen.omschrijving', aantekeningRef: '8c2a6e0d-5f9b-4d1c-b7a3-4e8f1a6c2d95' },
          { sleutel: 'melder.identiteit', aantekeningRef: 'b9e3f7a1-2d5c-4e8b-a0f6-7c1d4b9e2a53' },
        ],
      },
    ],
  },
});
