import { Injectable } from '@nestjs/common';
import { Clock } from '@vt/platform';
import { datumInAmsterdam } from '@vt/werkdagen';
import { uuidVoor } from '../../../meldingen/domain/stabiel-id';
import { AdviesRepository } from '../../persistence/advies.repository';
import { AdviesKluisClient } from '../../privacy/advies-kluis.client';

/** Files per pass: one vault call and one transaction each. */
const PER_KEER = 100;

/**
 * VT-15.3.4.1-a: advice is kept for 2 years after the last contact and destroyed when that date has
 * passed: the vault destroys its texts and seekers first, then intake deletes the files. A crash between
 * leaves files whose vault part is gone; the next pass asks the vault again (it finds nothing) and
 * deletes them. Returns how many files were destroyed.
 */
@Injectable()
export class VernietigVerlopenAdviezen {
  constructor(
    private readonly adviezen: AdviesRepository,
    private readonly kluis: AdviesKluisClient,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<number> {
    const vandaag = datumInAmsterdam(this.clock.now());
    let totaal = 0;
    for (;;) {
      const ids = await this.adviezen.verlopenDossiers(vandaag, PER_KEER);
      if (ids.length === 0) return totaal;
      await this.kluis.vernietigAdviezen(uuidVoor(ids.join(','), 'advies-vernietigen'), ids);
      await this.adviezen.vernietig(ids);
      totaal += ids.length;
      if (ids.length < PER_KEER) return totaal;
    }
  }
}
