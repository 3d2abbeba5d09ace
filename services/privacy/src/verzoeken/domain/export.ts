import type { PersoonGegevens } from '../../kluis/domain/persoon-gegevens';

/** A text of the vault, opened, as the export sees it. */
export interface OpenAantekening {
  aantekeningRef: string;
  dossierId: string;
  soort: string;
  tekst: string;
  betreft: readonly string[];
  nietTerInzage: boolean;
  aangemaaktOp: string;
}

/** The copy an inzage or afschrift gives (VT-15.8.1-a). */
export interface InzageExport {
  persoonRef: string;
  gegevens?: PersoonGegevens;
  aantekeningen: {
    aantekeningRef: string;
    dossierId: string;
    soort: string;
    tekst: string;
    aangemaaktOp: string;
  }[];
  /** VT-15.8.4-a: his own statements, shown wherever his data are disclosed. */
  eigenVerklaringen: { verzoekId: string; tekst: string; opgenomenOp: string }[];
  /** How many texts a decision withheld (§15.8.2 "the parts affected", §15.8.7); never which. */
  achtergehouden: number;
}

/**
 * An allow-list projection (privacy-design.md "Rights engine"): the person's own record, and the texts that
 * (also) concern him, except the niet-ter-inzage part (§15.6: an anonymous reporter's or informant's
 * identity and what could reveal it) and the texts a decision withheld. Nothing else can reach it: it
 * copies named fields of what it is given, never an object as a whole.
 */
export function inzageExport(
  persoonRef: string,
  persoon: { gegevens?: PersoonGegevens; nietTerInzage: boolean },
  aantekeningen: readonly OpenAantekening[],
  beperkt: readonly string[],
  eigenVerklaringen: InzageExport['eigenVerklaringen'] = [],
): InzageExport {
  const withheld = new Set(beperkt);
  const overHem = aantekeningen.filter((a) => a.betreft.includes(persoonRef) && !a.nietTerInzage);
  const getoond = overHem.filter((a) => !withheld.has(a.aantekeningRef));
  return {
    persoonRef,
    ...(persoon.gegevens && !persoon.nietTerInzage ? { gegevens: { ...persoon.gegevens } } : {}),
    aantekeningen: getoond.map((a) => ({
      aantekeningRef: a.aantekeningRef,
      dossierId: a.dossierId,
      soort: a.soort,
      tekst: a.tekst,
      aangemaaktOp: a.aangemaaktOp,
    })),
    eigenVerklaringen: eigenVerklaringen.map((e) => ({
      verzoekId: e.verzoekId,
      tekst: e.tekst,
      opgenomenOp: e.opgenomenOp,
    })),
    achtergehouden: overHem.length - getoond.length,
  };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The same copy as a readable, self-contained HTML page (no scripts, no external resources). */
export function inzageHtml(e: InzageExport): string {
  const velden = Object.entries(e.gegevens ?? {})
    .filter(([k]) => k !== 'eerder' && k !== 'afwijkend')
    .map(([k, v]) => `<tr><th>${escape(k)}</th><td>${escape(v)}</td></tr>`)
    .join('');
  const teksten = e.aantekeningen
    .map(
      (a) =>
        `<section><h3>${escape(a.soort)} — ${escape(a.aangemaaktOp.slice(0, 10))}</h3><p>${escape(a.tekst)}</p></section>`,
    )
    .join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Inzage Veilig Thuis</title></head><body>
<h1>Uw gegevens bij Veilig Thuis</h1><h2>Persoonsgegevens</h2><table>${velden}</table>
<h2>Aantekeningen over u</h2>${teksten || '<p>Geen.</p>'}
${e.eigenVerklaringen.map((v) => `<section><h3>Uw eigen verklaring — ${escape(v.opgenomenOp.slice(0, 10))}</h3><p>${escape(v.tekst)}</p></section>`).join('')}
${e.achtergehouden > 0 ? `<p>${e.achtergehouden} aantekening(en) zijn op grond van het besluit niet opgenomen.</p>` : ''}
</body></html>`;
}
