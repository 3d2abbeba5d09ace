import {
  aantekeningenVastleggenV1,
  meldingVernietigenV1,
  adviesRegistrerenV1,
  adviesVernietigenV1,
  adviesvragerVernietigenV1,
  meldingbatchBewarenV1,
  meldingbatchRegistrerenV1,
  meldingbatchVastleggenV1,
  personenRegistrerenV1,
} from '@vt/contracts';
import { OngeldigVerzoek, type RpcHandlers, type RpcServer, ServesRpc } from '@vt/messaging';
import { OngeldigeOpdracht } from '../domain/kluis.errors';
import { LegAantekeningenVast } from '../use-cases/leg-aantekeningen-vast/leg-aantekeningen-vast.use-case';
import { RegistreerAdvies } from '../use-cases/registreer-advies/registreer-advies.use-case';
import { VernietigAdviezen } from '../use-cases/vernietig-adviezen/vernietig-adviezen.use-case';
import { VernietigAdviesvrager } from '../use-cases/vernietig-adviesvrager/vernietig-adviesvrager.use-case';
import { RegistreerPersonen } from '../use-cases/registreer-personen/registreer-personen.use-case';
import { VernietigMelding } from '../use-cases/vernietig-melding/vernietig-melding.use-case';
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
    private readonly vernietigMelding: VernietigMelding,
    private readonly registreerAdvies: RegistreerAdvies,
    private readonly vernietigAdviesvrager: VernietigAdviesvrager,
    private readonly vernietigAdviezen: VernietigAdviezen,
    private readonly meldingbatch: VerwerkMeldingbatch,
  ) {}

  register(server: RpcServer): void {
    server.handle(personenRegistrerenV1, (req) => alsRpc(() => this.registreerPersonen.execute(req)));
    server.handle(aantekeningenVastleggenV1, (req) => alsRpc(() => this.legAantekeningenVast.execute(req)));
    server.handle(meldingVernietigenV1, (req) => alsRpc(() => this.vernietigMelding.execute(req)));
    server.handle(adviesRegistrerenV1, (req) => alsRpc(() => this.registreerAdvies.execute(req)));
    server.handle(adviesVernietigenV1, (req) => alsRpc(() => this.vernietigAdviezen.execute(req)));
    server.handle(adviesvragerVernietigenV1, (req) => alsRpc(() => this.vernietigAdviesvrager.execute(req)));
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
