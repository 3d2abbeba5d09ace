import type { AdviesVernietigenV1Request } from '@vt/contracts';

/** Advice files whose retention passed (VT-15.3.4.1-a); the RPC request satisfies it. */
export type VernietigAdviezenCommand = AdviesVernietigenV1Request;
