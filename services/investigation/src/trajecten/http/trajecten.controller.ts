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
import { ApiProblems, DossierIdQuery } from '@vt/platform';
import { Traject } from '../persistence/traject.entity';

export class TrajectResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ enum: ['voorwaarden-en-vervolg', 'onderzoek'] }) dienst!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) gestartOp!: string;
  @ApiProperty({ type: 'string', format: 'date' }) uiterlijk!: string;
  @ApiProperty() status!: string;
  @ApiPropertyOptional({ type: 'string', format: 'date' }) vooronderzoekTot?: string;
}

@ApiTags('trajecten')
@ApiBearerAuth('jwt')
@Controller('trajecten')
export class TrajectenController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({ summary: 'De trajecten (Voorwaarden & Vervolg, Onderzoek) van een dossier' })
  @ApiOkResponse({ type: [TrajectResponse] })
  @ApiProblems([400, 'Ongeldige zoekvraag'])
  async zoek(
    @Query() q: DossierIdQuery,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<TrajectResponse[]> {
    const rows = await this.em
      .fork()
      .find(Traject, { dossierId: q.dossierId, regio: gebruiker.regio }, { orderBy: { gestartOp: 'asc' } });
    return rows.map((t) => ({
      id: t.id,
      dossierId: t.dossierId,
      dienst: t.dienst,
      gestartOp: t.gestartOp.toISOString(),
      uiterlijk: t.uiterlijk,
      status: t.status,
      ...(t.vooronderzoekTot ? { vooronderzoekTot: t.vooronderzoekTot } : {}),
    }));
  }
}
