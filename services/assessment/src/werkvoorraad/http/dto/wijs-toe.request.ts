import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { medewerkerId } from '@vt/contracts';

export class WijsToeRequest {
  @ApiProperty({ pattern: medewerkerId.pattern, description: 'Medewerker-id van de nieuwe dossierhouder' })
  @Matches(new RegExp(medewerkerId.pattern))
  dossierhouder!: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 2000,
    description:
      'Verplicht bij een hertoewijzing; gaat naar de privacykluis, hier blijft alleen de verwijzing',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reden?: string;
}

export class ToewijzingResponse {
  @ApiProperty({ format: 'uuid' }) toewijzingId!: string;
  @ApiProperty({ format: 'uuid' }) veiligheidsbeoordelingId!: string;
  @ApiProperty() dossierhouder!: string;
  @ApiPropertyOptional() vorigeDossierhouder?: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) toegewezenOp!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'aantekeningRef van de reden in de privacykluis' })
  redenRef?: string;
}
