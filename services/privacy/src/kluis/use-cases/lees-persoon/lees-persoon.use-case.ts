import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@vt/platform';
import {
  type NieuweToegang,
  ToegangslogRepository,
} from '../../../toegangslog/persistence/toegangslog.repository';
import { KeyDestroyed } from '../../crypto/envelope';
import { NietGevonden } from '../../domain/kluis.errors';
import { gegevensCategorieen, type PersoonGegevens } from '../../domain/persoon-gegevens';
import { KluisService } from '../../kluis.service';
import { KluisRepository, type KluisRepositoryPort } from '../../persistence/kluis.repository';
import { SleutelDienst, type SleutelDienstPort } from '../../sleutels/sleutel-dienst';
import type { LeesPersoonCommand } from './lees-persoon.command';

export interface GelezenPersoon {
  persoonRef: string;
  regio: string;
  nietTerInzage: boolean;
  gegevens: PersoonGegevens;
}

/** Where the use case writes what it decrypted; `ToegangslogRepository` is it. */
export type ToegangslogPort = Pick<ToegangslogRepository, 'voegToe'>;

/**
 * A person's personal data (contract: `GET /personen/{persoonRef}`), region-scoped: the read is written
 * to the access log, with its purpose, and committed before anything is decrypted (ADR 0023).
 */
@Injectable()
export class LeesPersoon {
  constructor(
    @Inject(KluisRepository) private readonly repository: KluisRepositoryPort,
    private readonly crypto: KluisService,
    @Inject(SleutelDienst) private readonly sleutels: SleutelDienstPort,
    @Inject(ToegangslogRepository) private readonly toegangslog: ToegangslogPort,
    private readonly clock: Clock,
  ) {}

  async execute(command: LeesPersoonCommand): Promise<GelezenPersoon> {
    const rij = await this.repository.findPersoon(command.persoonRef);
    if (!rij || rij.regio !== command.door.regio) throw new NietGevonden();
    const dataKey = (await this.sleutels.ontsluit([rij.keyId])).get(rij.keyId);
    if (!dataKey) throw new KeyDestroyed(rij.keyId);
    const gegevens = this.crypto.openPersoon(rij.persoonRef, rij.gegevens, dataKey);
    const toegang: NieuweToegang = {
      tijdstip: this.clock.now(),
      sub: command.door.sub,
      regio: rij.regio,
      handeling: 'lezen',
      doelbinding: command.doelbinding,
      persoonRef: rij.persoonRef,
      aantekeningRef: null,
      categorieen: gegevensCategorieen(gegevens),
    };
    // Logged before the data leaves the vault: no log entry, no answer.
    await this.toegangslog.voegToe([toegang]);
    return { persoonRef: rij.persoonRef, regio: rij.regio, nietTerInzage: rij.nietTerInzage, gegevens };
  }
}
