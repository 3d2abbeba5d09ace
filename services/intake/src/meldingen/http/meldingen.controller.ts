import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertZelfdeRegio, BEHANDELROLLEN, type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import { ApiIdempotencyKey, ApiProblems, huidigeIdempotentieClaim } from '@vt/platform';
import { Melding } from '../persistence/melding.entity';
import { MeldingIntrekking } from '../persistence/melding-intrekking.entity';
import { NeemInBehandeling } from '../use-cases/neem-in-behandeling/neem-in-behandeling.use-case';
import { OntvangMelding } from '../use-cases/ontvang-melding/ontvang-melding.use-case';
import { TrekMeldingIn } from '../use-cases/trek-melding-in/trek-melding-in.use-case';
import { IntrekkingRequest, NeemInBehandelingRequest } from './dto/melding-besluiten.request';
import {
  InBehandelingGenomenResponse,
  MeldingIngetrokkenResponse,
  MeldingOntvangenResponse,
  MeldingResponse,
} from './dto/melding.response';
import { OntvangMeldingRequest } from './dto/ontvang-melding.request';

@ApiTags('meldingen')
@ApiBearerAuth('jwt')
@Controller('meldingen')
export class MeldingenController {
  constructor(
    private readonly ontvangMelding: OntvangMelding,
    private readonly neemInBehandeling: NeemInBehandeling,
    private readonly trekMeldingIn: TrekMeldingIn,
    private readonly em: EntityManager,
  ) {}

  @Post()
  @HttpCode(201)
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({ summary: 'Een melding ontvangen (§6)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: MeldingOntvangenResponse })
  @ApiProblems(
    [400, 'Ongeldige invoer, per veld'],
    [422, 'Protocolregel niet voldaan (type = requirement-ID)'],
  )
  ontvang(
    @Body() body: OntvangMeldingRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<MeldingOntvangenResponse> {
    return this.ontvangMelding.execute(body, { gebruiker, claim: huidigeIdempotentieClaim() });
  }

  @Post(':id/in-behandeling')
  @HttpCode(200)
  @Rollen('leidinggevende')
  @ApiOperation({
    summary:
      'Een leidinggevende neemt een melding die anoniem is tegenover Veilig Thuis toch in behandeling (§6.5.2)',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: InBehandelingGenomenResponse })
  @ApiProblems(
    [400, 'Ongeldige invoer, per veld'],
    [404, 'Niet gevonden'],
    [409, 'De melding is al in behandeling'],
  )
  neemInBehandelingOp(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: NeemInBehandelingRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<InBehandelingGenomenResponse> {
    return this.neemInBehandeling.execute(
      { meldingId: id, motivering: body.motivering },
      { gebruiker, claim: huidigeIdempotentieClaim() },
    );
  }

  @Post(':id/intrekking')
  @HttpCode(200)
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({ summary: 'Het besluit op het verzoek van de melder om zijn melding in te trekken (§6.7)' })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: MeldingIngetrokkenResponse })
  @ApiProblems([400, 'Ongeldige invoer, per veld'], [404, 'Niet gevonden'])
  trekIn(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: IntrekkingRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<MeldingIngetrokkenResponse> {
    return this.trekMeldingIn.execute(
      {
        meldingId: id,
        verzoekOp: body.verzoekOp,
        reden: body.reden,
        besluit: body.besluit,
        motivering: body.motivering,
      },
      { gebruiker, claim: huidigeIdempotentieClaim() },
    );
  }

  @Get(':id')
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({
    summary: 'De gestructureerde gegevens en verwijzingen van een melding; geen persoonsgegevens',
  })
  @ApiOkResponse({ type: MeldingResponse })
  @ApiProblems([400, 'Ongeldig id'], [404, 'Niet gevonden'])
  async haal(
    @Param('id', ParseUUIDPipe) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<MeldingResponse> {
    const em = this.em.fork();
    const m = await em.findOne(Melding, { id });
    if (!m) throw new NotFoundException();
    assertZelfdeRegio(gebruiker, m.regio);
    const intrekkingen = await em.find(
      MeldingIntrekking,
      { meldingId: id },
      { orderBy: { beslotenOp: 'asc' } },
    );
    return toResponse(m, intrekkingen);
  }
}

function toResponse(m: Melding, intrekkingen: MeldingIntrekking[]): MeldingResponse {
  return {
    intrekkingen: intrekkingen.map((i) => ({
      verzoekOp: i.verzoekOp,
      besluit: i.besluit,
      redenRef: i.redenRef,
      motiveringRef: i.motiveringRef,
      beslotenOp: i.beslotenOp.toISOString(),
    })),
    id: m.id,
    dossierId: m.dossierId,
    regio: m.regio,
    kanaal: m.kanaal,
    ontvangenOp: m.ontvangenOp.toISOString(),
    spoed: m.spoed,
    status: m.status,
    melderType: m.melderType,
    ...(m.melderRef ? { melderRef: m.melderRef } : {}),
    anonimiteit: m.anonimiteit,
    ...(m.anonimiteitsgrond ? { anonimiteitsgrond: m.anonimiteitsgrond } : {}),
    ...(m.meldcodePlichtig != null ? { meldcodePlichtig: m.meldcodePlichtig } : {}),
    ...(m.toestemmingIdentiteitDelen != null
      ? { toestemmingIdentiteitDelen: m.toestemmingIdentiteitDelen }
      : {}),
    schaalvraag: m.schaalvraag,
    ...(m.strafrechtelijkOnderzoek != null ? { strafrechtelijkOnderzoek: m.strafrechtelijkOnderzoek } : {}),
    aantekeningRefs: m.aantekeningRefs,
    veiligheidsbeoordelingUiterlijk: m.veiligheidsbeoordelingUiterlijk,
    zichtOpVeiligheidUiterlijk: m.zichtOpVeiligheidUiterlijk,
    ...zonderNull({
      meldcodeStappenBesproken: m.meldcodeStappenBesproken,
      checkAanleiding: m.checkAanleiding,
      acuteOnveiligheid: m.acuteOnveiligheid,
      structureleOnveiligheid: m.structureleOnveiligheid,
      gevolgenAnonimiteitBesproken: m.gevolgenAnonimiteitBesproken,
      zichtOpVeiligheidBij: m.zichtOpVeiligheidBij,
      terugkoppelingVerwachtOp: m.terugkoppelingVerwachtOp,
      woonplaatsRegio: m.woonplaatsRegio,
      hermelding: m.hermelding,
      inBehandelingGenomenOp: m.inBehandelingGenomenOp?.toISOString(),
    }),
  };
}

/** The optional fields that have a value; null and undefined are left out of the answer. */
function zonderNull<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v != null)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };
}
