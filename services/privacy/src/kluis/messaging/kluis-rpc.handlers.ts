import {
  aantekeningenVastleggenV1,
  meldingbatchBewarenV1,
  meldingbatchRegistrerenV1,
  meldingbatchVastleggenV1,
  personenRegistrerenV1,
} from '@vt/contracts';
import { OngeldigVerzoek, type RpcHandlers, type RpcServer, ServesRpc } from '@vt/messaging';
import { OngeldigeOpdracht } from '../domain/kluis.errors';
import { LegAantekeningenVast } from '../use-cases/leg-aantekeningen-vast/leg-aantekeningen-vast.use-case';
import { RegistreerPersonen } from '../use-cases/registreer-personen/registreer-personen.use-case';
import { VerwerkMeldingbatch } from '../use-cases/verwerk-meldingbatch/verwerk-meldingbatch.use-case';

/**
 * `vt.rpc.privacy.*`: the only way personal data enters the vault from other services. The RPC server
 * checks each request against its definition's schema before a use case sees it.
 */
@ServesRpc()
export class KluisRpcHandlers implements RpcHandlers {
  constructor(
    private readonly registreerPersonen: RegistreerPersonen,
    private readonly legAantekeningenVast: LegAantekeningenVast,
    private readonly meldingbatch: VerwerkMeldingbatch,
  ) {}

  register(server: RpcServer): void {
    server.handle(personenRegistrerenV1, (req) => alsRpc(() => this.registreerPersonen.execute(req)));
    server.handle(aantekeningenVastleggenV1, (req) => alsRpc(() => this.legAantekeningenVast.execute(req)));
    server.handle(meldingbatchBewarenV1, (req) => alsRpc(() => this.meldingbatch.bewaar(req)));
    server.handle(meldingbatchRegistrerenV1, (req) => alsRpc(() => this.meldingbatch.registreer(req)));
    server.handle(meldingbatchVastleggenV1, (req) => alsRpc(() => this.meldingbatch.legVast(req)));
  }
}

/** A command the vault refuses is the caller's error (`ongeldig-verzoek`), not the vault's. */
async function alsRpc<T>(werk: () => Promise<T>): Promise<T> {
  try {
    return await werk();
  } catch (err) {
    throw err instanceof OngeldigeOpdracht ? new OngeldigVerzoek(err.message) : err;
  }
}
