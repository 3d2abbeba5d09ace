import { type Examples, type ServiceNaam } from './event-definition';
import { type ContractSchema, type JsonSchema, wireSchema } from './json-schema';

/**
 * One version of one request/reply action (contract §3, `vt.rpc.<service>.<actie>`). Its schemas may
 * describe personal data: they are enforced by both sides of the call and never published or streamed.
 */
export interface RpcDefinition<Req, Reply> {
  readonly service: ServiceNaam;
  readonly actie: string;
  readonly versie: number;
  /** `<service>.<actie>`, e.g. `privacy.personen.registreren`; the subject adds `.v<n>` from version 2 on. */
  readonly action: string;
  readonly request: JsonSchema;
  readonly reply: JsonSchema;
  /** Fictitious payloads (test BSNs, made-up names), parsed by the contract spec; never published. */
  readonly examples: { readonly request: Examples<Req>; readonly reply: Examples<Reply> };
}

export type RpcRequest<D> = D extends RpcDefinition<infer Req, unknown> ? Req : never;
export type RpcReply<D> = D extends RpcDefinition<unknown, infer Reply> ? Reply : never;

/** Both schemas are typed from `Req` and `Reply`, so the types and the schemas cannot diverge. */
export function defineRpc<Req, Reply>(def: {
  service: ServiceNaam;
  actie: string;
  versie?: number;
  request: ContractSchema<Req>;
  reply: ContractSchema<Reply>;
  examples: { request: Examples<Req>; reply: Examples<Reply> };
}): RpcDefinition<Req, Reply> {
  const versie = def.versie ?? 1;
  const action = `${def.service}.${def.actie}`;
  if (!/^[a-z][a-z-]*\.[a-z][a-z-]*$/.test(def.actie) || !Number.isInteger(versie) || versie < 1)
    throw new Error(`rpc ${action} v${versie}: actie is <noun>.<verb> and versie a positive integer`);
  return {
    service: def.service,
    actie: def.actie,
    versie,
    action,
    request: wireSchema(`${action} v${versie} request`, def.request),
    reply: wireSchema(`${action} v${versie} reply`, def.reply),
    examples: def.examples,
  };
}

export const RPC_FOUT_CODES = ['ongeldig-verzoek', 'interne-fout', 'niet-gevonden'] as const;

/** The error shape of every `vt.rpc.*` reply that failed; `code` is stable, `detail` holds no personal data. */
export interface RpcFout {
  fout: { code: (typeof RPC_FOUT_CODES)[number]; detail: string };
}
