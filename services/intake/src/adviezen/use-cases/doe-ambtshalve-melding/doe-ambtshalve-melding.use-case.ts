import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { assertZelfdeRegio, type Gebruiker } from '@vt/auth';
import { AMBTSHALVE_MELDER_TYPE, type AdviesKanaal } from '@vt/contracts';
import { Clock } from '@vt/platform';
import { uuidVoor } from '../../../meldingen/domain/stabiel-id';
import { KluisClient } from '../../../meldingen/privacy/kluis.client';
import { OntvangMelding } from '../../../meldingen/use-cases/ontvang-melding/ontvang-melding.use-case';
import { toetsAmbtshalveMelding } from '../../domain/advies-regels';
import { AdviesRepository, type GemeldeMelding } from '../../persistence/advies.repository';
import type { AmbtshalveMeldingGedaan, DoeAmbtshalveMeldingCommand } from './doe-ambtshalve-melding.command';

/**
 * The ex officio report (§4.4, §5.4): when its conditions hold and the responsible worker decided
 * following 2.2, the advice becomes a normal report through the report path itself (reporter type
 * `veilig-thuis`, received at the moment of the decision, VT-4.4-e), so assessment opens a safety
 * assessment as for any report. The motivation goes to the vault on the report's file; the advice keeps
 * the decision and the report's id. One report per advice: its id is derived from the advice's, so a
 * retry after a crash finds the report it made and only completes the link.
 */
@Injectable()
export class DoeAmbtshalveMelding {
  constructor(
    private readonly adviezen: AdviesRepository,
    private readonly ontvangMelding: OntvangMelding,
    private readonly kluis: KluisClient,
    private readonly clock: Clock,
  ) {}

  async execute(
    adviesId: string,
    command: DoeAmbtshalveMeldingCommand,
    ctx: { gebruiker: Pick<Gebruiker, 'sub' | 'regio'> },
  ): Promise<AmbtshalveMeldingGedaan> {
    const gevonden = await this.adviezen.advies(adviesId);
    if (!gevonden) throw new NotFoundException();
    const { advies } = gevonden;
    assertZelfdeRegio(ctx.gebruiker, advies.regio);
    if (advies.meldingId) throw new ConflictException('dit advies is al ambtshalve gemeld');
    const beslisser = ctx.gebruiker.sub;
    toetsAmbtshalveMelding(advies, command.voorwaarden, { beslisser, geconsulteerd: command.geconsulteerd });

    const nu = this.clock.now();
    const meldingId = uuidVoor(adviesId, 'ambtshalve-melding');
    const melding: GemeldeMelding =
      (await this.adviezen.bestaatMelding(meldingId)) ??
      (await this.meld(meldingId, advies.kanaal, command, ctx.gebruiker));
    const aantekeningRefs = await this.kluis.legTekstenVast({
      verzoekId: uuidVoor(meldingId, 'ambtshalve-motivering'),
      regio: melding.regio,
      dossierId: melding.dossierId,
      personen: [],
      betreft: [],
      teksten: [
        {
          sleutel: 'ambtshalve.betrokkenInformatie',
          soort: 'advies.ambtshalve.betrokkenInformatie',
          tekst: command.motivering.betrokkenInformatie,
        },
        {
          sleutel: 'ambtshalve.gewogenBelangen',
          soort: 'advies.ambtshalve.gewogenBelangen',
          tekst: command.motivering.gewogenBelangen,
        },
      ],
    });
    const { voorwaarden } = command;
    const gekoppeld = await this.adviezen.koppelMelding(adviesId, meldingId, {
      hoogEnAcuutRisico: voorwaarden.hoogEnAcuutRisico,
      onvoldoendeVeiligheid: voorwaarden.onvoldoendeVeiligheid,
      ...(voorwaarden.geenOvereenstemming !== undefined
        ? { geenOvereenstemming: voorwaarden.geenOvereenstemming }
        : {}),
      persoonsgegevensBekend: voorwaarden.persoonsgegevensBekend,
      besprokenMetAdviesvrager: command.besprokenMetAdviesvrager,
      besloten: { door: beslisser, op: nu.toISOString(), geconsulteerd: [...command.geconsulteerd] },
      aantekeningRefs,
    });
    if (!gekoppeld) throw new ConflictException('dit advies is al ambtshalve gemeld');
    return {
      adviesId,
      meldingId,
      dossierId: melding.dossierId,
      regio: melding.regio,
      ontvangenOp: melding.ontvangenOp.toISOString(),
      veiligheidsbeoordelingUiterlijk: melding.veiligheidsbeoordelingUiterlijk,
    };
  }

  /** The report path itself, with Veilig Thuis as the reporter, received now: at the decision. */
  private async meld(
    meldingId: string,
    kanaal: AdviesKanaal,
    command: DoeAmbtshalveMeldingCommand,
    gebruiker: Pick<Gebruiker, 'sub'>,
  ): Promise<GemeldeMelding> {
    const o = await this.ontvangMelding.execute(
      {
        kanaal,
        spoed: command.spoed,
        melder: { type: AMBTSHALVE_MELDER_TYPE },
        anonimiteit: 'geen',
        huishouden: command.huishouden,
        zorgen: command.zorgen,
      },
      { gebruiker, meldingId },
    );
    return {
      id: o.meldingId,
      dossierId: o.dossierId,
      regio: o.regio,
      ontvangenOp: new Date(o.ontvangenOp),
      status: o.status,
      veiligheidsbeoordelingUiterlijk: o.veiligheidsbeoordelingUiterlijk,
    };
  }
}
