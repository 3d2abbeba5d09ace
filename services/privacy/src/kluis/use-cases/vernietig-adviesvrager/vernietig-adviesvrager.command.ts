import type { AdviesvragerVernietigenV1Request } from '@vt/contracts';

/** Advice seekers who withdrew their consent (VT-15.5-c); the RPC request satisfies it. */
export type VernietigAdviesvragerCommand = AdviesvragerVernietigenV1Request;
