import {
  type HermeldingCategorie,
  type MeldingV1,
  OngeldigeInvoer,
  RegelOvertreding,
  type ZichtOpVeiligheidBij,
} from '@vt/contracts';
import { datumInAmsterdam } from '@vt/werkdagen';

type Fout = { field: string; message: string };

/** What of a report the context rules read (§3.2, §6.1–§6.3, §6.8). */
export type Meldingscontext = Pick<MeldingV1, 'kanaal' | 'terugkoppeling' | 'afspraken'> & {
  melder: Pick<MeldingV1['melder'], 'type' | 'meldcodeStappenBesproken' | 'checkAanleiding'>;
};

/**
 * The rules about how a report came in and what was agreed, checked before anything is stored; the
 * first rule refused is thrown, with every offending field.
 * - VT-3.2-d: a chat contact can never become a report.
 * - VT-6.3-a, VT-6.3.1-a: the Meldcode steps and the Kindcheck/Mantelzorgcheck are a professional's.
 * - VT-6.1-a: only a professional keeps the responsibility for oversight of safety; with any other
 *   reporter it passes to Veilig Thuis.
 * - the moment of feedback (VT-6.2-a, VT-6.3-a) lies not before the day of receipt (400).
 */
export function toetsMeldingscontext(m: Meldingscontext, ontvangenOp: Date): void {
  if (m.kanaal === 'chat') {
    throw new RegelOvertreding('VT-3.2-d', 'via de chat kan geen melding worden gedaan', [
      { field: 'kanaal', message: 'een melding komt niet via de chat binnen' },
    ]);
  }
  const professional = m.melder.type === 'professional';
  const alleenProfessional: Fout[] = [];
  if (!professional && m.melder.meldcodeStappenBesproken !== undefined) {
    alleenProfessional.push({
      field: 'melder.meldcodeStappenBesproken',
      message: 'alleen bij een professional',
    });
  }
  if (!professional && m.melder.checkAanleiding !== undefined) {
    alleenProfessional.push({ field: 'melder.checkAanleiding', message: 'alleen bij een professional' });
  }
  if (alleenProfessional.length > 0) {
    throw new RegelOvertreding(
      'VT-6.3.1-a',
      'de Meldcode en de Kindcheck of Mantelzorgcheck horen bij een melding door een professional',
      alleenProfessional,
    );
  }
  if (!professional && m.afspraken?.zichtOpVeiligheidBij === 'melder') {
    throw new RegelOvertreding(
      'VT-6.1-a',
      'bij een melding door een ander dan een professional gaat het zicht op veiligheid over naar Veilig Thuis',
      [
        {
          field: 'afspraken.zichtOpVeiligheidBij',
          message: 'alleen een professional houdt het zicht op veiligheid',
        },
      ],
    );
  }
  const verwachtOp = m.terugkoppeling?.verwachtOp;
  if (verwachtOp !== undefined && verwachtOp < datumInAmsterdam(ontvangenOp)) {
    throw new OngeldigeInvoer([
      { field: 'terugkoppeling.verwachtOp', message: 'de terugkoppeling ligt niet voor de ontvangstdag' },
    ]);
  }
}

/**
 * VT-6.1-a: where the oversight of safety lies. With a professional as agreed (null: not recorded); with
 * every other reporter it passes to Veilig Thuis.
 */
export function zichtOpVeiligheidBij(m: Meldingscontext): ZichtOpVeiligheidBij | null {
  if (m.melder.type !== 'professional') return 'veilig-thuis';
  return m.afspraken?.zichtOpVeiligheidBij ?? null;
}

/**
 * VT-3.0-a/b: the region is the residence's (woonplaatsbeginsel); a Veilig Thuis that deviates names the
 * region it takes and why (the reason goes to the vault as text). A "deviation" to the residence's own
 * region is no deviation: invalid input.
 */
export function kiesRegio(woonplaatsRegio: string, afwijking?: { regio: string }): string {
  if (!afwijking) return woonplaatsRegio;
  if (afwijking.regio === woonplaatsRegio) {
    throw new OngeldigeInvoer([
      { field: 'regioAfwijking.regio', message: 'dit is de regio van de woonplaats: geen afwijking' },
    ]);
  }
  return afwijking.regio;
}

/**
 * VT-B1-b: a report that opens a new file after earlier, closed involvement is a re-report; its category
 * counts the report's people who were on one of those files. A report that joins a running file is not.
 */
export function hermelding(
  bestaande: readonly { status: 'lopend' | 'afgesloten'; personen?: readonly string[] }[],
  lopend: boolean,
): HermeldingCategorie | null {
  if (lopend) return null;
  const eerder = new Set(bestaande.filter((d) => d.status === 'afgesloten').flatMap((d) => d.personen ?? []));
  if (eerder.size === 0) return null;
  return eerder.size === 1 ? 'een-persoon' : 'meerdere-personen';
}
