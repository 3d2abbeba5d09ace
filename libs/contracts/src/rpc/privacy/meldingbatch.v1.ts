import { defineRpc } from '../../rpc-definition';
import { regio, uuid } from '../../schema-fragments';
import {
  type NieuwDossierAantekening,
  type PersonenRegistrerenV1Reply,
  personenRegistrerenReplySchema,
  type TeRegistrerenPersoon,
  teRegistrerenPersoonSchema,
} from './personen-registreren.v1';
import { aantekeningVelden, callerKey, persoonRol, sealedTekst } from './vault-fragments';

/**
 * The personal part of one police report of a batch (people and free texts), as intake received it. The
 * vault keeps it sealed until the batch worker has chosen the report's file: intake stores none of it.
 */
export interface BatchmeldingInhoud {
  personen: TeRegistrerenPersoon[];
  /** The texts of the report; `betreftSleutels` name the people of `personen` they are about. */
  teksten: NieuwDossierAantekening[];
}

/** Most items per call: a chunk of the batch worker (NATS carries at most 1 MB per message). */
export const MELDINGBATCH_ITEMS_PER_VERZOEK = 100;

export interface MeldingbatchBewarenV1Request {
  verzoekId: string;
  meldingbatchId: string;
  items: { sleutel: string; regio: string; inhoud: BatchmeldingInhoud }[];
}

export interface MeldingbatchBewarenV1Reply {
  /** Per item, in the order of the request: the ref of its sealed content. */
  items: { sleutel: string; inhoudRef: string }[];
}

const inhoudSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['personen', 'teksten'],
  properties: {
    personen: { type: 'array', minItems: 1, maxItems: 50, items: teRegistrerenPersoonSchema },
    teksten: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sleutel', 'soort', 'tekst', 'betreftSleutels'],
        properties: {
          ...aantekeningVelden,
          betreftSleutels: { type: 'array', maxItems: 100, items: callerKey },
        },
      },
    },
  },
} as const;

/**
 * `vt.rpc.privacy.meldingbatch.bewaren`: the people and texts of a chunk of a police batch, sealed by the
 * vault (each under a data key of its own) until the batch worker processes them; one call per chunk.
 */
