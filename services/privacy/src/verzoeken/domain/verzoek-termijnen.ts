import type { VerzoekSoort } from '@vt/contracts';

/** The calendar operations the terms need (the `Werkdagkalender` has them; specs may use it directly). */
export interface VerzoekKalender {
  plusWeken(datum: string, n: number): string;
  plusMaanden(datum: string, n: number): string;
  verschuifNaarWerkdag(datum: string): string;
}

export interface VerzoekTermijnen {
  beslissenUiterlijk: string;
  uitvoerenUiterlijk?: string;
}

/**
 * The terms of a request from its date of receipt (Europe/Amsterdam), each ending on a working day
 * (Algemene termijnenwet). Correction: answered within 4 weeks (VT-15.8.3-a). Destruction: carried out
 * within 3 months (VT-15.8.5-a); answered "as soon as possible", which the protocol bounds at 4 weeks for a
 * file whose investigation refuted the report (VT-15.8.6-c) and otherwise only by the 3 months. Inzage,
 * afschrift and eigen verklaring have no term in the protocol (VT-15.8.1-a): the AVG's month (art. 12(3)).
 */
export function verzoekTermijnen(
  kalender: VerzoekKalender,
  soort: VerzoekSoort,
  ontvangen: string,
  weerlegd: boolean,
): VerzoekTermijnen {
  const werkdag = (d: string) => kalender.verschuifNaarWerkdag(d);
  switch (soort) {
    case 'correctie':
      return { beslissenUiterlijk: werkdag(kalender.plusWeken(ontvangen, 4)) };
    case 'vernietiging': {
      const uitvoerenUiterlijk = werkdag(kalender.plusMaanden(ontvangen, 3));
      return {
        beslissenUiterlijk: weerlegd ? werkdag(kalender.plusWeken(ontvangen, 4)) : uitvoerenUiterlijk,
        uitvoerenUiterlijk,
      };
    }
    case 'inzage':
    case 'afschrift':
    case 'eigen-verklaring':
      return { beslissenUiterlijk: werkdag(kalender.plusMaanden(ontvangen, 1)) };
  }
}
