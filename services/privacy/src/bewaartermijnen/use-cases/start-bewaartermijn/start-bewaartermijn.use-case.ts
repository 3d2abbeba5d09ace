import { Injectable } from '@nestjs/common';
import type { SqlVerbinding } from '@vt/persistence';
import { Werkdagkalender } from '@vt/werkdagen';
import { bewaarTot } from '../../domain/bewaartermijn';
import { BewaartermijnRepository } from '../../persistence/bewaartermijn.repository';
import type { StartBewaartermijnCommand } from './start-bewaartermijn.command';

/**
 * VT-15.3.4.2-a / VT-15.3.4.1-a: "keep until" from the closing date (Europe/Amsterdam) + 20 years, or the
 * last advice contact + 2 years; recomputed, never shortened, when the file is closed again later.
 */
@Injectable()
export class StartBewaartermijn {
  constructor(
    private readonly bewaartermijnen: BewaartermijnRepository,
    private readonly kalender: Werkdagkalender,
  ) {}

  async execute(tx: SqlVerbinding, c: StartBewaartermijnCommand): Promise<void> {
    const aanvang = this.kalender.datumInAmsterdam(c.vanaf);
    await this.bewaartermijnen.start(tx, {
      dossierId: c.dossierId,
      regio: c.regio,
      grondslag: c.grondslag,
      aanvang,
      bewaarTot: bewaarTot(this.kalender, c.grondslag, aanvang),
    });
  }
}
