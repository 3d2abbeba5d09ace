import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MELDER_TYPES, type MelderType, PERSOON_ROL_PATROON } from '@vt/contracts';
import { CONTACTVORMEN, GEHOORD, GESPREKSPUNTEN, INFORMATIE_RECHTEN } from '../../domain/contact-regels';
import {
  INFORMEERDERS,
  type Informeerder,
  OVERDRACHTSVORMEN,
  type Overdrachtsvorm,
} from '../../domain/overdracht-regels';
import {
  TERUGKOPPELINGSINHOUD,
  TERUGKOPPELINGSKANALEN,
  type Terugkoppelingsinhoud,
} from '../../domain/terugkoppeling-regels';
import { MedewerkerId, OptioneleTekst } from './tekst-velden';

const DATUM = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class DeelnemerRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() persoonRef!: string;
  @ApiProperty({ example: 'ouder' }) @Matches(PERSOON_ROL_PATROON) rol!: string;

  @ApiProperty({ enum: INFORMATIE_RECHTEN, isArray: true, description: 'VT-2.1.1-a: waarover geïnformeerd' })
  @IsArray()
  @IsIn(INFORMATIE_RECHTEN, { each: true })
  geinformeerdOver!: string[];

  @ApiProperty({ enum: GEHOORD, description: 'VT-2.1.2-a: standpunt gegeven, afgezien of niet bereikt' })
  @IsIn(GEHOORD)
  gehoord!: string;

  @ApiPropertyOptional({ description: 'Leeftijd op de contactdatum, voor een minderjarige (VT-2.1.2.1-b)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(17)
  leeftijd?: number;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() gesproken?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() gezien?: boolean;

  @ApiPropertyOptional({ description: 'VT-1.4-g: waarom een kind niet is gesproken of gezien' })
  @OptioneleTekst()
  toelichting?: string;
}

export class ContactRequest {
  @ApiProperty({ type: 'string', format: 'date' })
  @Matches(DATUM, { message: 'een datum JJJJ-MM-DD' })
  datum!: string;
  @ApiProperty({ enum: CONTACTVORMEN }) @IsIn(CONTACTVORMEN) vorm!: (typeof CONTACTVORMEN)[number];

  @ApiProperty({ type: [DeelnemerRequest], description: 'VT-8.1-a: één, meerdere of alle directbetrokkenen' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DeelnemerRequest)
  deelnemers!: DeelnemerRequest[];

  @ApiProperty({ enum: GESPREKSPUNTEN, isArray: true, description: 'VT-8.1-c: wat is besproken' })
  @IsArray()
  @IsIn(GESPREKSPUNTEN, { each: true })
  besproken!: string[];

  @ApiPropertyOptional({
    description: 'VT-2.1.2.1-e: ouders vooraf geïnformeerd over het gesprek met hun kinderen',
  })
  @IsOptional()
  @IsBoolean()
  oudersVoorafGeinformeerd?: boolean;

  @ApiPropertyOptional({ description: 'VT-2.1.2.1-e: de reden om de ouders niet vooraf te informeren' })
  @OptioneleTekst()
  redenOudersNietVooraf?: string;

  @ApiPropertyOptional({ description: 'Het gespreksverslag; gaat naar de privacydienst' })
  @OptioneleTekst()
  verslag?: string;
}

export class AfzienVanContactRequest {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'persoonRefs met wie geen contact wordt opgenomen',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  personen!: string[];

  @ApiProperty({ description: 'VT-2.1.3-a 1: nodig voor de taken van Veilig Thuis (niet de adviestaak)' })
  @IsBoolean()
  nodigVoorTaak!: boolean;

  @ApiProperty({
    description: 'VT-2.1.3-a 2: nodig om het geweld te beëindigen of een vermoeden te onderzoeken',
  })
  @IsBoolean()
  nodigVoorBeeindigingOfOnderzoek!: boolean;

  @ApiPropertyOptional({ description: 'VT-2.1.3-a: de motivering' }) @OptioneleTekst() motivering?: string;
  @ApiPropertyOptional({ description: 'VT-2.1.3-b: de feiten en omstandigheden' })
  @OptioneleTekst()
  feiten?: string;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'VT-2.1.3-c: wanneer het gezin alsnog wordt geïnformeerd',
  })
  @IsOptional()
  @Matches(DATUM, { message: 'een datum JJJJ-MM-DD' })
  informerenOp?: string;

  @ApiPropertyOptional({ description: 'VT-2.1.3-c: of bij welke gebeurtenis' })
  @OptioneleTekst()
  informerenBij?: string;

  @ApiProperty({ type: [String], description: 'VT-2.2.1-a: geraadpleegde collega’s' })
  @IsArray()
  @ArrayMaxSize(50)
  @MedewerkerId()
  geconsulteerd!: string[];
}

