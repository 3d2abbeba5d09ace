import { defineEvent } from '../../event-definition';
import { DIENSTEN, type Dienst } from '../../codes';
import { code, datum, instant, regio, uuid } from '../../schema-fragments';

/** A *Voorwaarden & Vervolg* or *Onderzoek* started on the assessment's decision, due in 10 weeks (§9.2, §10.2). */
export interface TrajectGestartV1 {
  trajectId: string;
  dossierId: string;
  regio: string;
  veiligheidsbeoordelingId: string;
  dienst: Dienst;
  gestartOp: string;
  uiterlijk: string;
}

export const trajectGestartV1 = defineEvent<TrajectGestartV1>({
  service: 'investigation',
  gebeurtenis: 'traject-gestart',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'trajectId',
      'dossierId',
      'regio',
      'veiligheidsbeoordelingId',
      'dienst',
      'gestartOp',
      'uiterlijk',
    ],
    properties: {
      trajectId: uuid,
      dossierId: uuid,
      regio,
      veiligheidsbeoordelingId: uuid,
      dienst: code(DIENSTEN),
      gestartOp: instant,
      uiterlijk: datum,
    },
  },
  examples: [
    {
      trajectId: 'e4a7c2d9-6b1f-4e3a-9d8c-2f5b0a7e1c63',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      veiligheidsbeoordelingId: '5b0f6a2e-3c1d-4e8a-9f27-6d4c8b1a0e93',
      dienst: 'onderzoek',
      gestartOp: '2026-03-06T14:02:32.004Z',
      uiterlijk: '2026-05-15',
    },
  ],
});
