import { Body, ConflictException, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BEHANDELROLLEN, type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import { ApiIdempotencyKey, ApiProblems, huidigeIdempotentieClaim } from '@vt/platform';
import { AlBesloten } from '../domain/besluit-regels';
import { LegTaxatieVast } from '../use-cases/leg-taxatie-vast/leg-taxatie-vast.use-case';
import { NeemBesluit } from '../use-cases/neem-besluit/neem-besluit.use-case';
import type { StapContext } from '../use-cases/stap-context';
import { VerzamelInformatie } from '../use-cases/verzamel-informatie/verzamel-informatie.use-case';
import { BesluitRequest, InformatieRequest, TaxatieRequest } from './dto/besluitvorming.request';
import { BesluitResponse, InformatieResponse, TaxatieResponse } from './dto/besluitvorming.response';

const PROBLEMEN: [number, string][] = [
  [400, 'Ongeldige invoer, per veld'],
  [404, 'Niet gevonden (ook: een beoordeling van een andere regio)'],
  [409, 'De veiligheidsbeoordeling is al besloten'],
  [422, 'Protocolregel niet voldaan (type = requirement-ID)'],
];

/** The three steps of the safety assessment (VT-7.4-a): information, appraisal, decision. */
@ApiTags('veiligheidsbeoordelingen')
@ApiBearerAuth('jwt')
@Controller('veiligheidsbeoordelingen/:id')
export class BesluitvormingController {
  constructor(
    private readonly verzamelInformatie: VerzamelInformatie,
    private readonly legTaxatieVast: LegTaxatieVast,
    private readonly neemBesluit: NeemBesluit,
  ) {}

  @Post('informatie')
  @HttpCode(201)
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({
    summary:
      'Verzamelde informatie vastleggen: DAT of WAT, per bron, feit en interpretatie apart (§7.4.1, §2.1.8)',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: InformatieResponse })
  @ApiProblems(...PROBLEMEN)
  informatie(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: InformatieRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<InformatieResponse> {
    return alsHttp(() =>
      this.verzamelInformatie.execute({ ...body, veiligheidsbeoordelingId: id }, context(gebruiker)),
    );
  }

  @Post('taxatie')
  @HttpCode(200)
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({
    summary: 'De veiligheidstaxatie vastleggen; antwoordt het geïndiceerde besluit (§7.4.2, §7.5)',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: TaxatieResponse })
  @ApiProblems(...PROBLEMEN)
  taxatie(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TaxatieRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<TaxatieResponse> {
    return alsHttp(() =>
      this.legTaxatieVast.execute({ ...body, veiligheidsbeoordelingId: id }, context(gebruiker)),
    );
  }

  /** VT-2.2.1-f: the responsible worker (the file holder, a `medewerker`) decides; experts are consulted. */
  @Post('besluit')
  @HttpCode(201)
  @Rollen('medewerker')
  @ApiOperation({
    summary: 'Het besluit van de veiligheidsbeoordeling, na collegiale consultatie (§7.4.3, §2.2)',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: BesluitResponse })
  @ApiProblems(...PROBLEMEN)
  besluit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: BesluitRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<BesluitResponse> {
    return alsHttp(() =>
      this.neemBesluit.execute({ ...body, veiligheidsbeoordelingId: id }, context(gebruiker)),
    );
  }
}

function context(gebruiker: Gebruiker): StapContext {
  const claim = huidigeIdempotentieClaim();
  return { gebruiker, ...(claim ? { claim } : {}) };
}

/** A step on an assessment decided already is a conflict of state (409), not a protocol rule. */
export async function alsHttp<T>(stap: () => Promise<T>): Promise<T> {
  try {
    return await stap();
  } catch (err) {
    if (err instanceof AlBesloten) throw new ConflictException(err.message);
    throw err;
  }
}
