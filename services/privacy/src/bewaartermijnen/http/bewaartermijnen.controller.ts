import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { type Gebruiker, HuidigeGebruiker, Rollen } from '@vt/auth';
import { ApiIdempotencyKey, ApiProblems } from '@vt/platform';
import { SqlExecutor } from '@vt/persistence';
import { BewaartermijnRepository } from '../persistence/bewaartermijn.repository';
import type { BewaartermijnOverzicht } from '../use-cases/verleng-bewaartermijn/verleng-bewaartermijn.command';
import { VerlengBewaartermijn } from '../use-cases/verleng-bewaartermijn/verleng-bewaartermijn.use-case';

const DATUM = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class VerlengBewaartermijnRequest {
  @ApiProperty({ type: 'string', format: 'date', description: 'De nieuwe bewaartermijn (tot en met)' })
  @IsString({ message: 'tot is verplicht' })
  @Matches(DATUM, { message: 'tot moet een datum JJJJ-MM-DD zijn' })
  tot!: string;

  @ApiProperty({ description: 'Waarom bewaren langer redelijkerwijs nodig is (VT-15.3.4.2-b)' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'motivering is verplicht' })
  @MinLength(1, { message: 'motivering mag niet leeg zijn' })
  @MaxLength(8000)
  motivering!: string;
}

export class VerlengingResponse {
  @ApiProperty({ type: 'string', format: 'date' }) tot!: string;
  @ApiProperty() door!: string;
  @ApiProperty({ format: 'date-time' }) op!: string;
  @ApiProperty({ format: 'uuid', description: 'De motivering, als aantekening in de kluis' })
  motiveringRef!: string;
}

export class BewaartermijnResponse {
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ type: 'string', format: 'date' }) bewaarTot!: string;
  @ApiProperty({ enum: ['melding', 'advies'] }) grondslag!: string;
  @ApiProperty({ enum: ['actief', 'vernietigd'] }) status!: string;
  @ApiProperty({ type: [VerlengingResponse] }) verlengingen!: VerlengingResponse[];
}

@ApiTags('bewaartermijnen')
@ApiBearerAuth('jwt')
@Controller('dossiers/:dossierId/bewaartermijn')
export class BewaartermijnenController {
  constructor(
    private readonly bewaartermijnen: BewaartermijnRepository,
    private readonly executor: SqlExecutor,
    private readonly verlengBewaartermijn: VerlengBewaartermijn,
  ) {}

  @Get()
  @Rollen('leidinggevende', 'privacyfunctionaris', 'medewerker')
  @ApiOperation({ summary: 'Hoe lang een dossier bewaard wordt (§15.3.4)' })
  @ApiOkResponse({ type: BewaartermijnResponse })
  @ApiProblems([400, 'Ongeldig id'], [404, 'Geen bewaartermijn (dossier niet afgesloten) of andere regio'])
  async haal(
    @Param('dossierId', ParseUUIDPipe) dossierId: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<BewaartermijnOverzicht> {
    const b = await this.bewaartermijnen.vind(this.executor, dossierId);
    if (!b || b.regio !== gebruiker.regio) throw new NotFoundException();
    return {
      dossierId: b.dossierId,
      bewaarTot: b.bewaarTot,
      grondslag: b.grondslag,
      status: b.status,
      verlengingen: b.verlengingen,
    };
  }

  @Post('verlenging')
  @HttpCode(201)
  @Rollen('leidinggevende')
  @ApiOperation({ summary: 'De bewaartermijn verlengen, gemotiveerd (VT-15.3.4.2-b)' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: BewaartermijnResponse })
  @ApiProblems(
    [400, 'Ongeldige invoer, per veld'],
    [404, 'Geen bewaartermijn of andere regio'],
    [422, 'Verlenging niet toegestaan (type = requirement-ID)'],
  )
  verleng(
    @Param('dossierId', ParseUUIDPipe) dossierId: string,
    @Body() body: VerlengBewaartermijnRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ): Promise<BewaartermijnOverzicht> {
    return this.verlengBewaartermijn.execute(dossierId, body, { gebruiker });
  }
}
