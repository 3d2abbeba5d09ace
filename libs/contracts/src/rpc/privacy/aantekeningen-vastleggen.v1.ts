import { defineRpc } from '../../rpc-definition';
import type { Dossiervorming } from './dossiervorming';
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
    /** Optional (added to v1): fact or opinion, source and the other rules of §15.4 / §2.1.8. */
    dossiervorming?: Dossiervorming;
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
            sleutel: 'gesprek.huisarts',
            soort: 'onderzoek.informant.verslag',
            tekst: 'Verzonnen: de huisarts zag het kind drie keer met blauwe plekken.',
            betreft: ['6b3e9d1f-8a2c-4e7b-9d4a-0f5c1b8e3a62'],
            dossiervorming: {
              aard: 'feit',
              bron: { soort: 'informant', omschrijving: 'huisarts' },
              actueelContact: true,
              medisch: { bevoegdeProfessional: 'huisarts', noodzaak: 'verzonnen: nodig voor de weging' },
              informantAccordering: 'geaccordeerd',
              belastend: { nietGevraagdReden: 'verzonnen: de ouder is nog niet bereikt' },
            },
          },
          {
            sleutel: 'gesprek.ouder',
            soort: 'onderzoek.gesprek.verslag',
            tekst: 'Verzonnen: de ouder herkent zich niet in de melding.',
            betreft: ['2d8f4b6a-1c9e-4a3d-8b7f-5e0a2c6d9f14'],
            dossiervorming: {
              aard: 'mening',
              status: 'verzonnen: zienswijze van de ouder op de melding',
              bron: { soort: 'betrokkene' },
              actueelContact: true,
              zienswijzeBetrokkene: true,
            },
          },
          {
            sleutel: 'gesprek.school',
            soort: 'onderzoek.gesprek.verslag',
            tekst: 'Verzonnen: de leerkracht vermoedt dat de vader slaat.',
            betreft: ['6b3e9d1f-8a2c-4e7b-9d4a-0f5c1b8e3a62'],
            dossiervorming: {
              aard: 'hypothese',
              status: 'verzonnen: vermoeden van de leerkracht, niet onderzocht',
              bron: { soort: 'professional', omschrijving: 'leerkracht groep 5' },
              actueelContact: false,
              belastend: { zienswijzeRef: '3e7a1c9d-5b2f-4d8e-a6c0-1f9b3d7e5a24' },
            },
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
          { sleutel: 'gesprek.huisarts', aantekeningRef: '3e7a1c9d-5b2f-4d8e-a6c0-1f9b3d7e5a24' },
          { sleutel: 'gesprek.ouder', aantekeningRef: '5c1e8a3f-7d2b-4f9a-b6e4-2a0d9c7f3b15' },
          { sleutel: 'gesprek.school', aantekeningRef: '9f4b2d6e-1a8c-4e3f-a7d5-6c0b8e2f4a97' },
        ],
      },
    ],
  },
});