export class AfsprakenE3Request {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() identiteitMelder?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() inhoudEnReden?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() registratieEnRechten?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() hulpAanbod?: boolean;
}

export class ClientsysteemRequest {
  @ApiPropertyOptional({ description: 'VT-11.3.2-a 1: de afspraken over directe en stabiele veiligheid' })
  @OptioneleTekst()
  afspraken?: string;
  @ApiPropertyOptional({ description: 'VT-11.3.2-a 2: de hulp die het gezin zoekt' })
  @OptioneleTekst()
  hulp?: string;
  @ApiPropertyOptional({ description: 'VT-11.3.2-a 3' })
  @IsOptional()
  @IsBoolean()
  contactBijOnveiligheid?: boolean;
  @ApiPropertyOptional({ description: 'VT-11.3.2-a 4' })
  @IsOptional()
  @IsBoolean()
  verantwoordelijkheidBijDirectbetrokkenen?: boolean;
}

export class OverdrachtRequest {
  @ApiProperty({ enum: OVERDRACHTSVORMEN }) @IsIn(OVERDRACHTSVORMEN) vorm!: Overdrachtsvorm;

  @ApiProperty({
    enum: INFORMEERDERS,
    description: 'VT-11.3.1-b stap 1: wie informeert de directbetrokkenen',
  })
  @IsIn(INFORMEERDERS)
  geinformeerdDoor!: Informeerder;

  @ApiPropertyOptional({ type: AfsprakenE3Request, description: 'VT-2.1.7-a E3' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AfsprakenE3Request)
  afsprakenE3?: AfsprakenE3Request;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'VT-11.3.1-b stap 2: de over te dragen informatie',
  })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  informatieIds!: string[];

  @ApiPropertyOptional({
    description: 'VT-11.3.1-b stap 3: de partij meldt zich bij Veilig Thuis als het weer onveilig is',
  })
  @IsOptional()
  @IsBoolean()
  terugmeldafspraak?: boolean;

  @ApiPropertyOptional({
    type: ClientsysteemRequest,
    description: 'VT-11.3.2-a: bij overdracht aan het cliëntsysteem',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClientsysteemRequest)
  clientsysteem?: ClientsysteemRequest;

  @ApiPropertyOptional({
    description: 'VT-11.2-a: toestemming om contactgegevens van politiemedewerkers door te geven',
  })
  @IsOptional()
  @IsBoolean()
  toestemmingPolitieContactgegevens?: boolean;
}

export class TerugkoppelingRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() meldingId!: string;
  @ApiProperty({ enum: MELDER_TYPES }) @IsIn(MELDER_TYPES) melderType!: MelderType;
  @ApiProperty({ enum: TERUGKOPPELINGSKANALEN }) @IsIn(TERUGKOPPELINGSKANALEN) kanaal!:
    'telefonisch' | 'schriftelijk';

  @ApiProperty({ enum: TERUGKOPPELINGSINHOUD, isArray: true, description: '§12.2: wat de melder is verteld' })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(TERUGKOPPELINGSINHOUD, { each: true })
  inhoud!: Terugkoppelingsinhoud[];

  @ApiPropertyOptional({
    description: 'VT-12.2.2-b: een melder met een blijvende betrokkenheid bij het gezin',
  })
  @IsOptional()
  @IsBoolean()
  voortdurendeBetrokkenheid?: boolean;

  @ApiPropertyOptional({ description: 'VT-12.2.1-b 3: de professionele melder heeft een rol in het vervolg' })
  @IsOptional()
  @IsBoolean()
  rolInVervolg?: boolean;
}
