import { defineRpc } from '../../rpc-definition';
import { uuid } from '../../schema-fragments';

export interface AdviesvragerVernietigenV1Request {
  verzoekId: string;
  /** The seekers whose consent was withdrawn (VT-15.5-c). */
  adviesvragerRefs: string[];
}

export interface AdviesvragerVernietigenV1Reply {
  /** How many were destroyed by this call; a repeated call destroys none and answers as the first did. */
  vernietigd: number;
}

/**
 * `vt.rpc.privacy.adviesvrager.vernietigen`: the seeker withdrew his consent, so his name and contact
 * details are removed (VT-15.5-c): the row is deleted and its data key destroyed. The vault destroys only
 * people it holds as an advice seeker and nothing else, so no other person can be deleted through it.
 */
export const adviesvragerVernietigenV1 = defineRpc<
  AdviesvragerVernietigenV1Request,
  AdviesvragerVernietigenV1Reply
>({
  service: 'privacy',
  actie: 'adviesvrager.vernietigen',
  request: {
    type: 'object',
    additionalProperties: false,
    required: ['verzoekId', 'adviesvragerRefs'],
    properties: {
      verzoekId: uuid,
      adviesvragerRefs: { type: 'array', maxItems: 100, items: uuid },
    },
  },
  reply: {
    type: 'object',
    additionalProperties: false,
    required: ['vernietigd'],
    properties: { vernietigd: { type: 'integer', minimum: 0 } },
  },
  examples: {
    request: [
      {
        verzoekId: '6f2b9e4a-1c7d-4a8e-b3f5-9d0c2a7e4b16',
        adviesvragerRefs: ['c4b8e2f6-1a7d-4c9e-8b3f-6d0a5e9c2b71'],
      },
    ],
    reply: [{ vernietigd: 1 }],
  },
});
