import { defineEvent } from '../../event-definition';
import { boolean, datum, instant, regio, uuid } from '../../schema-fragments';

/**
 * VT-6.5.2-a: a `leidinggevende` took a report anonymous towards Veilig Thuis into treatment after all.
 * Only now does it lead to a safety assessment (VT-6.9-a); its deadlines still count from the receipt.
 */
export interface MeldingInBehandelingGenomenV1 {
  meldingId: string;
  dossierId: string;
  regio: string;
  ontvangenOp: string;
  spoed: boolean;
  genomenOp: string;
  veiligheidsbeoordelingUiterlijk: string;
  zichtOpVeiligheidUiterlijk: string;
}

export const meldingInBehandelingGenomenV1 = defineEvent<MeldingInBehandelingGenomenV1>({
  service: 'intake',
  gebeurtenis: 'melding-in-behandeling-genomen',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'meldingId',
      'dossierId',
      'regio',
      'ontvangenOp',
      'spoed',
      'genomenOp',
      'veiligheidsbeoordelingUiterlijk',
      'zichtOpVeiligheidUiterlijk',
    ],
    properties: {
      meldingId: uuid,
      dossierId: uuid,
      regio,
      ontvangenOp: instant,
      spoed: boolean,
      genomenOp: instant,
      veiligheidsbeoordelingUiterlijk: datum,
      zichtOpVeiligheidUiterlijk: datum,
    },
  },
  examples: [
    {
      meldingId: '7e2d4c1a-9b8f-4a6e-8d3c-5f1b0a2e9c74',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      ontvangenOp: '2026-03-02T09:14:58.000Z',
      spoed: false,
      genomenOp: '2026-03-03T11:20:00.000Z',
      veiligheidsbeoordelingUiterlijk: '2026-03-09',
      zichtOpVeiligheidUiterlijk: '2026-03-10',
    },
  ],
});
