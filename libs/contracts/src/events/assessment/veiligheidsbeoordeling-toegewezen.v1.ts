import { defineEvent } from '../../event-definition';
import { instant, optional, regio, uuid } from '../../schema-fragments';

/** An employee id (the token's `sub`): letters, digits and `._:-`, so never an e-mail address or a name. */
export const medewerkerId = { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' } as const;

/**
 * §7 (assignment): a `leidinggevende` assigned a safety assessment to a worker (the *dossierhouder*), or
 * reassigned it; a reassignment's reason is in the vault, this event carries its reference only.
 */
export interface VeiligheidsbeoordelingToegewezenV1 {
  veiligheidsbeoordelingId: string;
  dossierId: string;
  regio: string;
  dossierhouder: string;
  vorigeDossierhouder?: string;
  toegewezenDoor: string;
  toegewezenOp: string;
  redenRef?: string;
}

export const veiligheidsbeoordelingToegewezenV1 = defineEvent<VeiligheidsbeoordelingToegewezenV1>({
  service: 'assessment',
  gebeurtenis: 'veiligheidsbeoordeling-toegewezen',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'veiligheidsbeoordelingId',
      'dossierId',
      'regio',
      'dossierhouder',
      'toegewezenDoor',
      'toegewezenOp',
    ],
    properties: {
      veiligheidsbeoordelingId: uuid,
      dossierId: uuid,
      regio,
      dossierhouder: medewerkerId,
      vorigeDossierhouder: optional(medewerkerId),
      toegewezenDoor: medewerkerId,
      toegewezenOp: instant,
      redenRef: optional(uuid),
    },
  },
  examples: [
    {
      veiligheidsbeoordelingId: '5b0f6a2e-3c1d-4e8a-9f27-6d4c8b1a0e93',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      dossierhouder: 'mw-0412',
      toegewezenDoor: 'lg-0007',
      toegewezenOp: '2026-03-02T10:02:11.000Z',
    },
    {
      veiligheidsbeoordelingId: '5b0f6a2e-3c1d-4e8a-9f27-6d4c8b1a0e93',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      dossierhouder: 'mw-0519',
      vorigeDossierhouder: 'mw-0412',
      toegewezenDoor: 'lg-0007',
      toegewezenOp: '2026-03-04T08:45:00.000Z',
      redenRef: '8c2a6e0d-5f9b-4d1c-b7a3-4e8f1a6c2d95',
    },
  ],
});
