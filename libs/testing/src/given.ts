import type { HuishoudenPersoonV1, MeldingV1 } from '@vt/contracts';
import { testBsn } from './fixtures';

/** Objects merge key by key, arrays and values replace, and `undefined` leaves a key out. */
export type Aanpassing<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Aanpassing<T[K]> : T[K];
};

/**
 * Valid test data, one factory per thing, for every spec, the e2e suite and the bench: a report by an
 * identifiable professional about a new household (a fresh BSN each call) in Utrecht (VR09).
 */
export const given = {
  melding(aanpassing: Aanpassing<MeldingV1> = {}): MeldingV1 {
    const melding: MeldingV1 = {
      kanaal: 'telefoon',
      spoed: false,
      melder: { type: 'professional', naam: 'Melder', telefoon: '0612345678', meldcodePlichtig: true },
      anonimiteit: 'geen',
      huishouden: { gemeentecode: 'GM0344', personen: [given.persoon()] },
      zorgen: { omschrijving: 'zorgen over het kind', schaalvraag: 4 },
    };
    return pasAan(melding, aanpassing);
  },

  /** A child of the household, with a fresh BSN. */
  persoon(aanpassing: Aanpassing<HuishoudenPersoonV1> = {}): HuishoudenPersoonV1 {
    return pasAan(
      { rol: 'kind', voornaam: 'Kim', achternaam: 'Test', geboortedatum: '2018-02-03', bsn: testBsn() },
      aanpassing,
    );
  },
};

function pasAan<T extends object>(basis: T, aanpassing: Aanpassing<T>): T {
  return samengevoegd({ ...basis } as Record<string, unknown>, aanpassing) as T;
}

function samengevoegd(basis: Record<string, unknown>, aanpassing: object): Record<string, unknown> {
  const uit = { ...basis };
  for (const [k, v] of Object.entries(aanpassing)) {
    const oud = uit[k];
    if (v === undefined) delete uit[k];
    else if (isObject(v) && isObject(oud)) uit[k] = samengevoegd(oud, v);
    else uit[k] = v;
  }
  return uit;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
