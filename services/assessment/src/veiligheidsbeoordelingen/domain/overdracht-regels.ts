import { type Besluit, OngeldigeInvoer, type Overdrachtspartij, RegelOvertreding } from '@vt/contracts';
import { AlBesloten } from './besluit-regels';

/** VT-11.3.1-a: in writing, digitally, or warm (a meeting with the people involved present). */
export const OVERDRACHTSVORMEN = ['schriftelijk', 'digitaal', 'warm'] as const;
export type Overdrachtsvorm = (typeof OVERDRACHTSVORMEN)[number];
/** VT-11.3.1-b step 1: Veilig Thuis informs the people, or agrees that the handover party does (E3). */
export const INFORMEERDERS = ['veilig-thuis', 'overdrachtspartij'] as const;
export type Informeerder = (typeof INFORMEERDERS)[number];

export interface OverdrachtVoorstel {
  vorm: Overdrachtsvorm;
  geinformeerdDoor: Informeerder;
  /** VT-2.1.7-a E3: the four things the handover party agreed to tell the people involved. */
  afsprakenE3?: {
    identiteitMelder?: boolean;
    inhoudEnReden?: boolean;
    registratieEnRechten?: boolean;
    hulpAanbod?: boolean;
  };
  /** VT-11.3.1-b step 2: the information items passed on; the risk factors always go with them. */
  informatieIds: string[];
  /** VT-11.3.1-b step 3: the party contacts Veilig Thuis when safety is at stake again. */
  terugmeldafspraak?: boolean;
  /** VT-11.3.2-a: a handover to the client system itself records these four in writing. */
  clientsysteem?: {
    afspraken?: string;
    hulp?: string;
    contactBijOnveiligheid?: boolean;
    verantwoordelijkheidBijDirectbetrokkenen?: boolean;
  };
  /** VT-11.2-a: the police staff named consented to their contact details being passed on. */
  toestemmingPolitieContactgegevens?: boolean;
}

export interface OverdrachtContext {
  besluit: Besluit | null | undefined;
  overdrachtspartij: Overdrachtspartij | null | undefined;
  alVerzonden: boolean;
  informatie: { id: string; strafrechtelijkOnderzoek: boolean; politieContactgegevens: boolean }[];
}

/** The direct handover after the assessment (§11.3) and what it may not pass on (§11.2). */
export function toetsOverdracht(v: OverdrachtVoorstel, ctx: OverdrachtContext): Overdrachtspartij {
  const partij = ctx.overdrachtspartij;
  if (ctx.besluit !== 'overdracht' || !partij) {
    throw new RegelOvertreding('VT-7.5.1-a', 'een directe overdracht volgt op het besluit overdracht');
  }
  if (ctx.alVerzonden) throw new AlBesloten('de overdracht is al verzonden');
  const bekend = new Map(ctx.informatie.map((i) => [i.id, i]));
  const onbekend = v.informatieIds.filter((id) => !bekend.has(id));
  if (onbekend.length) {
    throw new OngeldigeInvoer([
      { field: 'informatieIds', message: 'informatie van een andere beoordeling of onbekend' },
    ]);
  }
  const items = ctx.informatie.filter((i) => v.informatieIds.includes(i.id));
  if (items.some((i) => i.strafrechtelijkOnderzoek)) {
    throw new RegelOvertreding(
      'VT-11.2-a',
      'informatie over een lopend strafrechtelijk onderzoek wordt niet overgedragen',
      [{ field: 'informatieIds', message: 'bevat informatie gemarkeerd als strafrechtelijk onderzoek' }],
    );
  }
  if (items.some((i) => i.politieContactgegevens) && !v.toestemmingPolitieContactgegevens) {
    throw new RegelOvertreding(
      'VT-11.2-a',
      'contactgegevens van politiemedewerkers alleen met hun toestemming',
      [{ field: 'informatieIds', message: 'bevat contactgegevens van politiemedewerkers' }],
    );
  }
  if (partij === 'clientsysteem') {
    toetsClientsysteem(v);
    return partij;
  }
  if (v.geinformeerdDoor === 'overdrachtspartij') {
    const a = v.afsprakenE3 ?? {};
    const missend = (
      ['identiteitMelder', 'inhoudEnReden', 'registratieEnRechten', 'hulpAanbod'] as const
    ).filter((k) => a[k] !== true);
    if (missend.length) {
      throw new RegelOvertreding(
        'VT-2.1.7-b',
        'informeert de overdrachtspartij het gezin, dan zijn de vier afspraken van uitzondering E3 met haar gemaakt',
        missend.map((k) => ({ field: `afsprakenE3.${k}`, message: 'afspraak ontbreekt' })),
      );
    }
  }
  if (v.terugmeldafspraak !== true) {
    throw new RegelOvertreding(
      'VT-11.3.1-b',
      'de overdrachtspartij neemt contact op met Veilig Thuis als de veiligheid weer in het geding is',
      [{ field: 'terugmeldafspraak', message: 'verplicht' }],
    );
  }
  return partij;
}

/** VT-11.3.2-a: the four items recorded in writing for a handover to the people involved themselves. */
function toetsClientsysteem(v: OverdrachtVoorstel): void {
  const c = v.clientsysteem ?? {};
  const fouten = [
    ...(c.afspraken?.trim() ? [] : ['afspraken']),
    ...(c.hulp?.trim() ? [] : ['hulp']),
    ...(c.contactBijOnveiligheid === true ? [] : ['contactBijOnveiligheid']),
    ...(c.verantwoordelijkheidBijDirectbetrokkenen === true
      ? []
      : ['verantwoordelijkheidBijDirectbetrokkenen']),
  ];
  if (v.geinformeerdDoor !== 'veilig-thuis') fouten.push('geinformeerdDoor');
  if (!fouten.length) return;
  throw new RegelOvertreding(
    'VT-11.3.2-a',
    'een overdracht aan het cliëntsysteem legt de afspraken, de hulp, het terugmelden en de verantwoordelijkheid schriftelijk vast',
    fouten.map((f) => ({ field: f === 'geinformeerdDoor' ? f : `clientsysteem.${f}`, message: 'verplicht' })),
  );
}
