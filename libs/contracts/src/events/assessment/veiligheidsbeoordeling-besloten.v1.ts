import { defineEvent } from '../../event-definition';
import { BESLUITEN, type Besluit, OVERDRACHTSPARTIJEN, type Overdrachtspartij } from '../../codes';
import { boolean, code, datum, instant, optional, regio, uuid } from '../../schema-fragments';

/**
 * The safety assessment was decided (VT-7.4.3-a, VT-2.2-a): what follows and who is responsible for it.
 * `voorwaarden-en-vervolg` and `onderzoek` start investigation's trajectory.
 */
export interface VeiligheidsbeoordelingBeslotenV1 {
  veiligheidsbeoordelingId: string;
  dossierId: string;
  regio: string;
  besluit: Besluit;
  overdrachtspartij?: Overdrachtspartij;
  /** The decision the criteria of §7.5 indicated, when a taxatie was recorded. */
  geindiceerdBesluit?: Besluit;
  /** VT-1.4-d: the worker chose differently from the indicated decision, with a motivation. */
  afgeweken: boolean;
  beslotenOp: string;
  /** The decision's calendar date in Europe/Amsterdam; the 10 weeks of §9.2/§10.2 run from it. */
  besluitdatum: string;
  /** VT-1.3-l: decided after the 5 working days, with an explanation. */
  termijnOverschreden: boolean;
}

export const veiligheidsbeoordelingBeslotenV1 = defineEvent<VeiligheidsbeoordelingBeslotenV1>({
  service: 'assessment',
  gebeurtenis: 'veiligheidsbeoordeling-besloten',
  versie: 1,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'veiligheidsbeoordelingId',
      'dossierId',
      'regio',
      'besluit',
      'afgeweken',
      'beslotenOp',
      'besluitdatum',
      'termijnOverschreden',
    ],
    properties: {
      veiligheidsbeoordelingId: uuid,
      dossierId: uuid,
      regio,
      besluit: code(BESLUITEN),
      overdrachtspartij: optional(code(OVERDRACHTSPARTIJEN)),
      geindiceerdBesluit: optional(code(BESLUITEN)),
      afgeweken: boolean,
      beslotenOp: instant,
      besluitdatum: datum,
      termijnOverschreden: boolean,
    },
  },
  examples: [
    {
      veiligheidsbeoordelingId: '5b0f6a2e-3c1d-4e8a-9f27-6d4c8b1a0e93',
      dossierId: '0c9e7d52-8a4b-4f1e-b3d6-2a7f9c5e1b48',
      regio: 'VR09',
      besluit: 'onderzoek',
      geindiceerdBesluit: 'onderzoek',
      afgeweken: false,
      beslotenOp: '2026-03-06T14:02:31.512Z',
      besluitdatum: '2026-03-06',
      termijnOverschreden: false,
    },
    {
      veiligheidsbeoordelingId: '9d3c1b7e-4a2f-4e6d-8b5a-0c7e2f9d1a46',
      dossierId: '3f6b2a9d-1e7c-4d5b-a8f0-9c2e4b7d1a65',
      regio: 'VR17',
      besluit: 'overdracht',
      overdrachtspartij: 'lokaal-team',
      geindiceerdBesluit: 'voorwaarden-en-vervolg',
      afgeweken: true,
      beslotenOp: '2026-04-22T08:30:00.000Z',
      besluitdatum: '2026-04-22',
      termijnOverschreden: true,
    },
  ],
});
