import { randomBytes } from 'node:crypto';
import { given, testBsn } from '@vt/testing';

/** A marker that must never show up outside the vault's ciphertext (privacy-design.md, canary tests). */
export function kanarie(): string {
  return `KANARIE${randomBytes(5).toString('hex').toUpperCase()}`;
}

export interface Huishouden {
  achternaam: string;
  bsnOuder: string;
  bsnKind: string;
  omschrijving: string;
  melderNaam: string;
  melderEmail: string;
}

export function nieuwHuishouden(): Huishouden {
  const k = kanarie();
  return {
    achternaam: `${k}Achternaam`,
    bsnOuder: testBsn(),
    bsnKind: testBsn(),
    omschrijving: `${k} zorgen over de kinderen na een incident`,
    melderNaam: `${k}Melder`,
    melderEmail: `${k.toLowerCase()}@example.org`,
  };
}

/** The test kit's valid report about this household, by a bystander; its names and texts carry the canary. */
export function melding(h: Huishouden, overrides: Record<string, unknown> = {}) {
  const persoon = { achternaam: h.achternaam };
  return {
    ...given.melding({
      melder: {
        type: 'omstander',
        naam: h.melderNaam,
        email: h.melderEmail,
        telefoon: undefined,
        meldcodePlichtig: undefined,
        toestemmingIdentiteitDelen: false,
      },
      huishouden: {
        gemeentecode: 'GM0344',
        adres: `${h.achternaam}straat 1, Utrecht`,
        personen: [
          given.persoon({
            ...persoon,
            rol: 'ouder',
            voornaam: 'Anna',
            geboortedatum: '1988-04-12',
            bsn: h.bsnOuder,
            gezag: true,
          }),
          given.persoon({ ...persoon, voornaam: 'Bram', geboortedatum: '2016-09-30', bsn: h.bsnKind }),
        ],
      },
      zorgen: {
        omschrijving: h.omschrijving,
        schaalvraag: 3,
        schaalvraagToelichting: `${h.achternaam} toelichting`,
      },
    }),
    ...overrides,
  };
}

/** Every form in which a marker could leak: plain, lower case, base64, hex and UTF-16. */
export function leakForms(marker: string): string[] {
  return [
    marker,
    marker.toLowerCase(),
    Buffer.from(marker).toString('base64').slice(0, -4),
    Buffer.from(marker).toString('hex'),
    Buffer.from(marker, 'utf16le').toString('latin1'),
  ];
}
