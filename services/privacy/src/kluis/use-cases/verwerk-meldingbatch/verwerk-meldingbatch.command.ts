import type {
  MeldingbatchBewarenV1Request,
  MeldingbatchRegistrerenV1Request,
  MeldingbatchVastleggenV1Request,
} from '@vt/contracts';

/** Seal the personal part of a chunk of a police batch until it is processed (`meldingbatch.bewaren`). */
export type BewaarMeldingbatchCommand = MeldingbatchBewarenV1Request;

/** Register the people of each item of a chunk, in order (`meldingbatch.registreren`). */
export type RegistreerMeldingbatchCommand = MeldingbatchRegistrerenV1Request;

/** Seal the texts of the items that joined a known file (`meldingbatch.vastleggen`). */
export type LegMeldingbatchVastCommand = MeldingbatchVastleggenV1Request;
