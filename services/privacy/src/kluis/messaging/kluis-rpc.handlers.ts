import { Injectable } from '@nestjs/common';
import { aantekeningenVastleggenV1, personenRegistrerenV1 } from '@vt/contracts';
import type { RpcHandlers, RpcServer } from '@vt/messaging';
import { LegAantekeningenVast } from '../use-cases/leg-aantekeningen-vast.use-case';
import { RegistreerPersonen } from '../use-cases/registreer-personen.use-case';

/**
 * `vt.rpc.privacy.*`: the only way personal data enters the vault from other services. The RPC server
 * checks each request against its definition's schema before a use case sees it.
 */
@Injectable()
export class KluisRpcHandlers implements RpcHandlers {
  constructor(
    private readonly registreerPersonen: RegistreerPersonen,
    private readonly legAantekeningenVast: LegAantekeningenVast,
  ) {}

  register(server: RpcServer): void {
    server.handle(personenRegistrerenV1, (req) => this.registreerPersonen.execute(req));
    server.handle(aantekeningenVastleggenV1, (req) => this.legAantekeningenVast.execute(req));
  }
}
