import { Inject, Injectable } from '@nestjs/common';
import type { AdviesRegistrerenV1Reply } from '@vt/contracts';
import { Clock } from '@vt/platform';
import { gegevensVan } from '../../domain/persoon-gegevens';
import { KluisService } from '../../kluis.service';
import {
  ADVIESVRAGER_ROL,
  KluisRepository,
  type KluisRepositoryPort,
  type KluisWijzigingen,
} from '../../persistence/kluis.repository';
import { SleutelDienst, type NieuweSleutel, type SleutelDienstPort } from '../../sleutels/sleutel-dienst';
import type { RegistreerAdviesCommand } from './registreer-advies.command';

const ACTIE = 'advies.registreren';

/**
 * Keeps an advice's free text and, when he consented, its seeker (VT-15.5-a). No information power
 * (VT-5.5-d): the seeker gets no blind index, nobody is looked up, and he is linked only to his advice
 * file, in the role the withdrawal of his consent destroys (`adviesvrager.vernietigen`).
 */
@Injectable()
export class RegistreerAdvies {
  constructor(
    @Inject(KluisRepository) private readonly repository: KluisRepositoryPort,
    private readonly crypto: KluisService,
    @Inject(SleutelDienst) private readonly sleutels: SleutelDienstPort,
    private readonly clock: Clock,
  ) {}

  async execute(command: RegistreerAdviesCommand): Promise<AdviesRegistrerenV1Reply> {
    const eerder = await this.repository.findAntwoord<AdviesRegistrerenV1Reply>(command.verzoekId);
    if (eerder) return eerder;
    const nu = this.clock.now();
    const { regio, adviesdossierId } = command;
    const verzegeld = this.crypto.sealAantekeningen(
      command.aantekeningen.map((a) => ({ ...a, betreft: [] })),
      { regio, dossierId: adviesdossierId, nu },
    );
    const dataKeys: NieuweSleutel[] = [...verzegeld.dataKeys];
    const wijzigingen: Omit<KluisWijzigingen, 'verzoek'> = {
      personen: [],
      aantekeningen: verzegeld.rijen,
      dossierPersonen: [],
    };
    const antwoord: AdviesRegistrerenV1Reply = { aantekeningen: verzegeld.refs };
    if (command.adviesvrager) {
      // No BSN and no surname + birth date: `sealPersoon` leaves both blind indexes empty.
      const { rij, dataKey } = this.crypto.sealPersoon({
        regio,
        gegevens: gegevensVan(command.adviesvrager),
        nietTerInzage: false,
        nu,
      });
      dataKeys.push(dataKey);
      wijzigingen.personen.push(rij);
      wijzigingen.dossierPersonen.push({
        dossierId: adviesdossierId,
        persoonRef: rij.persoonRef,
        rol: ADVIESVRAGER_ROL,
      });
      antwoord.adviesvragerRef = rij.persoonRef;
    }
    // The keys first, committed on their own (ADR 0023): a failed save leaves unused keys, never unreadable rows.
    await this.sleutels.bewaar(dataKeys);
    await this.repository.save({
      ...wijzigingen,
      verzoek: { verzoekId: command.verzoekId, actie: ACTIE, antwoord, verwerktOp: nu },
    });
    return antwoord;
  }
}