export const meldingbatchBewarenV1 = defineRpc<MeldingbatchBewarenV1Request, MeldingbatchBewarenV1Reply>({
  service: 'privacy',
  actie: 'meldingbatch.bewaren',
  request: {
    type: 'object',
    additionalProperties: false,
    required: ['verzoekId', 'meldingbatchId', 'items'],
    properties: {
      verzoekId: uuid,
      meldingbatchId: uuid,
      items: {
        type: 'array',
        minItems: 1,
        maxItems: MELDINGBATCH_ITEMS_PER_VERZOEK,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['sleutel', 'regio', 'inhoud'],
          properties: { sleutel: callerKey, regio, inhoud: inhoudSchema },
        },
      },
    },
  },
  reply: {
    type: 'object',
    additionalProperties: false,
    required: ['items'],
    properties: {
      items: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['sleutel', 'inhoudRef'],
          properties: { sleutel: callerKey, inhoudRef: uuid },
        },
      },
    },
  },
  examples: {
    request: [
      {
        verzoekId: '3e6a1f0c-2b7d-4c8e-9a5f-1d0b6e3c7a24',
        meldingbatchId: '7d2c9e4a-1f6b-4a3e-8c5d-0b9f2e7a4c13',
        items: [
          {
            sleutel: '0',
            regio: 'VR13',
            inhoud: {
              personen: [
                {
                  sleutel: 'huishouden.0',
                  rol: 'kind',
                  voornaam: 'Proef',
                  achternaam: 'Testpersoon',
                  geboortedatum: '2017-09-01',
                  bsn: '999990032',
                  gezag: false,
                  adres: 'Voorbeeldstraat 1, Nergenshuizen',
                },
                {
                  sleutel: 'melder',
                  rol: 'melder',
                  naam: 'Verzonnen Agent',
                  instelling: 'Politie Eenheid Voorbeeld',
                  telefoon: '0900-0000000',
                  email: 'agent@voorbeeld.invalid',
                  nietTerInzage: false,
                },
              ],
              teksten: [
                {
                  sleutel: 'zorgen.omschrijving',
                  soort: 'melding.zorgen.omschrijving',
                  tekst: 'Verzonnen zorgmelding van de politie over een gezin dat niet bestaat.',
                  betreftSleutels: ['huishouden.0'],
                  nietTerInzage: false,
                },
                {
                  sleutel: 'zorgen.huisarts',
                  soort: 'melding.zorgen.toelichting',
                  tekst: 'Verzonnen: de huisarts zag het kind met blauwe plekken.',
                  betreftSleutels: ['huishouden.0'],
                  dossiervorming: {
                    aard: 'feit',
                    bron: { soort: 'informant', omschrijving: 'huisarts' },
                    actueelContact: true,
                    medisch: {
                      bevoegdeProfessional: 'huisarts',
                      noodzaak: 'verzonnen: nodig voor de weging',
                    },
                    informantAccordering: 'geaccordeerd',
                    belastend: { nietGevraagdReden: 'verzonnen: de ouder is nog niet bereikt' },
                  },
                },
                {
                  sleutel: 'zorgen.ouder',
                  soort: 'melding.zorgen.toelichting',
                  tekst: 'Verzonnen: de ouder herkent zich niet in de zorgen.',
                  betreftSleutels: ['huishouden.0'],
                  dossiervorming: {
                    aard: 'hypothese',
                    status: 'verzonnen: vermoeden van de agent, niet onderzocht',
                    bron: { soort: 'betrokkene' },
                    actueelContact: false,
                    zienswijzeBetrokkene: true,
                    belastend: { zienswijzeRef: '3e7a1c9d-5b2f-4d8e-a6c0-1f9b3d7e5a24' },
                  },
                },
              ],
            },
          },
        ],
      },
    ],
    reply: [{ items: [{ sleutel: '0', inhoudRef: 'c5e8a2d1-7b4f-4e9a-a3c6-2f1d8b5e9a70' }] }],
  },
});

export interface MeldingbatchRegistrerenV1Request {
  items: { inhoudRef: string; verzoekId: string; regio: string; nieuwDossierId: string }[];
}

export interface MeldingbatchRegistrerenV1Reply {
  /** Per item, in the order of the request: what `personen.registreren` answers for its people. */
  items: PersonenRegistrerenV1Reply[];
}

/**
 * `vt.rpc.privacy.meldingbatch.registreren`: `personen.registreren` for every item of a chunk, in order,
 * from the content sealed by `meldingbatch.bewaren` (a person created for one item is known to the next).
 */
export const meldingbatchRegistrerenV1 = defineRpc<
  MeldingbatchRegistrerenV1Request,
  MeldingbatchRegistrerenV1Reply
