import type { Besluit } from '@vt/contracts';

/**
 * The appraisal of §7.4.2 and the further judgements the criteria of §7.5 name. A judgement not yet made
 * is `undefined`: the criteria it belongs to then do not fit, and nothing is decided for the worker.
 */
export interface Taxatie {
  acuteOnveiligheid: boolean;
  structureleOnveiligheid: boolean;
  multiproblematiek: boolean;
  /** 7.5.2.1 item 2, 7.5.2.2 item 3: confirming or refuting the suspicion is needed for follow-up steps. */
  bevestigingNodig?: boolean;
  /** 7.5.2.1 item 3, 7.5.2.2 item 2: the people involved are sufficiently willing and able to cooperate. */
  voldoendeMedewerking?: boolean;
  /** 7.5.1: the nature and severity of the problem need further involvement of Veilig Thuis. */
  verdereBetrokkenheidNodig?: boolean;
  /** 7.5.2.3 item 1: there is a reasonable suspicion of domestic violence or child abuse. */
  redelijkVermoeden?: boolean;
  /** 7.5.2.3 item 2: there are concerns about the safety of the people involved. */
  zorgenOverVeiligheid?: boolean;
}

export interface Indicatie {
  /** `null`: no criterion set of §7.5 fits exactly; the worker decides on judgement (VT-7.5-a). */
  geindiceerdBesluit: Besluit | null;
  /** The requirement whose criteria fit. */
  criterium: string | null;
}

/** VT-7.5-a: the decision the protocol indicates; advisory, the worker decides. */
export function geindiceerdBesluit(t: Taxatie): Indicatie {
  const onveilig = t.acuteOnveiligheid || t.structureleOnveiligheid;
  const aanwijzingen = onveilig || t.multiproblematiek;
  // VT-7.5.2.2-a: 1 AND (2 OR 3).
  const onderzoek =
    onveilig && t.multiproblematiek && (t.voldoendeMedewerking === false || t.bevestigingNodig === true);
  // VT-7.5.2.1-a: the three together.
  const voorwaarden = aanwijzingen && t.bevestigingNodig === false && t.voldoendeMedewerking === true;
  // VT-7.5.2.3-a: either ground, and nothing in the appraisal that says otherwise.
  const beeindigen = !aanwijzingen && (t.redelijkVermoeden === false || t.zorgenOverVeiligheid === false);

  if (t.verdereBetrokkenheidNodig === false) {
    // VT-7.5.1-a: Veilig Thuis is not needed; a case that still calls for an investigation is judgement.
    if (beeindigen) return indicatie('geen-vervolgstappen', 'VT-7.5.2.3-a');
    return onderzoek ? geenIndicatie : indicatie('overdracht', 'VT-7.5.1-a');
  }
  if (onderzoek) return indicatie('onderzoek', 'VT-7.5.2.2-a');
  if (voorwaarden) return indicatie('voorwaarden-en-vervolg', 'VT-7.5.2.1-a');
  if (beeindigen) return indicatie('geen-vervolgstappen', 'VT-7.5.2.3-a');
  return geenIndicatie;
}

const geenIndicatie: Indicatie = { geindiceerdBesluit: null, criterium: null };
const indicatie = (geindiceerdBesluit: Besluit, criterium: string): Indicatie => ({
  geindiceerdBesluit,
  criterium,
});
