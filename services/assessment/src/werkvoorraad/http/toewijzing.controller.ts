import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import { ApiIdempotencyKey, ApiProblems, huidigeIdempotentieClaim } from '@vt/platform';
import { WijsBeoordelingToe } from '../use-cases/wijs-beoordeling-toe/wijs-beoordeling-toe.use-case';
import { ToewijzingResponse, WijsToeRequest } from './dto/wijs-toe.request';

@ApiTags('werkvoorraad')
@ApiBearerAuth('jwt')
@Controller('veiligheidsbeoordelingen')
export class ToewijzingController {
  constructor(private readonly wijsBeoordelingToe: WijsBeoordelingToe) {}

  @Post(':id/toewijzing')
  @HttpCode(201)
  @Rollen('leidinggevende')
  @ApiOperation({
    summary: 'Een veiligheidsbeoordeling toewijzen aan een dossierhouder, of hertoewijzen met reden',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ToewijzingResponse })
  @ApiProblems(
    [400, 'Ongeldige invoer, per veld'],
    [404, 'Niet gevonden'],
    [409, 'Besloten, al toegewezen aan deze medewerker, of intussen gewijzigd'],
    [422, 'Hertoewijzing zonder reden (urn:vt:VT-2.2.1-f)'],
  )
  wijsToe(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: WijsToeRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<ToewijzingResponse> {
    return this.wijsBeoordelingToe.execute(
      { veiligheidsbeoordelingId: id, dossierhouder: body.dossierhouder, reden: body.reden },
      { gebruiker, claim: huidigeIdempotentieClaim() },
    );
  }
}
