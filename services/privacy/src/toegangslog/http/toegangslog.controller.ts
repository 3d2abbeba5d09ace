import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import { ApiProblems } from '@vt/platform';
import { ToegangslogRepository } from '../persistence/toegangslog.repository';
import { ToegangslogQuery } from './dto/toegangslog.query';
import { ToegangslogResponse } from './dto/toegangslog.response';

@ApiTags('toegangslog')
@ApiBearerAuth('jwt')
@Controller('toegangslog')
export class ToegangslogController {
  constructor(private readonly toegangslog: ToegangslogRepository) {}

  @Get()
  @Rollen('auditor', 'privacyfunctionaris')
  @ApiOperation({
    summary: 'Wie welke gegevens van een persoon verwerkte, wanneer en waarvoor (nieuwste eerst)',
  })
  @ApiOkResponse({ type: ToegangslogResponse })
  @ApiProblems([400, 'Ongeldig persoonRef'])
  async lijst(
    @Query() query: ToegangslogQuery,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<ToegangslogResponse> {
    // Region-scoped: an auditor sees the processing done in his own organisation.
    const regels = await this.toegangslog.vanPersoon(query.persoonRef, gebruiker.regio);
    return {
      regels: regels.map((r) => ({
        volgnummer: r.volgnummer,
        tijdstip: r.tijdstip.toISOString(),
        sub: r.sub,
        regio: r.regio,
        handeling: r.handeling,
        doelbinding: r.doelbinding,
        ...(r.persoonRef ? { persoonRef: r.persoonRef } : {}),
        ...(r.aantekeningRef ? { aantekeningRef: r.aantekeningRef } : {}),
        categorieen: [...r.categorieen],
        hash: r.hash.toString('hex'),
      })),
    };
  }
}
