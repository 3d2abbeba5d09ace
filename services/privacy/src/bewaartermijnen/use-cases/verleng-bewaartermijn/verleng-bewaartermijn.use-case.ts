import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { bewaartermijnVerlengdV1 } from '@vt/contracts';
import { Outbox } from '@vt/messaging';
import { Clock } from '@vt/platform';
import { KluisService } from '../../../kluis/kluis.service';
import { SleutelDienst, type SleutelDienstPort } from '../../../kluis/sleutels/sleutel-dienst';
import { toetsVerlenging } from '../../domain/bewaartermijn';
import { BewaartermijnRepository } from '../../persistence/bewaartermijn.repository';
import type { BewaartermijnOverzicht, VerlengBewaartermijnCommand } from './verleng-bewaartermijn.command';

/**
 * VT-15.3.4.2-b: a manager extends a file's retention, motivated in the file: the motivation is a text of
 * the file in the vault (destroyed with it), the extension and its event reference it.
 */
@Injectable()
export class VerlengBewaartermijn {
  constructor(
    private readonly bewaartermijnen: BewaartermijnRepository,
    private readonly kluis: KluisService,
    @Inject(SleutelDienst) private readonly sleutels: SleutelDienstPort,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async execute(
    dossierId: string,
    command: VerlengBewaartermijnCommand,
    ctx: { gebruiker: { sub: string; regio: string } },
  ): Promise<BewaartermijnOverzicht> {
    const nu = this.clock.now();
    return this.bewaartermijnen.transaction(async (tx) => {
      const huidig = await this.bewaartermijnen.vind(tx, dossierId, { lock: true });
      if (!huidig || huidig.regio !== ctx.gebruiker.regio) throw new NotFoundException();
      toetsVerlenging(huidig, command.tot);
      const verzegeld = this.kluis.sealAantekeningen(
        [
          {
            sleutel: 'motivering',
            soort: 'motivering-verlenging-bewaartermijn',
            tekst: command.motivering,
            betreft: [],
          },
        ],
        { regio: huidig.regio, dossierId, nu },
      );
      const motiveringRef = verzegeld.rijen[0].aantekeningRef;
      const verlenging = { tot: command.tot, door: ctx.gebruiker.sub, op: nu.toISOString(), motiveringRef };
      const bericht = this.outbox.bericht(bewaartermijnVerlengdV1, {
        regio: huidig.regio,
        subject: dossierId,
        time: nu,
        data: { dossierId, regio: huidig.regio, bewaarTot: command.tot, verlengdOp: nu.toISOString() },
      });
      // The key first, committed on its own (ADR 0023): a failure leaves an unused key, never an unreadable text.
      await this.sleutels.bewaar(verzegeld.dataKeys);
      await this.bewaartermijnen.verleng(tx, dossierId, command.tot, verlenging, verzegeld.rijen[0], bericht);
      return {
        dossierId,
        bewaarTot: command.tot,
        grondslag: huidig.grondslag,
        status: huidig.status,
        verlengingen: [...huidig.verlengingen, verlenging],
      };
    });
  }
}
