import { defineEvent } from '../../event-definition';
import { code, datum, instant, regio, uuid } from '../../schema-fragments';

/**
 * VT-7.3-a: why Veilig Thuis became responsible for oversight of safety: an urgent report (immediately), the
 * decision of the safety assessment, or the 6th working day after receipt, whichever came first.
 */
export const ZICHT_OP_VEILIGHEID_GRONDEN = ['spoed', 'besluit', 'zesde-werkdag'] as const;
export type ZichtOpVeiligheidGrond = (typeof ZICHT_OP_VEILIGHEID_GRONDEN)[number];

/** VT-7.3-a: Veilig Thuis is responsible for oversight of safety from now on; once per assessment. */
export interface ZichtOpVeiligheidOvergenomenV1 {
  veiligheidsbeoordelingId: string;
  dossierId: string;
  regio: string;
  grond: ZichtOpVeiligheidGrond;
  /** The Amsterdam day the responsibility starts. */
  vanaf: string;
  overgenomenOp: string;
}

export const zichtOpVeiligheidOvergenomenV1 = defineEvent<ZichtOpVeiligheidOvergenomenV1>({
  service: 'assessment',
  gebeurtenis: 'zicht-op-veiligheid-overgenomen',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['veiligheidsbeoordelingId', 'dossierId', 'regio', 'grond', 'vanaf', 'overgenomenOp'],
    properties: {
      veiligheidsbeoordelingId: uuid,
      dossierId: uuid,
      regio,
      grond: code(ZICHT_OP_VEILIGHEID_GRONDEN),
      vanaf: datum,
      overgenomenOp: instant,
    },
  },
  examples: [
    {
      veiligheidsbeoordelingId: '5b0f6a2e-3c1d-4e8a-9f27-6d4c8b1a0e93',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      grond: 'zesde-werkdag',
      vanaf: '2026-03-10',
      overgenomenOp: '2026-03-09T23:00:04.512Z',
    },
    {
      veiligheidsbeoordelingId: '9d4e1b7c-2a6f-4c3e-8b5d-0f7a3c9e1d24',
      dossierId: '3f6b2a9d-1e7c-4d5b-a8f0-9c2e4b7d1a65',
      regio: 'VR17',
      grond: 'spoed',
      vanaf: '2026-04-14',
      overgenomenOp: '2026-04-14T16:40:01.220Z',
    },
    {
      veiligheidsbeoordelingId: '5b0f6a2e-3c1d-4e8a-9f27-6d4c8b1a0e93',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      grond: 'besluit',
      vanaf: '2026-03-04',
      overgenomenOp: '2026-03-04T14:02:31.512Z',
    },
  ],
});
