import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import { ApiProblems } from '@vt/platform';
import { LeesTermijnnaleving } from '../use-cases/lees-termijnnaleving/lees-termijnnaleving.use-case';
import { TermijnnalevingQuery, TermijnnalevingResponse } from './dto/termijnnaleving.dto';

@ApiTags('termijnnaleving')
@ApiBearerAuth('jwt')
@Controller('termijnnaleving')
export class TermijnnalevingController {
  constructor(private readonly leesTermijnnaleving: LeesTermijnnaleving) {}

  @Get()
  @Rollen('leidinggevende')
  @ApiOperation({ summary: 'Aandeel veiligheidsbeoordelingen binnen 5 werkdagen, per regio en maand (§7.2)' })
  @ApiOkResponse({ type: TermijnnalevingResponse })
  @ApiProblems([400, 'Ongeldige regio of maand'], [404, 'Niet gevonden (andere regio)'])
  lees(
    @Query() q: TermijnnalevingQuery,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<TermijnnalevingResponse> {
    return this.leesTermijnnaleving.execute({ regio: q.regio, maand: q.maand }, gebruiker);
  }
}
