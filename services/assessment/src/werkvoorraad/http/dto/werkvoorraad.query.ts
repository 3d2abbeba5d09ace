import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { medewerkerId } from '@vt/contracts';
import { TERMIJNSTATUSSEN, type Termijnstatus } from '../../domain/termijnstand';
import { WEERGAVEN, type Weergave } from '../../domain/werkvoorraad-vraag';

/** `?spoed=true|false`: anything else stays a string and fails `IsBoolean` (400 naming the filter). */
const JaNee = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

const indicator = (description: string) => ApiPropertyOptional({ type: Boolean, description });

export class WerkvoorraadQuery {
  @ApiProperty({
    enum: WEERGAVEN,
    description: 'mijn: mij toegewezen; team: open in mijn regio; niet-toegewezen; alle: ook besloten',
  })
  @IsIn(WEERGAVEN)
  weergave!: Weergave;

  @ApiPropertyOptional({
    enum: TERMIJNSTATUSSEN,
    description: 'Stand ten opzichte van de wettelijke termijn',
  })
  @IsOptional()
  @IsIn(TERMIJNSTATUSSEN)
  status?: Termijnstatus;

  @ApiPropertyOptional({ pattern: medewerkerId.pattern, description: 'Alleen van deze dossierhouder' })
  @IsOptional()
  @Matches(new RegExp(medewerkerId.pattern))
  dossierhouder?: string;

  @indicator('Spoedmelding') @IsOptional() @JaNee() @IsBoolean() spoed?: boolean;
  @indicator('Herbeoordeling in een lopend dossier')
  @IsOptional()
  @JaNee()
  @IsBoolean()
  herbeoordeling?: boolean;
  @indicator('Hermelding (eerder afgesloten dossiers)')
  @IsOptional()
  @JaNee()
  @IsBoolean()
  hermelding?: boolean;
  @indicator('Radar: eerdere dossiers gevonden') @IsOptional() @JaNee() @IsBoolean() radar?: boolean;
  @indicator('Melder anoniem') @IsOptional() @JaNee() @IsBoolean() anoniemeMelder?: boolean;
  @indicator('Zicht op veiligheid overgenomen')
  @IsOptional()
  @JaNee()
  @IsBoolean()
  zichtOpVeiligheid?: boolean;

  @ApiPropertyOptional({ description: 'De `volgende` van de vorige pagina', maxLength: 400 })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limiet?: number;
}
