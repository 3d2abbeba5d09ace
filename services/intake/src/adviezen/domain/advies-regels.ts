import { createHash } from 'node:crypto';
import {
  type AdviesKanaal,
  type AdviesvragerType,
  type Intentie,
  OngeldigeInvoer,
  type Ondersteuningsactie,
  RegelOvertreding,
} from '@vt/contracts';
import { datumInAmsterdam, plusKalendermaanden } from '@vt/werkdagen';

/** What the rules of a new advice look at (the command satisfies it). */
export interface Adviesgegevens {
  kanaal: AdviesKanaal;
  adviesvragerType: AdviesvragerType;
  toestemmingRegistratie: boolean;
  adviesvrager?: object;
  eersteContact?: { intentie?: Intentie };
  meldcode?: object;
}

/**
 * The rules an advice must meet before anything is stored (§3, §5, §15.5); the first rule refused is
 * thrown with its field. A minor who calls is never refused for his age (VT-3.2.1-a): there is no such rule.
 */
export function toetsAdvies(a: Adviesgegevens): void {
  // VT-15.5-a: name and contact details only with the seeker's explicit consent.
  if (a.adviesvrager !== undefined && !a.toestemmingRegistratie) {
    throw new RegelOvertreding(
      'VT-15.5-a',
      'de naam en contactgegevens van de adviesvrager worden alleen met zijn uitdrukkelijke toestemming vastgelegd',
      [{ field: 'adviesvrager', message: 'alleen met toestemmingRegistratie: true' }],
    );
  }
  // VT-3.2.2-a: the Meldcode and its afwegingskader are a professional's.
  if (a.meldcode !== undefined && a.adviesvragerType !== 'professional') {
    throw new RegelOvertreding('VT-3.2.2-a', 'de Meldcode en het afwegingskader horen bij een professional', [
      { field: 'meldcode', message: 'alleen bij adviesvragerType professional' },
    ]);
  }
  // VT-3.3-a: the caller decides; a report he wants is received as a report, never turned into advice.
  // Chat cannot carry a report at all (VT-3.2-d), so there the advice is what can be recorded.
  if (a.eersteContact?.intentie === 'melding' && a.kanaal !== 'chat') {
    throw new RegelOvertreding(
      'VT-3.3-a',
      'de beller wil een melding doen: die wordt als melding ontvangen (POST /api/v1/meldingen), niet als advies',
      [{ field: 'eersteContact.intentie', message: 'een gewenste melding is geen advies' }],
    );
  }
}

/** VT-15.3.4.1-a: kept until the Amsterdam date of the last contact + 2 years (29 Feb → 28 Feb). */
export function bewaarTot(laatsteContactOp: Date): string {
  return plusKalendermaanden(datumInAmsterdam(laatsteContactOp), 24);
}

/** The last contact of a file: a contact is never earlier than one already recorded. */
export function laatsteContact(vorige: Date | undefined, nu: Date): Date {
  return vorige && vorige.getTime() > nu.getTime() ? vorige : nu;
}

/** Crockford base 32: no I, L, O, U, so a number read out over the phone is not misheard. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * VT-5.5-b: the number the seeker quotes, e.g. `A-VR09-7K3M-9Q2X`: the region and 40 bits derived from
 * the file's id, so a retried request gets the same number. It says nothing about the seeker or family.
 */
export function dossiernummer(adviesdossierId: string, regio: string): string {
  const hash = createHash('sha256').update(`adviesdossier|${adviesdossierId}`).digest();
  let bits = 0n;
  for (const b of hash.subarray(0, 5)) bits = (bits << 8n) | BigInt(b);
  let code = '';
  for (let i = 0; i < 8; i++) code = CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)] + code;
  return `A-${regio}-${code.slice(0, 4)}-${code.slice(4)}`;
}

export interface OndersteuningGegevens {
  actie: Ondersteuningsactie;
  toelichting?: string;
  toestemmingBetrokkenenBevestigd?: boolean;
}

