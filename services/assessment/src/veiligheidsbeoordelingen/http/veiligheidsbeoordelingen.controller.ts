import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { BEHANDELROLLEN, type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import { ApiProblems, Clock, DossierIdQuery } from '@vt/platform';
import { Werkdagkalender } from '@vt/werkdagen';
import { termijnOverschreden } from '../domain/termijnen';
import { Veiligheidsbeoordeling } from '../persistence/veiligheidsbeoordeling.entity';

export class VeiligheidsbeoordelingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) meldingIds!: string[];
  @ApiProperty({ enum: ['open', 'besloten'] }) status!: string;
  @ApiProperty({ type: 'string', format: 'date' }) uiterlijk!: string;
  @ApiProperty({ type: 'string', format: 'date' }) zichtOpVeiligheidVanaf!: string;
  @ApiProperty() termijnOverschreden!: boolean;
  @ApiProperty() herbeoordeling!: boolean;
  @ApiPropertyOptional() besluit?: string;
}

@ApiTags('veiligheidsbeoordelingen')
@ApiBearerAuth('jwt')
@Controller('veiligheidsbeoordelingen')
export class VeiligheidsbeoordelingenController {
  constructor(
    private readonly em: EntityManager,
    private readonly kalender: Werkdagkalender,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({ summary: 'De veiligheidsbeoordelingen van een dossier (§7)' })
  @ApiOkResponse({ type: [VeiligheidsbeoordelingResponse] })
  @ApiProblems([400, 'Ongeldige zoekvraag'])
  async zoek(
    @Query() q: DossierIdQuery,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<VeiligheidsbeoordelingResponse[]> {
    // Another region's file yields an empty list: its existence is not revealed.
    const rows = await this.em
      .fork()
      .find(
        Veiligheidsbeoordeling,
        { dossierId: q.dossierId, regio: gebruiker.regio },
        { orderBy: { gestartOp: 'asc' } },
      );
    const nu = this.clock.now();
    return rows.map((b) => ({
      id: b.id,
      dossierId: b.dossierId,
      meldingIds: b.meldingIds,
      status: b.status,
      uiterlijk: b.uiterlijk,
      zichtOpVeiligheidVanaf: b.zichtOpVeiligheidVanaf,
      termijnOverschreden: termijnOverschreden(this.kalender, b, nu),
      herbeoordeling: b.herbeoordeling,
      ...(b.besluit ? { besluit: b.besluit } : {}),
    }));
  }
}
