import { Injectable } from '@nestjs/common';
import { AANTEKENINGEN_VASTLEGGEN_V1, PERSONEN_REGISTREREN_V1 } from '@vt/contracts';
import { OngeldigVerzoek, type RpcHandlers, type RpcServer } from '@vt/messaging';
import type { ZodType } from 'zod';
import { OngeldigeOpdracht } from '../domain/kluis.errors';
import { LegAantekeningenVast } from '../use-cases/leg-aantekeningen-vast/leg-aantekeningen-vast.use-case';
import { RegistreerPersonen } from '../use-cases/registreer-personen/registreer-personen.use-case';
import { aantekeningenVastleggenSchema, personenRegistrerenSchema } from './rpc-verzoeken.schema';

/** `vt.rpc.privacy.*`: the only way personal data enters the vault from other services. */
@Injectable()
export class KluisRpcHandlers implements RpcHandlers {
  constructor(
    private readonly registreerPersonen: RegistreerPersonen,
    private readonly legAantekeningenVast: LegAantekeningenVast,
  ) {}

  register(server: RpcServer): void {
    server.handle(PERSONEN_REGISTREREN_V1, (body) =>
      alsRpc(() => this.registreerPersonen.execute(geldig(personenRegistrerenSchema, body))),
    );
    server.handle(AANTEKENINGEN_VASTLEGGEN_V1, (body) =>
      alsRpc(() => this.legAantekeningenVast.execute(geldig(aantekeningenVastleggenSchema, body))),
    );
  }
}

/** The vault checks every RPC body itself: a caller's bug must not store half a person. */
function geldig<T>(schema: ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new OngeldigVerzoek(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; '));
  return parsed.data;
}

/** A command the vault refuses is the caller's error (`ongeldig-verzoek`), not the vault's. */
async function alsRpc<T>(werk: () => Promise<T>): Promise<T> {
  try {
    return await werk();
  } catch (err) {
    throw err instanceof OngeldigeOpdracht ? new OngeldigVerzoek(err.message) : err;
  }
}
