import { AANTEKENINGEN_VASTLEGGEN_V1, PERSONEN_REGISTREREN_V1 } from '@vt/contracts';
import { type RpcHandlers, type RpcServer, ServesRpc } from '@vt/messaging';
import { LegAantekeningenVast } from '../use-cases/leg-aantekeningen-vast.use-case';
import { RegistreerPersonen } from '../use-cases/registreer-personen.use-case';

/** `vt.rpc.privacy.*`: the only way personal data enters the vault from other services. */
@ServesRpc()
export class KluisRpcHandlers implements RpcHandlers {
  constructor(
    private readonly registreerPersonen: RegistreerPersonen,
    private readonly legAantekeningenVast: LegAantekeningenVast,
  ) {}

  register(server: RpcServer): void {
    server.handle(PERSONEN_REGISTREREN_V1, (req) => this.registreerPersonen.execute(req));
    server.handle(AANTEKENINGEN_VASTLEGGEN_V1, (req) => this.legAantekeningenVast.execute(req));
  }
}
