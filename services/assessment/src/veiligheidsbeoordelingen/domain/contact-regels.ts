import { RegelOvertreding } from '@vt/contracts';
import { toetsConsultatie } from './besluit-regels';

/** VT-2.1.1-a: what directly involved persons have a right to be told (items 1–10). */
export const INFORMATIE_RECHTEN = [
  'taak-werkwijze-bevoegdheden',
  'inhoud-melding',
  'identiteit-professionele-melder',
  'identiteit-particuliere-melder',
  'registratie-en-doel',
  'gedeelde-informatie',
  'vervolgstappen',
  'afsluiting',
  'terugkoppeling-melder',
  'monitoring',
] as const;

/** VT-8.1-c: what the first contact discusses (items 1–7). */
export const GESPREKSPUNTEN = [
  'inhoud-melding',
  'standpunt',
  'mogelijkheden-medewerking',
  'taken-bevoegdheden',
  'gelegde-contacten',
  'voorgenomen-contacten',
  'vervolgstappen',
] as const;

/** VT-2.1.2-a: the outcome of offering a person to be heard. */
export const GEHOORD = ['standpunt-gegeven', 'afgezien', 'niet-bereikt'] as const;
export const CONTACTVORMEN = ['telefonisch', 'persoonlijk'] as const;

/** The age from which Veilig Thuis speaks with a child; younger children are seen (VT-2.1.2.1-b). */
export const SPREEKLEEFTIJD = 4;

export interface Deelnemer {
  /** Age on the contact date, for a minor. */
  leeftijd?: number;
  gesproken?: boolean;
  gezien?: boolean;
  /** VT-1.4-g: why a child was not spoken with or seen. */
  toelichting?: string;
}

export interface ContactVoorstel {
  deelnemers: Deelnemer[];
  oudersVoorafGeinformeerd?: boolean;
  redenOudersNietVooraf?: string;
}

/** VT-2.1.2.1-b/e: children 4+ spoken with, younger ones seen, parents told beforehand or the reason why not. */
export function toetsContact(v: ContactVoorstel): void {
  const fouten = v.deelnemers.flatMap((d, i) => {
    if (d.leeftijd === undefined || d.toelichting?.trim()) return [];
    if (d.leeftijd >= SPREEKLEEFTIJD && !d.gesproken) {
      return [
        {
          field: `deelnemers.${i}.gesproken`,
          message: 'een kind van 4 jaar of ouder wordt gesproken, of licht toe waarom niet',
        },
      ];
    }
    if (d.leeftijd < SPREEKLEEFTIJD && !d.gezien && !d.gesproken) {
      return [
        {
          field: `deelnemers.${i}.gezien`,
          message: 'een kind onder de 4 wordt in elk geval gezien, of licht toe waarom niet',
        },
      ];
    }
    return [];
  });
  if (fouten.length) {
    throw new RegelOvertreding(
      'VT-2.1.2.1-b',
      'kinderen van 4 en ouder spreken, jongere kinderen zien',
      fouten,
    );
  }
  const kindGezien = v.deelnemers.some((d) => d.leeftijd !== undefined && (d.gesproken || d.gezien));
  if (kindGezien && v.oudersVoorafGeinformeerd !== true && !v.redenOudersNietVooraf?.trim()) {
    throw new RegelOvertreding(
      'VT-2.1.2.1-e',
      'de ouders horen vooraf van het gesprek met hun kinderen, of de reden om dat niet te doen wordt vastgelegd',
      [{ field: 'redenOudersNietVooraf', message: 'verplicht als de ouders niet vooraf zijn geïnformeerd' }],
    );
  }
}

export interface AfzienVoorstel {
  /** VT-2.1.3-a 1: necessary for Veilig Thuis's tasks (not the advice task). */
  nodigVoorTaak?: boolean;
  /** VT-2.1.3-a 2: necessary to end domestic violence or child abuse, or to investigate a suspicion of it. */
  nodigVoorBeeindigingOfOnderzoek?: boolean;
  motivering?: string;
  feiten?: string;
  informerenOp?: string;
  informerenBij?: string;
  geconsulteerd: readonly string[];
}

/** VT-2.1.3-a/b/c: refraining from contact is a decision under 2.2 on both statutory conditions. */
export function toetsAfzien(v: AfzienVoorstel, beslisser: string): void {
  const fouten = [
    ...(v.nodigVoorTaak === true
      ? []
      : [{ field: 'nodigVoorTaak', message: 'beide wettelijke voorwaarden zijn vereist' }]),
    ...(v.nodigVoorBeeindigingOfOnderzoek === true
      ? []
      : [{ field: 'nodigVoorBeeindigingOfOnderzoek', message: 'beide wettelijke voorwaarden zijn vereist' }]),
    ...(v.motivering?.trim() ? [] : [{ field: 'motivering', message: 'verplicht' }]),
  ];
  if (fouten.length) {
    throw new RegelOvertreding(
      'VT-2.1.3-a',
      'afzien van contact alleen als beide voorwaarden gelden, met motivering',
      fouten,
    );
  }
  if (!v.feiten?.trim()) {
    throw new RegelOvertreding(
      'VT-2.1.3-b',
      'leg de feiten en omstandigheden vast die tot dit besluit leidden',
      [{ field: 'feiten', message: 'verplicht' }],
    );
  }
  if (!v.informerenOp && !v.informerenBij?.trim()) {
    throw new RegelOvertreding(
      'VT-2.1.3-c',
      'leg vast wanneer de directbetrokkenen alsnog worden geïnformeerd',
      [{ field: 'informerenOp', message: 'een datum, of een moment in informerenBij' }],
    );
  }
  toetsConsultatie(v.geconsulteerd, beslisser);
}
