import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { assertZelfdeRegio, BEHANDELROLLEN, type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import {
  ApiIdempotencyKey,
  ApiProblems,
  huidigeIdempotentieClaim,
  ongeldigeInvoerProblem,
  problemException,
  type Problem,
  VALIDATIE_OPTIES,
  veldFouten,
} from '@vt/platform';
import { OntvangMeldingRequest } from '../../meldingen/http/dto/ontvang-melding.request';
import { MAX_BATCH } from '../domain/batchitem';
import { MeldingbatchRepository } from '../persistence/meldingbatch.repository';
import type { OntvangMeldingbatchCommand } from '../use-cases/ontvang-meldingbatch/ontvang-meldingbatch.command';
import { OntvangMeldingbatch } from '../use-cases/ontvang-meldingbatch/ontvang-meldingbatch.use-case';
import { MeldingbatchAangenomenResponse, MeldingbatchResponse } from './dto/meldingbatch.response';
import { MeldingbatchQuery } from './dto/meldingbatch.query';

const PAGINA = 100;

@ApiTags('meldingbatches')
@ApiBearerAuth('jwt')
@Controller('meldingbatches')
export class MeldingbatchesController {
  constructor(
    private readonly ontvangMeldingbatch: OntvangMeldingbatch,
    private readonly batches: MeldingbatchRepository,
  ) {}

  @Post()
  @HttpCode(202)
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({
    summary: 'Een batch politiemeldingen (§6.4) als één taak aannemen',
    description: `Ten hoogste ${MAX_BATCH} meldingen, elk met de body van POST /meldingen en melder.type politie. Elk item wordt apart getoetst: een ongeldig item weigert de andere niet; het probleem staat bij het item.`,
  })
  @ApiIdempotencyKey()
  @ApiBody({ type: [OntvangMeldingRequest] })
  @ApiAcceptedResponse({
    type: MeldingbatchAangenomenResponse,
    headers: { Location: { description: 'De taak', schema: { type: 'string' } } },
  })
  @ApiProblems([400, 'Geen batch: geen array, leeg of meer dan 1000 meldingen'])
  async ontvang(
    @Body() body: unknown,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeldingbatchAangenomenResponse> {
    const command = await alsBatch(body);
    const antwoord = await this.ontvangMeldingbatch.execute(command, {
      gebruiker,
      claim: huidigeIdempotentieClaim(),
    });
    void reply.header('Location', `/api/v1/meldingbatches/${antwoord.id}`);
    return antwoord;
  }

  @Get(':id')
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({
    summary: 'De voortgang van een batch en per item de melding en het dossier, of het probleem',
  })
  @ApiOkResponse({ type: MeldingbatchResponse })
  @ApiProblems([400, 'Ongeldig id of ongeldige paginering'], [404, 'Niet gevonden'])
  async haal(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: MeldingbatchQuery,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<MeldingbatchResponse> {
    const batch = await this.batches.overzicht(id);
    if (!batch) throw new NotFoundException();
    assertZelfdeRegio(gebruiker, batch.regio);
    const vanaf = query.cursor ?? 0;
    const limiet = query.limiet ?? PAGINA;
    const items = await this.batches.items(id, vanaf, limiet + 1);
    const pagina = items.slice(0, limiet);
    return {
      id: batch.id,
      status: batch.status,
      aantal: batch.aantal,
      ...batch.telling,
      ingediendOp: batch.ingediendOp.toISOString(),
      ...(batch.voltooidOp ? { voltooidOp: batch.voltooidOp.toISOString() } : {}),
      items: pagina.map((i) => ({
        volgnummer: i.volgnummer,
        status: i.status,
        ...(i.meldingId ? { meldingId: i.meldingId } : {}),
        ...(i.dossierId ? { dossierId: i.dossierId } : {}),
        ...(i.probleem ? { probleem: i.probleem as Problem } : {}),
      })),
      ...(items.length > limiet ? { volgendeCursor: items[limiet].volgnummer } : {}),
    };
  }
}

/**
 * The body as a batch: anything but an array of 1 to 1,000 items is a 400 for the whole request; each item
 * is validated as the body of `POST /meldingen` is, and its problem kept with it (VT-6.4-a).
 */
async function alsBatch(body: unknown): Promise<OntvangMeldingbatchCommand> {
  if (!Array.isArray(body) || body.length === 0 || body.length > MAX_BATCH) {
    throw problemException(
      ongeldigeInvoerProblem([
        { field: 'body', message: `een meldingbatch is een array van 1 tot ${MAX_BATCH} meldingen` },
      ]),
    );
  }
  const items = await Promise.all(
    body.map(async (item: unknown): Promise<OntvangMeldingbatchCommand['items'][number]> => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        return {
          probleem: ongeldigeInvoerProblem([{ field: 'melding', message: 'een melding is een object' }]),
        };
      }
      const melding = plainToInstance(OntvangMeldingRequest, item);
      const fouten = await validate(melding, VALIDATIE_OPTIES);
      return fouten.length > 0 ? { probleem: ongeldigeInvoerProblem(veldFouten(fouten)) } : { melding };
    }),
  );
  return { items };
}
