import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  HOEDANIGHEDEN,
  type Hoedanigheid,
  VERZOEK_GRONDEN,
  VERZOEK_SOORTEN,
  VERZOEK_UITKOMSTEN,
  type VerzoekGrond,
  type VerzoekSoort,
  type VerzoekUitkomst,
} from '@vt/contracts';
import type { DienVerzoekInCommand } from '../use-cases/dien-verzoek-in/dien-verzoek-in.command';
import type { NeemBesluitCommand } from '../use-cases/neem-besluit/neem-besluit.command';

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** Free text arrives trimmed: a required one of spaces only is then empty (400). */
const Bijgesneden = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** An optional text: trimmed, and left out when nothing remains. */
const BijgesnedenOptioneel = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value));

export class IngediendDoorDto {
  @ApiProperty({ format: 'uuid', description: 'De persoon (uit de kluis) die het verzoek doet' })
  @IsUUID('all', { message: 'persoonRef moet een uuid zijn' })
  persoonRef!: string;

  @ApiProperty({ enum: HOEDANIGHEDEN })
  @IsIn(HOEDANIGHEDEN, { message: `hoedanigheid moet een van ${HOEDANIGHEDEN.join(', ')} zijn` })
  hoedanigheid!: Hoedanigheid;
}

export class WilsonbekwaamDto {
  @ApiProperty({
    description: 'Waarom de betrokkene (12+) niet in staat is zijn rechten zelf uit te oefenen',
  })
  @Bijgesneden()
  @IsString()
  @MinLength(1, { message: 'motivering mag niet leeg zijn' })
  @MaxLength(4000)
  motivering!: string;
}

export class DienVerzoekInRequest implements DienVerzoekInCommand {
  @ApiProperty({ enum: VERZOEK_SOORTEN })
  @IsIn(VERZOEK_SOORTEN, { message: `soort moet een van ${VERZOEK_SOORTEN.join(', ')} zijn` })
  soort!: VerzoekSoort;

  @ApiProperty({ format: 'uuid', description: 'De betrokkene: over wie de gegevens gaan' })
  @IsUUID('all', { message: 'persoonRef moet een uuid zijn' })
  persoonRef!: string;

  @ApiProperty({ type: IngediendDoorDto })
  @IsObject({ message: 'ingediendDoor is verplicht' })
  @ValidateNested()
  @Type(() => IngediendDoorDto)
  ingediendDoor!: IngediendDoorDto;

  @ApiProperty({ format: 'date-time', description: 'Ontvangst van het verzoek; begin van de termijnen' })
  @IsString()
  @Matches(INSTANT, { message: 'ontvangenOp moet een ISO 8601-tijdstip met offset zijn' })
  ontvangenOp!: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @BijgesnedenOptioneel()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  toelichting?: string;

  @ApiPropertyOptional({ type: WilsonbekwaamDto, description: 'VT-15.8.6.1-c' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => WilsonbekwaamDto)
  wilsonbekwaam?: WilsonbekwaamDto;
}

export class VerzoekOntvangenResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'string', format: 'date' }) beslissenUiterlijk!: string;
  @ApiPropertyOptional({ type: 'string', format: 'date' }) uitvoerenUiterlijk?: string;
}

export class NeemBesluitRequest implements NeemBesluitCommand {
  @ApiProperty({ enum: VERZOEK_UITKOMSTEN })
  @IsIn(VERZOEK_UITKOMSTEN, { message: `uitkomst moet een van ${VERZOEK_UITKOMSTEN.join(', ')} zijn` })
  uitkomst!: VerzoekUitkomst;

  @ApiPropertyOptional({ enum: VERZOEK_GRONDEN, description: '§15.8.2, §15.8.5, §15.8.7' })
  @IsOptional()
  @IsIn(VERZOEK_GRONDEN, { message: `grond moet een van ${VERZOEK_GRONDEN.join(', ')} zijn` })
  grond?: VerzoekGrond;

  @ApiProperty({ description: 'Schriftelijk en gemotiveerd (§15.8)' })
  @Bijgesneden()
  @IsString({ message: 'motivering is verplicht' })
  @MinLength(1, { message: 'motivering mag niet leeg zijn' })
  @MaxLength(8000)
  motivering!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Achtergehouden aantekeningen' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'beperkt bevat alleen aantekeningRefs' })
  beperkt?: string[];
}

export class VerzoekBeslotenResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: VERZOEK_UITKOMSTEN }) uitkomst!: VerzoekUitkomst;
  @ApiPropertyOptional({ enum: VERZOEK_GRONDEN }) grond?: VerzoekGrond;
  @ApiProperty({ format: 'date-time' }) beslotenOp!: string;
  @ApiPropertyOptional({ format: 'date-time' }) uitgevoerdOp?: string;
}

export class ExportAantekeningResponse {
  @ApiProperty({ format: 'uuid' }) aantekeningRef!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty() soort!: string;
  @ApiProperty() tekst!: string;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp!: string;
}

export class EigenVerklaringResponse {
  @ApiProperty({ format: 'uuid' }) verzoekId!: string;
  @ApiProperty() tekst!: string;
  @ApiProperty({ format: 'date-time' }) opgenomenOp!: string;
}

export class InzageExportResponse {
  @ApiProperty({ format: 'uuid' }) persoonRef!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) gegevens?: object;
  @ApiProperty({ type: [ExportAantekeningResponse] }) aantekeningen!: ExportAantekeningResponse[];
  @ApiProperty({ type: [EigenVerklaringResponse], description: 'VT-15.8.4-a' })
  eigenVerklaringen!: EigenVerklaringResponse[];
  @ApiProperty() achtergehouden!: number;
}
