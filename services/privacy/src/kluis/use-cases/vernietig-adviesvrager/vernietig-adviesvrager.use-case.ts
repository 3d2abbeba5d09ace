import { Inject, Injectable } from '@nestjs/common';
import type { AdviesvragerVernietigenV1Reply } from '@vt/contracts';
import { Clock } from '@vt/platform';
import { KluisRepository, type KluisRepositoryPort } from '../../persistence/kluis.repository';
import { SleutelDienst, type SleutelDienstPort } from '../../sleutels/sleutel-dienst';
import type { VernietigAdviesvragerCommand } from './vernietig-adviesvrager.command';

const ACTIE = 'adviesvrager.vernietigen';

/**
 * VT-15.5-c: a seeker who withdraws his consent is removed from the records: his row is deleted and his
 * data key destroyed, so no copy of his sealed data can be opened again. Idempotent by verzoekId; a ref
 * already gone, or one that is not an advice seeker, is left alone.
 */
@Injectable()
export class VernietigAdviesvrager {
  constructor(
    @Inject(KluisRepository) private readonly repository: KluisRepositoryPort,
    @Inject(SleutelDienst) private readonly sleutels: SleutelDienstPort,
    private readonly clock: Clock,
  ) {}

  async execute(command: VernietigAdviesvragerCommand): Promise<AdviesvragerVernietigenV1Reply> {
    const eerder = await this.repository.findAntwoord<AdviesvragerVernietigenV1Reply>(command.verzoekId);
    if (eerder) return eerder;
    const nu = this.clock.now();
    return this.repository.withLocks([], async (tx) => {
      const { antwoord, keyIds } = await tx.vernietigAdviesvragers([...new Set(command.adviesvragerRefs)], {
        verzoekId: command.verzoekId,
        actie: ACTIE,
        verwerktOp: nu,
      });
      // Before the rows' deletion commits: a failure leaves rows to retry on, never a live key without them.
      await this.sleutels.vernietig(keyIds, nu);
      return { vernietigd: antwoord };
    });
  }
}
