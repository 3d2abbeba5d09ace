import { defineEvent } from '../../event-definition';
import { boolean, datum, instant, regio, uuid } from '../../schema-fragments';

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
      herbeoordeling: boolean,
    },
  },
  examples: [
    {
      veiligheidsbeoordelingId: '5b0f6a2e-3c1d-4e8a-9f27-6d4c8b1a0e93',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      meldingId: '7e2d4c1a-9b8f-4a6e-8d3c-5f1b0a2e9c74',
      regio: 'VR09',
      gestartOp: '2026-03-02T09:15:04.120Z',
      uiterlijk: '2026-03-09',
      zichtOpVeiligheidVanaf: '2026-03-05',
      herbeoordeling: false,
    },
  ],
});
