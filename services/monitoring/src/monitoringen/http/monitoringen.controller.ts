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
import { Monitoring } from '../persistence/monitoring.entity';

class ContactmomentResponse {
  @ApiProperty({ type: 'string', format: 'date' }) gepland!: string;
  @ApiPropertyOptional({ type: 'string', format: 'date' }) uitgevoerdOp?: string;
}

export class MonitoringResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ type: 'string', format: 'date' }) gestartOp!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: [ContactmomentResponse] }) contactmomenten!: ContactmomentResponse[];
}

@ApiTags('monitoringen')
@ApiBearerAuth('jwt')
@Controller('monitoringen')
export class MonitoringenController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({ summary: 'De monitoring van een dossier (§13)' })
  @ApiOkResponse({ type: [MonitoringResponse] })
  @ApiProblems([400, 'Ongeldige zoekvraag'])
  async zoek(
    @Query() q: DossierIdQuery,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<MonitoringResponse[]> {
    const rows = await this.em
      .fork()
      .find(
        Monitoring,
        { dossierId: q.dossierId, regio: gebruiker.regio },
        { orderBy: { gestartOp: 'asc' } },
      );
    return rows.map((m) => ({
      id: m.id,
      dossierId: m.dossierId,
      gestartOp: m.gestartOp,
      status: m.status,
      contactmomenten: m.contactmomenten,
    }));
  }
}
