import { boolean, code, optional, tekst, uuid } from '../../schema-fragments';

/** What kind of information a note is (VT-2.1.8-a, VT-15.4-c): a fact, or someone's view of one. */
export const AANTEKENING_AARDEN = ['feit', 'mening', 'oordeel', 'hypothese'] as const;
/** Where it came from (VT-2.1.8-b, VT-15.4-e). */
export const BRON_SOORTEN = [
  'veilig-thuis',
  'melder',
  'informant',
  'betrokkene',
  'professional',
  'overig',
] as const;
/** Whether an informant approved what was recorded of him (VT-15.4-f). */
export const ACCORDERINGEN = ['in-afwachting', 'geaccordeerd', 'gewijzigd'] as const;

/**
 * The file-keeping rules of a note (§15.4, §2.1.8), optional in v1 so callers of the first shape keep
 * working; a note without it is recorded as incomplete. Free text in it (a status, a source's
 * description, a reason) is sealed with the note, never stored in the clear.
 */
export interface Dossiervorming {
  aard: (typeof AANTEKENING_AARDEN)[number];
  /** Required unless a fact: the status of an opinion, judgement or hypothesis (VT-15.4-c). */
  status?: string;
  bron: {
    soort: (typeof BRON_SOORTEN)[number];
    /** Who, when not Veilig Thuis itself (VT-15.4-e), e.g. `huisarts`, `leerkracht groep 5`. */
    omschrijving?: string;
  };
  /** False: not based on current contact with the people concerned (VT-15.4-g). */
  actueelContact: boolean;
  /** Medical information or a diagnosis: from an authorised professional, with the need (VT-15.4-d). */
  medisch?: { bevoegdeProfessional: string; noodzaak: string };
  /** Required for an informant's information (VT-15.4-f). */
  informantAccordering?: (typeof ACCORDERINGEN)[number];
  /** This note is a directly involved person's own view on the report or on Veilig Thuis (VT-15.4-i). */
  zienswijzeBetrokkene?: boolean;
  /**
   * Incriminating information about a directly involved person from a third party (VT-15.4-j): his view
   * (the `aantekeningRef` of it) or why it was not or could not be asked.
   */
  belastend?: { zienswijzeRef?: string; nietGevraagdReden?: string };
}

export const dossiervormingSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['aard', 'bron', 'actueelContact'],
  properties: {
    aard: code(AANTEKENING_AARDEN),
    status: optional(tekst(500)),
    bron: {
      type: 'object',
      additionalProperties: false,
      required: ['soort'],
      properties: { soort: code(BRON_SOORTEN), omschrijving: optional(tekst(200)) },
    },
    actueelContact: boolean,
    medisch: optional({
      type: 'object',
      additionalProperties: false,
      required: ['bevoegdeProfessional', 'noodzaak'],
      properties: { bevoegdeProfessional: tekst(200), noodzaak: tekst(1000) },
    } as const),
    informantAccordering: optional(code(ACCORDERINGEN)),
    zienswijzeBetrokkene: optional(boolean),
    belastend: optional({
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: { zienswijzeRef: optional(uuid), nietGevraagdReden: optional(tekst(1000)) },
    } as const),
  },
} as const;
