import { datum, defineEvent, instant, regio, uuid } from '../../event-definition';

/** A safety assessment was opened for a report, with its statutory deadlines (VT-7.2-a, VT-7.3-a). */
export interface VeiligheidsbeoordelingGestartV1 {
  veiligheidsbeoordelingId: string;
  dossierId: string;
  meldingId: string;
  regio: string;
  gestartOp: string;
  uiterlijk: string;
  zichtOpVeiligheidVanaf: string;
  herbeoordeling: boolean;
}

export const veiligheidsbeoordelingGestartV1 = defineEvent<VeiligheidsbeoordelingGestartV1>({
  service: 'assessment',
  gebeurtenis: 'veiligheidsbeoordeling-gestart',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'veiligheidsbeoordelingId',
      'dossierId',
      'meldingId',
      'regio',
      'gestartOp',
      'uiterlijk',
      'zichtOpVeiligheidVanaf',
      'herbeoordeling',
    ],
    properties: {
      veiligheidsbeoordelingId: uuid,
      dossierId: uuid,
      meldingId: uuid,
      regio,
      gestartOp: instant,
      uiterlijk: datum,
      zichtOpVeiligheidVanaf: datum,
      herbeoordeling: { type: 'boolean' },
    },
  },
});