/** The rules of a support action (VT-4.3-a, VT-5.3-a, VT-5.3-b). */
export function toetsOndersteuning(adviesvragerType: AdviesvragerType, o: OndersteuningGegevens): void {
  // The list is open: another form of support says what it was.
  if (o.actie === 'overig' && !o.toelichting) {
    throw new OngeldigeInvoer([{ field: 'toelichting', message: 'verplicht bij actie overig' }]);
  }
  // VT-5.3-a: a professional ensures the consent of (one of) the directly involved persons.
  if (adviesvragerType === 'professional' && o.toestemmingBetrokkenenBevestigd !== true) {
    throw new RegelOvertreding(
      'VT-5.3-a',
      'een professional bevestigt de toestemming van (een van) de directbetrokkenen voor de ondersteuning',
      [{ field: 'toestemmingBetrokkenenBevestigd', message: 'moet true zijn bij een professional' }],
    );
  }
}

/** What an advice is when an ex officio report is asked of it. */
export interface AdviesVoorMelding {
  kanaal: AdviesKanaal;
  adviesvragerType: AdviesvragerType;
}

/** The ex officio decision as recorded (VT-4.4-a, VT-5.4-a, VT-2.2.1-a). */
export interface AmbtshalveVoorwaarden {
  hoogEnAcuutRisico: boolean;
  onvoldoendeVeiligheid: boolean;
  geenOvereenstemming?: boolean;
  persoonsgegevensBekend: boolean;
}

/**
 * May this advice become an ex officio report (§4.4, §5.4)? Throws the rule refused, with every unmet
 * condition as a field. `beslisser` is the responsible worker who decides following 2.2 (VT-4.4-c).
 */
export function toetsAmbtshalveMelding(
  advies: AdviesVoorMelding,
  v: AmbtshalveVoorwaarden,
  besluit: { beslisser: string; geconsulteerd: readonly string[] },
): void {
  // VT-3.2-d: nothing about anyone but the consenting seeker is kept from a chat, so no report from it.
  if (advies.kanaal === 'chat') {
    throw new RegelOvertreding('VT-3.2-d', 'een chatadvies kan nooit een melding worden', [
      { field: 'kanaal', message: 'het advies kwam via chat' },
    ]);
  }
  // Condition 1 of both lists is "and/or": a high and acute risk, or safety the seeker cannot raise.
  const fouten: { field: string; message: string }[] = [];
  if (!v.hoogEnAcuutRisico && !v.onvoldoendeVeiligheid) {
    fouten.push({
      field: 'voorwaarden.hoogEnAcuutRisico',
      message: 'hoog en acuut risico en/of onvoldoende veiligheid ondanks ondersteuning is vereist',
    });
  }
  const directbetrokkene = advies.adviesvragerType === 'directbetrokkene';
  // VT-5.4-a item 2: with a bystander or professional, no agreement about a report was reached.
  if (!directbetrokkene && v.geenOvereenstemming !== true) {
    fouten.push({
      field: 'voorwaarden.geenOvereenstemming',
      message: 'Veilig Thuis en de adviesvrager hebben geen overeenstemming over een melding bereikt',
    });
  }
  if (!v.persoonsgegevensBekend) {
    fouten.push({
      field: 'voorwaarden.persoonsgegevensBekend',
      message: 'Veilig Thuis moet de persoonsgegevens van de directbetrokkenen hebben',
    });
  }
  if (fouten.length > 0) {
    const regel = directbetrokkene ? 'VT-4.4-a' : 'VT-5.4-a';
    throw new RegelOvertreding(regel, 'de voorwaarden voor een ambtshalve melding zijn niet vervuld', fouten);
  }
  // VT-4.4-c / VT-5.4-b: the responsible worker decides following 2.2, with a colleague consulted.
  if (!besluit.geconsulteerd.some((c) => c !== besluit.beslisser)) {
    throw new RegelOvertreding('VT-2.2.1-a', 'het besluit vraagt overleg met ten minste één collega', [
      { field: 'geconsulteerd', message: 'ten minste één collega anders dan de beslisser' },
    ]);
  }
}
