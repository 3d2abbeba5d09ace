import { type OnderzoekAfgerondV1, onderzoekAfgerondV1 } from '@vt/contracts';
import { HandlesEvent, type ReceivedEvent, type SqlEventHandler } from '@vt/messaging';
import type { SqlTransactie } from '@vt/persistence';
import { BewaartermijnRepository } from '../persistence/bewaartermijn.repository';

/**
 * VT-15.8.6-a: the vault keeps each file's investigation outcome, so a destruction request on a file whose
 * investigation refuted the report (`geen-hg-km`) cannot be refused and is answered within 4 weeks.
 */
@HandlesEvent()
export class LegUitkomstVastWhenOnderzoekAfgerond implements SqlEventHandler<OnderzoekAfgerondV1> {
  readonly name = 'leg-uitkomst-vast-when-onderzoek-afgerond';
  readonly event = onderzoekAfgerondV1;
  readonly transactie = 'sql';

  constructor(private readonly bewaartermijnen: BewaartermijnRepository) {}

  async handle(tx: SqlTransactie, event: ReceivedEvent<OnderzoekAfgerondV1>): Promise<void> {
    const { dossierId, regio, uitkomst, afgerondOp } = event.data;
    await this.bewaartermijnen.onderzoekAfgerond(tx, {
      dossierId,
      regio,
      uitkomst,
      afgerondOp: new Date(afgerondOp),
    });
  }
}
