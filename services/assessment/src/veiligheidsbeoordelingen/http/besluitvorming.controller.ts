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
import {
  AfzienVanContactRequest,
  ContactRequest,
  OverdrachtRequest,
  TerugkoppelingRequest,
} from './dto/contact-en-overdracht.request';
import {
  AfzienVanContactResponse,
  ContactResponse,
  OverdrachtResponse,
  TerugkoppelingResponse,
} from './dto/contact-en-overdracht.response';
import { DraagOver } from '../use-cases/draag-over/draag-over.use-case';
import { KoppelTerug } from '../use-cases/koppel-terug/koppel-terug.use-case';
import { RegistreerContact } from '../use-cases/registreer-contact/registreer-contact.use-case';
import { ZieAfVanContact } from '../use-cases/zie-af-van-contact/zie-af-van-contact.use-case';
import { BesluitResponse, InformatieResponse, TaxatieResponse } from './dto/besluitvorming.response';

const PROBLEMEN: [number, string][] = [
  [400, 'Ongeldige invoer, per veld'],
  [404, 'Niet gevonden (ook: een beoordeling van een andere regio)'],
  [409, 'De stap is al gezet: de beoordeling is besloten of de overdracht verzonden'],
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

@ApiTags('veiligheidsbeoordelingen')
@ApiBearerAuth('jwt')
@Controller('veiligheidsbeoordelingen/:id')
export class ContactEnOverdrachtController {
  constructor(
    private readonly registreerContact: RegistreerContact,
    private readonly zieAfVanContact: ZieAfVanContact,
    private readonly draagOver: DraagOver,
    private readonly koppelTerug: KoppelTerug,
  ) {}

  @Post('contacten')
  @HttpCode(201)
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({ summary: 'Een contact met de directbetrokkenen vastleggen (§8.1, §2.1)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: ContactResponse })
  @ApiProblems(...PROBLEMEN)
  contact(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ContactRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<ContactResponse> {
    return alsHttp(() =>
      this.registreerContact.execute({ ...body, veiligheidsbeoordelingId: id }, context(gebruiker)),
    );
  }

  @Post('afzien-van-contact')
  @HttpCode(201)
  @Rollen('medewerker')
  @ApiOperation({ summary: 'Besluit om af te zien van contact met directbetrokkenen (§2.1.3)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: AfzienVanContactResponse })
  @ApiProblems(...PROBLEMEN)
  afzien(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AfzienVanContactRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<AfzienVanContactResponse> {
    return alsHttp(() =>
      this.zieAfVanContact.execute({ ...body, veiligheidsbeoordelingId: id }, context(gebruiker)),
    );
  }

  @Post('overdracht')
  @HttpCode(201)
  @Rollen('medewerker')
  @ApiOperation({ summary: 'De directe overdracht na een besluit overdracht verzenden (§11.3, §11.2)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: OverdrachtResponse })
  @ApiProblems(...PROBLEMEN)
  overdracht(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: OverdrachtRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<OverdrachtResponse> {
    return alsHttp(() =>
      this.draagOver.execute({ ...body, veiligheidsbeoordelingId: id }, context(gebruiker)),
    );
  }

  @Post('terugkoppelingen')
  @HttpCode(201)
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({
    summary: 'De terugkoppeling aan een melder na de veiligheidsbeoordeling vastleggen als verzonden (§12.2)',
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: TerugkoppelingResponse })
  @ApiProblems(...PROBLEMEN)
  terugkoppeling(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TerugkoppelingRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<TerugkoppelingResponse> {
    return alsHttp(() =>
      this.koppelTerug.execute({ ...body, veiligheidsbeoordelingId: id }, context(gebruiker)),
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
