import { defineRpc } from '../../rpc-definition';
import type { Dossiervorming } from './dossiervorming';
import { boolean, code, datum, optional, regio, tekst, uuid } from '../../schema-fragments';
import { aantekeningVelden, callerKey, persoonRol, sealedTekst, verwerking } from './vault-fragments';

export interface TeRegistrerenPersoon {
  /** Caller's own key to match the reply to the request (e.g. `huishouden.0`); not stored. */
  sleutel: string;
  rol: string;
  /** A reporter's name as given (one field); household members come with voornaam and achternaam. */
  naam?: string;
  voornaam?: string;
  achternaam?: string;
  geboortedatum?: string;
  bsn?: string;
  gezag?: boolean | string;
  adres?: string;
  telefoon?: string;
  email?: string;
  instelling?: string;
  /** Only in the niet-ter-inzage part (VT-6.5.1-d, VT-15.6-a): an anonymous reporter's identity. */
  nietTerInzage?: boolean;
}

/** One person of a call, as `personen.registreren` and the batch staging (`meldingbatch.bewaren`) take him. */
export const teRegistrerenPersoonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['sleutel', 'rol'],
  properties: {
    sleutel: callerKey,
    rol: persoonRol,
    naam: optional(tekst(200)),
    voornaam: optional(tekst(200)),
    achternaam: optional(tekst(200)),
    geboortedatum: optional(datum),
    bsn: optional({ type: 'string', pattern: '^\\d{9}$' } as const),
    gezag: optional({ anyOf: [boolean, tekst(200)] }),
    adres: optional(tekst(500)),
    telefoon: optional(tekst(50)),
    email: optional(tekst(320)),
    instelling: optional(tekst(300)),
    nietTerInzage: optional(boolean),
  },
} as const;

export interface PersonenRegistrerenV1Request {
  /** Idempotency: the same verzoekId returns the same refs and stores nothing twice. */
  verzoekId: string;
  regio: string;
  /**
   * Optional (added to v1): on whose behalf (`sub` of the employee's token) and for what purpose the
   * radar decrypts known people to compare them; each decryption is written to the access log with it.
   */
  verwerking?: Verwerking;
  personen: TeRegistrerenPersoon[];
  /**
   * Optional (added to v1): the file the caller opens if none of these people is known yet. When every person
   * comes back `nieuw`, the vault links them all (with their `rol`) to `dossierId` and seals the texts in the
   * same call, and the reply carries `nieuwDossier`. Otherwise it stores neither, and the caller links and
   * seals through `aantekeningen.vastleggen` once it has chosen the file.
   */
  nieuwDossier?: {
    dossierId: string;
    aantekeningen: NieuwDossierAantekening[];
  };
}

/** A text of a new file; it concerns the people of this request, named by their `sleutel`. */
export interface NieuwDossierAantekening {
  sleutel: string;
  /** What kind of text this is, e.g. `melding.zorgen.omschrijving`. */
  soort: string;
  tekst: string;
  /** `sleutel`s of the people in this request the text is about (per-person access rights, §15.7). */
  betreftSleutels: string[];
  nietTerInzage?: boolean;
  /** Optional (added to v1): fact or opinion, source and the other rules of §15.4 / §2.1.8. */
  dossiervorming?: Dossiervorming;
}

/** Who a vault call decrypts for and why (Logboek dataverwerkingen). */
export interface Verwerking {
  sub?: string;
  /** A purpose code, as the HTTP header `X-Doelbinding` carries it. */
  doelbinding?: string;
}

export const PERSOON_MATCHES = ['nieuw', 'bsn', 'naam-geboortedatum'] as const;
export type PersoonMatch = (typeof PERSOON_MATCHES)[number];

export interface PersonenRegistrerenV1Reply {
  personen: { sleutel: string; persoonRef: string; match: PersoonMatch }[];
  /** Present only when the request asked for it and every person was `nieuw`: the file is linked. */
  nieuwDossier?: {
    dossierId: string;
    aantekeningen: { sleutel: string; aantekeningRef: string }[];
  };
}

/** The reply of `personen.registreren`, also one item of `meldingbatch.registreren`'s reply. */
export const personenRegistrerenReplySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['personen'],
  properties: {
    personen: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sleutel', 'persoonRef', 'match'],
        properties: { sleutel: callerKey, persoonRef: uuid, match: code(PERSOON_MATCHES) },
      },
    },
    nieuwDossier: optional({
      type: 'object',
      additionalProperties: false,
      required: ['dossierId', 'aantekeningen'],
      properties: { dossierId: uuid, aantekeningen: { type: 'array', items: sealedTekst } },
    } as const),
  },
} as const;

/**
 * `vt.rpc.privacy.personen.registreren` (contract §3): intake hands the people of a report to the vault
 * and gets opaque `persoonRef`s back. Carries personal data, so it is request/reply only, never streamed.
 */
