import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BEHANDELROLLEN, type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import { ApiProblems } from '@vt/platform';
import { LeesWerkvoorraad } from '../use-cases/lees-werkvoorraad/lees-werkvoorraad.use-case';
import { WerkvoorraadQuery } from './dto/werkvoorraad.query';
import { WerkvoorraadResponse } from './dto/werkvoorraad.response';

@ApiTags('werkvoorraad')
@ApiBearerAuth('jwt')
@Controller('werkvoorraad')
export class WerkvoorraadController {
  constructor(private readonly leesWerkvoorraad: LeesWerkvoorraad) {}

  @Get()
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({
    summary: 'De werkvoorraad van veiligheidsbeoordelingen, de meest urgente wettelijke termijn eerst (§7.2)',
  })
  @ApiOkResponse({ type: WerkvoorraadResponse })
  @ApiProblems([400, 'Ongeldig filter of ongeldige cursor'])
  lees(
    @Query() q: WerkvoorraadQuery,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<WerkvoorraadResponse> {
    return this.leesWerkvoorraad.execute(
      {
        weergave: q.weergave,
        status: q.status,
        dossierhouder: q.dossierhouder,
        cursor: q.cursor,
        limiet: q.limiet,
        spoed: q.spoed,
        herbeoordeling: q.herbeoordeling,
        hermelding: q.hermelding,
        radar: q.radar,
        anoniemeMelder: q.anoniemeMelder,
        zichtOpVeiligheid: q.zichtOpVeiligheid,
      },
      gebruiker,
    );
  }
}
