import type { Dossiervorming } from '@vt/contracts';

/** A file-keeping rule a note breaks: the field, the requirement, why (no personal data, no free text). */
export interface Gebrek {
  veld: string;
  regel: string;
  melding: string;
}

/** Sources outside Veilig Thuis that must be named (VT-15.4-e); a reporter or the person himself is known by ref. */
const TE_BENOEMEN_BRONNEN: readonly string[] = ['informant', 'professional', 'overig'];
/** Who may give medical information or a diagnosis (VT-15.4-d). */
const MEDISCHE_BRONNEN: readonly string[] = ['professional', 'veilig-thuis'];

/**
 * The rules of §15.4 and §2.1.8 a note's `dossiervorming` breaks; empty when it keeps them. A note without
 * one is not refused (callers of the first v1 shape) but recorded as incomplete (`onvolledig`).
 */
export function gebrekenInDossiervorming(d: Dossiervorming | undefined, veld: string): Gebrek[] {
  if (!d) return [];
  const gebreken: Gebrek[] = [];
  const gebrek = (v: string, regel: string, melding: string) =>
    gebreken.push({ veld: `${veld}.${v}`, regel, melding });
  if (d.aard !== 'feit' && !d.status)
    gebrek('status', 'VT-15.4-c', `a ${d.aard} states its status explicitly`);
  if (TE_BENOEMEN_BRONNEN.includes(d.bron.soort) && !d.bron.omschrijving)
    gebrek('bron.omschrijving', 'VT-15.4-e', 'a source outside Veilig Thuis is named');
  if (d.medisch && !MEDISCHE_BRONNEN.includes(d.bron.soort))
    gebrek('bron.soort', 'VT-15.4-d', 'medical information only from an authorised professional');
  if (d.bron.soort === 'informant' && !d.informantAccordering)
    gebrek('informantAccordering', 'VT-15.4-f', "an informant's information carries his approval status");
  if (d.informantAccordering && d.bron.soort !== 'informant')
    gebrek('informantAccordering', 'VT-15.4-f', 'only an informant approves what was recorded of him');
  if (d.zienswijzeBetrokkene && d.bron.soort !== 'betrokkene')
    gebrek('bron.soort', 'VT-15.4-i', "a person's own view comes from that person");
  if (d.belastend && !d.belastend.zienswijzeRef && !d.belastend.nietGevraagdReden)
    gebrek(
      'belastend',
      'VT-15.4-j',
      "incriminating information carries the person's view or why it was not or could not be asked",
    );
  if (d.belastend && ['veilig-thuis', 'betrokkene'].includes(d.bron.soort))
    gebrek('belastend', 'VT-15.4-j', 'incriminating information of this rule comes from a third party');
  return gebreken;
}

/** The refusal of a call's notes, naming each requirement and field, or undefined. */
export function gebrekenInAantekeningen(
  aantekeningen: readonly { dossiervorming?: Dossiervorming }[],
  pad: string,
): string | undefined {
  const gebreken = aantekeningen.flatMap((a, i) =>
    gebrekenInDossiervorming(a.dossiervorming, `${pad}[${i}].dossiervorming`),
  );
  return gebreken.length === 0
    ? undefined
    : gebreken.map((g) => `${g.regel}: ${g.veld}: ${g.melding}`).join('; ');
}

/** The roles whose identity the niet-ter-inzage part may hold (VT-15.6-a). */
export const NIET_TER_INZAGE_ROLLEN: readonly string[] = ['melder', 'informant'];

/**
 * VT-15.6-b: the niet-ter-inzage part holds only an anonymous reporter's or informant's identity and what
 * could reveal it. A person may be put there only as reporter or informant; a note only when the call
 * names such an anonymous reporter or informant (`anoniemen`: how many it does).
 */
export function gebrekAanNietTerInzage(
  personen: readonly { rol: string; nietTerInzage?: boolean }[],
  aantekeningen: readonly { nietTerInzage?: boolean }[],
  anoniemen: number,
  pad: { personen: string; aantekeningen: string },
): string | undefined {
  const persoon = personen.findIndex((p) => p.nietTerInzage && !NIET_TER_INZAGE_ROLLEN.includes(p.rol));
  if (persoon >= 0)
    return `VT-15.6-b: ${pad.personen}[${persoon}].nietTerInzage: only an anonymous reporter's or informant's identity`;
  const tekst = aantekeningen.findIndex((a) => a.nietTerInzage);
  if (tekst >= 0 && anoniemen === 0)
    return `VT-15.6-b: ${pad.aantekeningen}[${tekst}].nietTerInzage: the call names no anonymous reporter or informant`;
  return undefined;
}
