import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { OngeldigeInvoer } from '@vt/contracts';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import { ApiIdempotencyKey, ApiProblems } from '@vt/platform';
import { inzageHtml } from '../domain/export';
import { DienVerzoekIn } from '../use-cases/dien-verzoek-in/dien-verzoek-in.use-case';
import { MaakExport } from '../use-cases/maak-export/maak-export.use-case';
import { NeemBesluit } from '../use-cases/neem-besluit/neem-besluit.use-case';
import {
  DienVerzoekInRequest,
  InzageExportResponse,
  NeemBesluitRequest,
  VerzoekBeslotenResponse,
  VerzoekOntvangenResponse,
} from './verzoeken.dto';

/** Data-subject requests (§15.8), handled by the privacy officer (contract §1.2). */
@ApiTags('verzoeken')
@ApiBearerAuth('jwt')
@Controller('verzoeken')
export class VerzoekenController {
  constructor(
    private readonly dienVerzoekIn: DienVerzoekIn,
    private readonly neemBesluit: NeemBesluit,
    private readonly maakExport: MaakExport,
  ) {}

  @Post()
  @HttpCode(201)
  @Rollen('privacyfunctionaris')
  @ApiOperation({ summary: 'Een verzoek van een betrokkene ontvangen (§15.8)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: VerzoekOntvangenResponse })
  @ApiProblems(
    [400, 'Ongeldige invoer, per veld'],
    [404, 'Betrokkene niet gevonden'],
    [422, 'Wie dit recht mag uitoefenen (§15.8.6.1; type = requirement-ID)'],
  )
  ontvang(
    @Body() body: DienVerzoekInRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<VerzoekOntvangenResponse> {
    return this.dienVerzoekIn.execute(body, { gebruiker });
  }

  @Post(':id/besluit')
  @HttpCode(201)
  @Rollen('privacyfunctionaris')
  @ApiOperation({ summary: 'Een verzoek beslissen, schriftelijk en gemotiveerd (§15.8.2–§15.8.7)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: VerzoekBeslotenResponse })
  @ApiProblems(
    [400, 'Ongeldige invoer, per veld'],
    [404, 'Verzoek niet gevonden'],
    [409, 'Het verzoek is al besloten'],
    [422, 'Geen grond van de regel (type = requirement-ID)'],
  )
  besluit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: NeemBesluitRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<VerzoekBeslotenResponse> {
    return this.neemBesluit.execute(id, body, { gebruiker });
  }

  @Get(':id/export')
  @Rollen('privacyfunctionaris')
  @ApiOperation({ summary: 'De kopie bij een toegewezen inzage of afschrift (§15.8.1), JSON of HTML' })
  @ApiQuery({ name: 'formaat', required: false, enum: ['json', 'html'] })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ type: InzageExportResponse })
  @ApiProblems(
    [400, 'Ongeldig id'],
    [404, 'Verzoek niet gevonden'],
    [422, 'Geen toegewezen inzage of afschrift'],
  )
  @Header('Cache-Control', 'no-store')
  async export(
    @Param('id', ParseUUIDPipe) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('formaat') formaat?: string,
  ): Promise<InzageExportResponse | string> {
    if (formaat !== undefined && formaat !== 'json' && formaat !== 'html')
      throw new OngeldigeInvoer([{ field: 'formaat', message: 'formaat moet json of html zijn' }]);
    const e = await this.maakExport.execute(id, { gebruiker });
    if (formaat !== 'html') return e;
    void reply.header('Content-Type', 'text/html; charset=utf-8');
    return inzageHtml(e);
  }
}
