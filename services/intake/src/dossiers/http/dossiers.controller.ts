import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertZelfdeRegio, BEHANDELROLLEN, type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import { ApiProblems } from '@vt/platform';
import { Melding } from '../../meldingen/persistence/melding.entity';
import { Dossier, DossierPersoon } from '../persistence/dossier.entity';

class DossierPersoonResponse {
  @ApiProperty({ format: 'uuid' }) persoonRef!: string;
  @ApiProperty() rol!: string;
}

export class DossierResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() regio!: string;
  @ApiProperty({ enum: ['lopend', 'afgesloten'] }) status!: string;
  @ApiProperty() fase!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) meldingen!: string[];
  @ApiProperty({ type: [DossierPersoonResponse] }) personen!: DossierPersoonResponse[];
  @ApiProperty({ type: [String], format: 'uuid' }) eerdereDossiers!: string[];
  @ApiProperty({ type: 'string', format: 'date-time' }) geopendOp!: string;
  @ApiPropertyOptional({ type: 'string', format: 'date-time' }) afgeslotenOp?: string;
}

@ApiTags('dossiers')
@ApiBearerAuth('jwt')
@Controller('dossiers')
export class DossiersController {
  constructor(private readonly em: EntityManager) {}

  @Get(':id')
  @Rollen(...BEHANDELROLLEN)
  @ApiOperation({ summary: 'Een dossier met de verwijzingen naar zijn personen en meldingen' })
  @ApiOkResponse({ type: DossierResponse })
  @ApiProblems([400, 'Ongeldig id'], [404, 'Niet gevonden'])
  async haal(
    @Param('id', ParseUUIDPipe) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<DossierResponse> {
    const em = this.em.fork();
    const dossier = await em.findOne(Dossier, { id });
    if (!dossier) throw new NotFoundException();
    assertZelfdeRegio(gebruiker, dossier.regio);
    const [meldingen, personen] = await Promise.all([
      em.find(Melding, { dossierId: id }, { orderBy: { ontvangenOp: 'asc' }, fields: ['id'] }),
      em.find(DossierPersoon, { dossierId: id }, { orderBy: { rol: 'asc' } }),
    ]);
    return {
      id: dossier.id,
      regio: dossier.regio,
      status: dossier.status,
      fase: dossier.fase,
      meldingen: meldingen.map((m) => m.id),
      personen: personen.map((p) => ({ persoonRef: p.persoonRef, rol: p.rol })),
      eerdereDossiers: dossier.eerdereDossiers,
      geopendOp: dossier.geopendOp.toISOString(),
      ...(dossier.afgeslotenOp ? { afgeslotenOp: dossier.afgeslotenOp.toISOString() } : {}),
    };
  }
}
