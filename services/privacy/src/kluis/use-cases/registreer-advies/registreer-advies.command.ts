import type { AdviesRegistrerenV1Request } from '@vt/contracts';

/** An advice's texts and, with the seeker's consent, the seeker himself; the RPC request satisfies it. */
export type RegistreerAdviesCommand = AdviesRegistrerenV1Request;