export const personenRegistrerenV1 = defineRpc<PersonenRegistrerenV1Request, PersonenRegistrerenV1Reply>({
  service: 'privacy',
  actie: 'personen.registreren',
  request: {
    type: 'object',
    additionalProperties: false,
    required: ['verzoekId', 'regio', 'personen'],
    properties: {
      verzoekId: uuid,
      regio,
      verwerking: optional(verwerking),
      personen: {
        type: 'array',
        minItems: 1,
        maxItems: 50,
        items: teRegistrerenPersoonSchema,
      },
      nieuwDossier: optional({
        type: 'object',
        additionalProperties: false,
        required: ['dossierId', 'aantekeningen'],
        properties: {
          dossierId: uuid,
          aantekeningen: {
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
      } as const),
    },
  },
  reply: personenRegistrerenReplySchema,
  examples: {
    request: [
      {
        verzoekId: '9a7c3e15-4b2d-4f8e-a6c1-0d5b8e2f7a39',
        regio: 'VR09',
        verwerking: { sub: 'medewerker-0042', doelbinding: 'melding-registreren' },
        personen: [
          {
            sleutel: 'huishouden.0',
            rol: 'ouder',
            voornaam: 'Voorbeeld',
            achternaam: 'Testpersoon',
            geboortedatum: '1985-06-15',
            bsn: '999990019',
            gezag: true,
            adres: 'Voorbeeldstraat 1, Nergenshuizen',
          },
          {
            sleutel: 'huishouden.1',
            rol: 'kind',
            voornaam: 'Proef',
            achternaam: 'Testpersoon',
            geboortedatum: '2017-09-01',
            bsn: '999990032',
            gezag: 'onder voogdij (verzonnen)',
          },
          {
            sleutel: 'melder',
            rol: 'melder',
            naam: 'Fictieve Melder',
            instelling: 'Basisschool De Voorbeeldboom',
            telefoon: '0201234567',
            email: 'melder@voorbeeld.invalid',
            nietTerInzage: false,
          },
        ],
        nieuwDossier: {
          dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
          aantekeningen: [
            {
              sleutel: 'zorgen.omschrijving',
              soort: 'melding.zorgen.omschrijving',
              tekst: 'Verzonnen voorbeeldtekst: de leerkracht maakt zich zorgen.',
              betreftSleutels: ['huishouden.0', 'huishouden.1'],
              dossiervorming: {
                aard: 'mening',
                status: 'verzonnen: de zorgen van de melder, nog niet onderzocht',
                bron: { soort: 'professional', omschrijving: 'leerkracht' },
                actueelContact: true,
                medisch: { bevoegdeProfessional: 'schoolarts', noodzaak: 'verzonnen: weging van het letsel' },
                belastend: {
                  zienswijzeRef: '3e7a1c9d-5b2f-4d8e-a6c0-1f9b3d7e5a24',
                  nietGevraagdReden: 'verzonnen: de ouder is nog niet bereikt',
                },
              },
            },
            {
              sleutel: 'zorgen.buurvrouw',
              soort: 'melding.zorgen.informant',
              tekst: 'Verzonnen: de buurvrouw hoort vaak geschreeuw.',
              betreftSleutels: ['huishouden.1'],
              dossiervorming: {
                aard: 'feit',
                bron: { soort: 'informant', omschrijving: 'buurvrouw' },
                actueelContact: false,
                informantAccordering: 'in-afwachting',
                zienswijzeBetrokkene: false,
              },
            },
            {
              sleutel: 'melder.identiteit',
              soort: 'melding.melder.identiteit',
              tekst: 'Verzonnen: de melder wil niet dat het gezin weet wie belde.',
              betreftSleutels: [],
              nietTerInzage: true,
            },
          ],
        },
      },
      {
        verzoekId: 'e4b1d8a2-7c3f-4a9e-b5d0-6f2c9a1e8b47',
        regio: 'VR17',
        personen: [{ sleutel: 'huishouden.0', rol: 'kind', voornaam: 'Proef', achternaam: 'Testpersoon' }],
      },
    ],
    reply: [
      {
        personen: [
          {
            sleutel: 'huishouden.0',
            persoonRef: '2d8f4b6a-1c9e-4a3d-8b7f-5e0a2c6d9f14',
            match: 'nieuw',
          },
          {
            sleutel: 'huishouden.1',
            persoonRef: '6b3e9d1f-8a2c-4e7b-9d4a-0f5c1b8e3a62',
            match: 'nieuw',
          },
          { sleutel: 'melder', persoonRef: 'f1a7c4e9-3d6b-4b2a-a8e5-9c0d7f2b4e18', match: 'nieuw' },
        ],
        nieuwDossier: {
          dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
          aantekeningen: [
            {
              sleutel: 'zorgen.omschrijving',
              aantekeningRef: '8c2a6e0d-5f9b-4d1c-b7a3-4e8f1a6c2d95',
            },
            { sleutel: 'zorgen.buurvrouw', aantekeningRef: '2b6d0f4a-8e3c-4a7b-9d1e-5f3a7c9b1d60' },
            {
              sleutel: 'melder.identiteit',
              aantekeningRef: 'b9e3f7a1-2d5c-4e8b-a0f6-7c1d4b9e2a53',
            },
          ],
        },
      },
      {
        personen: [
          {
            sleutel: 'huishouden.0',
            persoonRef: '6b3e9d1f-8a2c-4e7b-9d4a-0f5c1b8e3a62',
            match: 'naam-geboortedatum',
          },
        ],
      },
    ],
  },
});
