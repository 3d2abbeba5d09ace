import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { assertZelfdeRegio, BEHANDELROLLEN, type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import { ApiIdempotencyKey, ApiProblems, huidigeIdempotentieClaim } from '@vt/platform';
import type { Advies, Adviesdossier, Ondersteuningsactie } from '../persistence/advies.entity';
import { AdviesRepository } from '../persistence/advies.repository';
import { DoeAmbtshalveMelding } from '../use-cases/doe-ambtshalve-melding/doe-ambtshalve-melding.use-case';
import { LegOndersteuningVast } from '../use-cases/leg-ondersteuning-vast/leg-ondersteuning-vast.use-case';
import { RegistreerAdvies } from '../use-cases/registreer-advies/registreer-advies.use-case';
import { TrekToestemmingIn } from '../use-cases/trek-toestemming-in/trek-toestemming-in.use-case';
import {
  DoeAmbtshalveMeldingRequest,
  LegOndersteuningVastRequest,
  RegistreerAdviesRequest,
} from './dto/advies.request';
import {
  AdviesGeregistreerdResponse,
  AdviesResponse,
  AmbtshalveMeldingResponse,
  OndersteuningVastgelegdResponse,
} from './dto/advies.response';

const SCHRIJVEN = [
  [400, 'Ongeldige invoer, per veld'] as [number, string],
  [422, 'Protocolregel niet voldaan (type = requirement-ID)'] as [number, string],
];

@ApiTags('adviezen')
@ApiBearerAuth('jwt')
@Controller('adviezen')
export class AdviezenController {
  constructor(
    private readonly registreerAdvies: RegistreerAdvies,
    private readonly legOndersteuningVast: LegOndersteuningVast,
    private readonly trekToestemmingIn: TrekToestemmingIn,
    private readonly doeAmbtshalveMelding: DoeAmbtshalveMelding,
    private readonly adviezen: AdviesRepository,
  ) {}

  @Post()
  @HttpCode(201)
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({ summary: 'Een advies- of ondersteuningscontact registreren (§4, §5)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: AdviesGeregistreerdResponse })
  @ApiProblems(...SCHRIJVEN)
  registreer(
    @Body() body: RegistreerAdviesRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<AdviesGeregistreerdResponse> {
    return this.registreerAdvies.execute(body, { gebruiker, claim: huidigeIdempotentieClaim() });
  }

  @Get(':id')
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({
    summary: 'De gestructureerde gegevens en verwijzingen van een advies; geen persoonsgegevens',
  })
  @ApiOkResponse({ type: AdviesResponse })
  @ApiProblems([400, 'Ongeldig id'], [404, 'Niet gevonden'])
  async haal(
    @Param('id', ParseUUIDPipe) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<AdviesResponse> {
    const gevonden = await this.adviezen.advies(id);
    if (!gevonden) throw new NotFoundException();
    assertZelfdeRegio(gebruiker, gevonden.advies.regio);
    return toResponse(gevonden.advies, gevonden.dossier, await this.adviezen.ondersteuningVan(id));
  }

  @Post(':id/ondersteuning')
  @HttpCode(201)
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({ summary: 'Een ondersteuningsactie vastleggen (VT-4.3-a, VT-5.3-b)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: OndersteuningVastgelegdResponse })
  @ApiProblems(...SCHRIJVEN, [404, 'Niet gevonden'])
  ondersteuning(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: LegOndersteuningVastRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<OndersteuningVastgelegdResponse> {
    return this.legOndersteuningVast.execute(id, body, { gebruiker, claim: huidigeIdempotentieClaim() });
  }

  @Delete(':id/adviesvrager')
  @HttpCode(204)
  @Rollen(...BEHANDELROLLEN, 'privacyfunctionaris')
  @ApiOperation({
    summary: 'De adviesvrager trekt zijn toestemming in: zijn gegevens worden vernietigd (VT-15.5-c)',
  })
  @ApiIdempotencyKey()
  @ApiNoContentResponse({ description: 'Vernietigd (ook als er niets meer te vernietigen was)' })
  @ApiProblems([400, 'Ongeldig id'], [404, 'Niet gevonden'])
  async trekIn(
    @Param('id', ParseUUIDPipe) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<void> {
    await this.trekToestemmingIn.execute(id, { gebruiker });
  }

  @Post(':id/ambtshalve-melding')
  @HttpCode(201)
  @Rollen('medewerker')
  @ApiOperation({
    summary:
      'Ambtshalve melding (§4.4, §5.4): de verantwoordelijke medewerker besluit volgens 2.2; het advies wordt een melding',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: AmbtshalveMeldingResponse })
  @ApiProblems(...SCHRIJVEN, [404, 'Niet gevonden'], [409, 'Dit advies is al ambtshalve gemeld'])
  ambtshalve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DoeAmbtshalveMeldingRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<AmbtshalveMeldingResponse> {
    return this.doeAmbtshalveMelding.execute(id, body, { gebruiker });
  }
}

function toResponse(a: Advies, d: Adviesdossier, ondersteuning: Ondersteuningsactie[]): AdviesResponse {
  const b = a.ambtshalve;
  return {
    id: a.id,
    adviesdossierId: d.id,
    dossiernummer: d.dossiernummer,
    regio: a.regio,
    kanaal: a.kanaal,
    adviesvragerType: a.adviesvragerType,
    contactOp: a.contactOp.toISOString(),
    ...(a.vervolgOp ? { vervolgOp: a.vervolgOp } : {}),
    eersteContact: a.eersteContact,
    ...(a.meldcode ? { meldcode: a.meldcode } : {}),
    toestemmingRegistratie: a.toestemmingRegistratie,
    ...(a.toestemmingToegelicht != null ? { toestemmingToegelicht: a.toestemmingToegelicht } : {}),
    ...(a.toestemmingIngetrokkenOp
      ? { toestemmingIngetrokkenOp: a.toestemmingIngetrokkenOp.toISOString() }
      : {}),
    ...(a.adviesvragerRef ? { adviesvragerRef: a.adviesvragerRef } : {}),
    aantekeningRefs: a.aantekeningRefs,
    bewaarTot: d.bewaarTot,
    ondersteuning: ondersteuning.map((o) => ({
      id: o.id,
      actie: o.actie,
      uitgevoerdOp: o.uitgevoerdOp.toISOString(),
      ...(o.toestemmingBetrokkenenBevestigd != null
        ? { toestemmingBetrokkenenBevestigd: o.toestemmingBetrokkenenBevestigd }
        : {}),
      aantekeningRefs: o.aantekeningRefs,
    })),
    ...(a.meldingId ? { meldingId: a.meldingId } : {}),
    ...(b
      ? {
          ambtshalve: {
            hoogEnAcuutRisico: b.hoogEnAcuutRisico,
            onvoldoendeVeiligheid: b.onvoldoendeVeiligheid,
            ...(b.geenOvereenstemming !== undefined ? { geenOvereenstemming: b.geenOvereenstemming } : {}),
            persoonsgegevensBekend: b.persoonsgegevensBekend,
            besprokenMetAdviesvrager: b.besprokenMetAdviesvrager,
            beslotenDoor: b.besloten.door,
            beslotenOp: b.besloten.op,
            geconsulteerd: b.besloten.geconsulteerd,
            aantekeningRefs: b.aantekeningRefs,
          },
        }
      : {}),
  };
}
