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
import { OntvangMelding } from '../use-cases/ontvang-melding/ontvang-melding.use-case';
import { MeldingOntvangenResponse, MeldingResponse } from './dto/melding.response';
import { OntvangMeldingRequest } from './dto/ontvang-melding.request';

@ApiTags('meldingen')
@ApiBearerAuth('jwt')
@Controller('meldingen')
export class MeldingenController {
  constructor(
    private readonly ontvangMelding: OntvangMelding,
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
    const m = await this.em.fork().findOne(Melding, { id });
    if (!m) throw new NotFoundException();
    assertZelfdeRegio(gebruiker, m.regio);
    return toResponse(m);
  }
}

function toResponse(m: Melding): MeldingResponse {
  return {
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
  };
}