>({
  service: 'privacy',
  actie: 'meldingbatch.registreren',
  request: {
    type: 'object',
    additionalProperties: false,
    required: ['items'],
    properties: {
      items: {
        type: 'array',
        minItems: 1,
        maxItems: MELDINGBATCH_ITEMS_PER_VERZOEK,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['inhoudRef', 'verzoekId', 'regio', 'nieuwDossierId'],
          properties: { inhoudRef: uuid, verzoekId: uuid, regio, nieuwDossierId: uuid },
        },
      },
    },
  },
  reply: {
    type: 'object',
    additionalProperties: false,
    required: ['items'],
    properties: { items: { type: 'array', items: personenRegistrerenReplySchema } },
  },
  examples: {
    request: [
      {
        items: [
          {
            inhoudRef: 'c5e8a2d1-7b4f-4e9a-a3c6-2f1d8b5e9a70',
            verzoekId: 'a0d4c7e2-9b1f-4e6a-8d3c-5f2b0e9a7c41',
            regio: 'VR13',
            nieuwDossierId: 'e7b2f9c4-3a8d-4b1e-9f6c-0d5a2e8b3c17',
          },
        ],
      },
    ],
    reply: [
      {
        items: [
          {
            personen: [
              {
                sleutel: 'huishouden.0',
                persoonRef: '6b3e9d1f-8a2c-4e7b-9d4a-0f5c1b8e3a62',
                match: 'nieuw',
              },
              { sleutel: 'melder', persoonRef: 'f1a7c4e9-3d6b-4b2a-a8e5-9c0d7f2b4e18', match: 'nieuw' },
            ],
            nieuwDossier: {
              dossierId: 'e7b2f9c4-3a8d-4b1e-9f6c-0d5a2e8b3c17',
              aantekeningen: [
                { sleutel: 'zorgen.omschrijving', aantekeningRef: '8c2a6e0d-5f9b-4d1c-b7a3-4e8f1a6c2d95' },
              ],
            },
          },
        ],
      },
    ],
  },
});

export interface MeldingbatchVastleggenV1Request {
  items: {
    inhoudRef: string;
    verzoekId: string;
    regio: string;
    dossierId: string;
    personen: { persoonRef: string; rol: string }[];
    /** persoonRefs the item's texts are about. */
    betreft: string[];
  }[];
}

export interface MeldingbatchVastleggenV1Reply {
  /** Per item, in the order of the request. */
  items: { aantekeningen: { sleutel: string; aantekeningRef: string }[] }[];
}

/**
 * `vt.rpc.privacy.meldingbatch.vastleggen`: `aantekeningen.vastleggen` for the items of a chunk that joined
 * a file of people the vault knew, with the texts sealed by `meldingbatch.bewaren`.
 */
export const meldingbatchVastleggenV1 = defineRpc<
  MeldingbatchVastleggenV1Request,
  MeldingbatchVastleggenV1Reply
>({
  service: 'privacy',
  actie: 'meldingbatch.vastleggen',
  request: {
    type: 'object',
    additionalProperties: false,
    required: ['items'],
    properties: {
      items: {
        type: 'array',
        minItems: 1,
        maxItems: MELDINGBATCH_ITEMS_PER_VERZOEK,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['inhoudRef', 'verzoekId', 'regio', 'dossierId', 'personen', 'betreft'],
          properties: {
            inhoudRef: uuid,
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
            betreft: { type: 'array', maxItems: 100, items: uuid },
          },
        },
      },
    },
  },
  reply: {
    type: 'object',
    additionalProperties: false,
    required: ['items'],
    properties: {
      items: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['aantekeningen'],
          properties: { aantekeningen: { type: 'array', items: sealedTekst } },
        },
      },
    },
  },
  examples: {
    request: [
      {
        items: [
          {
            inhoudRef: 'c5e8a2d1-7b4f-4e9a-a3c6-2f1d8b5e9a70',
            verzoekId: 'b8e1d4a7-2c9f-4a6e-8b3d-7f0c5a2e9d64',
            regio: 'VR13',
            dossierId: 'a41c8e3b-6d2f-4b9a-8e15-7c0d3f9b2a86',
            personen: [{ persoonRef: '6b3e9d1f-8a2c-4e7b-9d4a-0f5c1b8e3a62', rol: 'kind' }],
            betreft: ['6b3e9d1f-8a2c-4e7b-9d4a-0f5c1b8e3a62'],
          },
        ],
      },
    ],
    reply: [
      {
        items: [
          {
            aantekeningen: [
              { sleutel: 'zorgen.omschrijving', aantekeningRef: '8c2a6e0d-5f9b-4d1c-b7a3-4e8f1a6c2d95' },
            ],
          },
        ],
      },
    ],
  },
});
