import { Controller, Get, Headers, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BEHANDELROLLEN, type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import { ApiProblems } from '@vt/platform';
import { NietGevonden } from '../domain/kluis.errors';
import { LeesPersoon } from '../use-cases/lees-persoon/lees-persoon.use-case';
import { ApiDoelbinding, DOELBINDING_HEADER, doelbindingUit } from './doelbinding';
import { PersoonResponse } from './dto/persoon.response';

@ApiTags('personen')
@ApiBearerAuth('jwt')
@Controller('personen')
export class PersonenController {
  constructor(private readonly leesPersoon: LeesPersoon) {}

  @Get(':persoonRef')
  @Rollen(...BEHANDELROLLEN, 'privacyfunctionaris')
  @ApiOperation({ summary: 'De persoonsgegevens van een persoon; elke lezing komt in de toegangslog' })
  @ApiDoelbinding()
  @ApiOkResponse({ type: PersoonResponse })
  @ApiProblems([400, 'Ongeldig persoonRef of X-Doelbinding ontbreekt'], [404, 'Niet gevonden'])
  async haal(
    @Param('persoonRef', ParseUUIDPipe) persoonRef: string,
    @Headers(DOELBINDING_HEADER) doelbinding: string | undefined,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<PersoonResponse> {
    try {
      return await this.leesPersoon.execute({
        persoonRef,
        doelbinding: doelbindingUit(doelbinding),
        door: { sub: gebruiker.sub, regio: gebruiker.regio },
      });
    } catch (err) {
      if (err instanceof NietGevonden) throw new NotFoundException();
      throw err;
    }
  }
}
