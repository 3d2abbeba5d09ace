import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { BESLUITEN, type Besluit, OVERDRACHTSPARTIJEN, type Overdrachtspartij } from '@vt/contracts';
import { EXPERTISES, type Expertise } from '../../domain/besluit-regels';
import {
  BRONNEN,
  type Bron,
  INFORMATIESOORTEN,
  type Informatiesoort,
  POLITIEGRONDEN,
  type Politiegrond,
} from '../../domain/informatie-regels';
import { MedewerkerId, OptioneleTekst } from './tekst-velden';

export class InformatieRequest {
  @ApiProperty({ enum: BRONNEN, description: 'VT-7.4.1.1-b: de bron uit de lijst van het protocol' })
  @IsIn(BRONNEN)
  bron!: Bron;

  @ApiProperty({
    enum: INFORMATIESOORTEN,
    description: 'DAT-informatie (of iemand bekend is) of WAT-informatie',
  })
  @IsIn(INFORMATIESOORTEN)
  soort!: Informatiesoort;

  @ApiProperty({ description: 'VT-7.4.1-a: opgevraagd vóór het contact met de directbetrokkenen' })
  @IsBoolean()
  voorContactMetDirectbetrokkenen!: boolean;

  @ApiPropertyOptional({ description: 'VT-7.4.1.1-a: bij DAT-informatie: bekend of niet bekend' })
  @IsOptional()
  @IsBoolean()
  bekend?: boolean;

  @ApiPropertyOptional({
    description: 'Een feit (VT-2.1.8-a); gaat naar de privacydienst',
    maxLength: 100000,
  })
  @OptioneleTekst()
  feit?: string;

  @ApiPropertyOptional({
    description: 'Een interpretatie, mening of hypothese, apart van de feiten (VT-2.1.8-a)',
    maxLength: 100000,
  })
  @OptioneleTekst()
  interpretatie?: string;

  @ApiPropertyOptional({
    enum: POLITIEGRONDEN,
    description: 'VT-7.4.1.1-c: verplicht bij WAT-informatie van politie of OM',
  })
  @IsOptional()
  @IsIn(POLITIEGRONDEN)
  politiegrond?: Politiegrond;

  @ApiPropertyOptional({ description: 'VT-11.2-a: relevant voor een lopend strafrechtelijk onderzoek' })
  @IsOptional()
  @IsBoolean()
  strafrechtelijkOnderzoek?: boolean;

  @ApiPropertyOptional({ description: 'VT-11.2-a: bevat contactgegevens van politiemedewerkers' })
  @IsOptional()
  @IsBoolean()
  politieContactgegevens?: boolean;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'persoonRefs waarover de informatie gaat',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  betreft?: string[];
}

export class TaxatieRequest {
  @ApiProperty({ description: 'VT-7.4.2-a: acute onveiligheid' })
  @IsBoolean()
  acuteOnveiligheid!: boolean;

  @ApiProperty({ description: 'VT-7.4.2-a: structurele onveiligheid' })
  @IsBoolean()
  structureleOnveiligheid!: boolean;

  @ApiProperty({ description: 'VT-7.4.2-a: multiproblematische leefsituatie' })
  @IsBoolean()
  multiproblematiek!: boolean;

  @ApiProperty({ type: [String], description: 'VT-7.4.2-c: de risicofactoren; gaan naar de privacydienst' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  risicofactoren!: string[];

  @ApiPropertyOptional({ description: 'VT-7.5.2.1-a/VT-7.5.2.2-a: bevestigen of weerleggen is nodig' })
  @IsOptional()
  @IsBoolean()
  bevestigingNodig?: boolean;

  @ApiPropertyOptional({
    description: 'VT-7.5.2.1-a/VT-7.5.2.2-a: voldoende bereid en in staat mee te werken',
  })
  @IsOptional()
  @IsBoolean()
  voldoendeMedewerking?: boolean;

  @ApiPropertyOptional({
    description: 'VT-7.5.1-a: aard en ernst vragen verdere betrokkenheid van Veilig Thuis',
  })
  @IsOptional()
  @IsBoolean()
  verdereBetrokkenheidNodig?: boolean;

  @ApiPropertyOptional({
    description: 'VT-7.5.2.3-a: een redelijk vermoeden van huiselijk geweld of kindermishandeling',
  })
  @IsOptional()
  @IsBoolean()
  redelijkVermoeden?: boolean;

  @ApiPropertyOptional({ description: 'VT-7.5.2.3-a: zorgen over de veiligheid' })
  @IsOptional()
  @IsBoolean()
  zorgenOverVeiligheid?: boolean;

  @ApiPropertyOptional({ description: 'VT-7.4.2-a: onderbouwing van de uitkomsten', maxLength: 100000 })
  @OptioneleTekst()
  onderbouwing?: string;
}

export class MotiveringRequest {
  @ApiPropertyOptional({ description: 'VT-2.2.2-a deel 1: welke informatie is meegewogen, en hoe' })
  @OptioneleTekst()
  betrokkenInformatie?: string;

  @ApiPropertyOptional({ description: 'VT-2.2.2-a deel 2: welke belangen zijn meegewogen, en hoe' })
  @OptioneleTekst()
  gewogenBelangen?: string;
}

export class BesluitRequest {
  @ApiProperty({ enum: BESLUITEN })
  @IsIn(BESLUITEN)
  besluit!: Besluit;

  @ApiPropertyOptional({ enum: OVERDRACHTSPARTIJEN, description: 'Verplicht bij besluit overdracht' })
  @IsOptional()
  @IsIn(OVERDRACHTSPARTIJEN)
  overdrachtspartij?: Overdrachtspartij;

  @ApiProperty({
    type: [String],
    description:
      'VT-2.2.1-a: medewerker-ids van de geraadpleegde collega’s, ten minste één anders dan de beslisser',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @MedewerkerId()
  geconsulteerd!: string[];

  @ApiPropertyOptional({
    enum: EXPERTISES,
    isArray: true,
    description: 'VT-2.2.1-b: geraadpleegde expertise',
  })
  @IsOptional()
  @IsArray()
  @IsIn(EXPERTISES, { each: true })
  expertise?: Expertise[];

  @ApiProperty({
    type: MotiveringRequest,
    description: 'VT-2.2.2-a: beide delen, in eenvoudige taal (VT-2.2.2-b)',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => MotiveringRequest)
  motivering!: MotiveringRequest;

  @ApiPropertyOptional({ description: 'VT-1.4-d: verplicht bij afwijken van het geïndiceerde besluit' })
  @OptioneleTekst()
  afwijkingMotivering?: string;

  @ApiPropertyOptional({ description: 'VT-1.3-l: verplicht bij een besluit na de termijn' })
  @OptioneleTekst()
  termijnToelichting?: string;
}
