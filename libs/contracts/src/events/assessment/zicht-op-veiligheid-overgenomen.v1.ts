import { defineEvent } from '../../event-definition';
import { code, instant, regio, uuid } from '../../schema-fragments';

/** The moments of VT-7.3-a at which Veilig Thuis becomes responsible for oversight of safety. */
export const ZICHT_OP_VEILIGHEID_GRONDEN = ['spoed', 'besluit', 'zesde-werkdag'] as const;

/** Veilig Thuis is responsible for oversight of safety (*zicht op veiligheid*) from `vanaf` (VT-7.3-a). */
export interface ZichtOpVeiligheidOvergenomenV1 {
  veiligheidsbeoordelingId: string;
  dossierId: string;
  regio: string;
  grond: (typeof ZICHT_OP_VEILIGHEID_GRONDEN)[number];
  vanaf: string;
}

export const zichtOpVeiligheidOvergenomenV1 = defineEvent<ZichtOpVeiligheidOvergenomenV1>({
  service: 'assessment',
  gebeurtenis: 'zicht-op-veiligheid-overgenomen',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['veiligheidsbeoordelingId', 'dossierId', 'regio', 'grond', 'vanaf'],
    properties: {
      veiligheidsbeoordelingId: uuid,
      dossierId: uuid,
      regio,
      grond: code(ZICHT_OP_VEILIGHEID_GRONDEN),
      vanaf: instant,
    },
  },
  examples: [
    {
      veiligheidsbeoordelingId: '5b0f6a2e-3c1d-4e8a-9f27-6d4c8b1a0e93',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      grond: 'besluit',
      vanaf: '2026-03-04T14:02:31.512Z',
    },
  ],
});
