import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ADVIES_KANALEN,
  type AdviesKanaal,
  ADVIESVRAGER_TYPES,
  type AdviesvragerType,
  INTENTIES,
  type Intentie,
  MELDCODE_STAPPEN,
  type MeldcodeStap,
  ONDERSTEUNINGSACTIES,
  type Ondersteuningsactie,
} from '@vt/contracts';
import {
  Bijgesneden,
  BijgesnedenOptioneel,
  HuishoudenDto,
  MelderDto,
  NietLeeg,
  ZorgenDto,
} from '../../../meldingen/http/dto/ontvang-melding.request';
import type { DoeAmbtshalveMeldingCommand } from '../../use-cases/doe-ambtshalve-melding/doe-ambtshalve-melding.command';
import type { LegOndersteuningVastCommand } from '../../use-cases/leg-ondersteuning-vast/leg-ondersteuning-vast.command';
import type { RegistreerAdviesCommand } from '../../use-cases/registreer-advies/registreer-advies.command';

const CODE = /^[a-z][a-z0-9-]{0,39}$/;

/** The seeker's contact fields are a reporter's; his name is required, since it is why he consents. */
export class AdviesvragerDto extends PickType(MelderDto, ['telefoon', 'email', 'instelling'] as const) {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @NietLeeg('naam')
  @MaxLength(200)
  @Bijgesneden()
  naam!: string;
}

/** VT-3.2-b: the first contact's checklist, as codes and counts (nothing identifies the family). */
export class EersteContactDto {
  @ApiPropertyOptional({ description: 'Relatie tot het gezin of huishouden, als code', example: 'buur' })
  @IsOptional()
  @IsString()
  @Matches(CODE, { message: 'relatieTotHuishouden is een code van kleine letters en streepjes' })
  relatieTotHuishouden?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 30, description: 'Aantal volwassenen in het huishouden' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  volwassenen?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 30, description: 'Aantal minderjarigen in het huishouden' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30)
  minderjarigen?: number;

  @ApiPropertyOptional({ enum: INTENTIES, description: 'Wat de beller wil (VT-3.3-a: de beller beslist)' })
  @IsOptional()
  @IsIn(INTENTIES)
  intentie?: Intentie;

  @ApiPropertyOptional({ description: 'De beller is minderjarig; er geldt geen leeftijdsgrens (VT-3.2.1-a)' })
  @IsOptional()
  @IsBoolean()
  minderjarigeBeller?: boolean;
}

export class AfwegingskaderDto {
  @ApiPropertyOptional({ description: '1. Is er een vermoeden van huiselijk geweld of kindermishandeling?' })
  @IsOptional()
  @IsBoolean()
  vermoeden?: boolean;

  @ApiPropertyOptional({ description: '2. Is er acute en/of structurele onveiligheid?' })
  @IsOptional()
  @IsBoolean()
  onveiligheid?: boolean;

  @ApiPropertyOptional({ description: '3. Kan de professional effectieve hulp bieden of organiseren?' })
  @IsOptional()
  @IsBoolean()
  hulpMogelijk?: boolean;

  @ApiPropertyOptional({ description: '4. Aanvaarden de betrokkenen de hulp?' })
  @IsOptional()
  @IsBoolean()
  hulpAanvaard?: boolean;

  @ApiPropertyOptional({ description: '5. Leidt de hulp binnen de gewenste termijn tot resultaat?' })
  @IsOptional()
  @IsBoolean()
  resultaatBinnenTermijn?: boolean;
}

/** VT-3.2.2-a: a professional under the Meldcode, its step, and the afwegingskader as discussed. */
export class MeldcodeDto {
  @ApiProperty({ description: 'Valt de professional onder de Wet verplichte meldcode?' })
  @IsBoolean()
  meldcodePlichtig!: boolean;

  @ApiPropertyOptional({ enum: MELDCODE_STAPPEN })
  @IsOptional()
  @IsIn(MELDCODE_STAPPEN)
  stap?: MeldcodeStap;

  @ApiPropertyOptional({ type: AfwegingskaderDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AfwegingskaderDto)
  afwegingskader?: AfwegingskaderDto;
}

export class RegistreerAdviesRequest implements RegistreerAdviesCommand {
  @ApiProperty({ enum: ADVIES_KANALEN })
  @IsIn(ADVIES_KANALEN)
  kanaal!: AdviesKanaal;

  @ApiProperty({ enum: ADVIESVRAGER_TYPES })
  @IsIn(ADVIESVRAGER_TYPES)
  adviesvragerType!: AdviesvragerType;

  @ApiProperty({ maxLength: 20000, description: 'Vrije tekst: wordt in de privacydienst bewaard' })
  @IsString()
  @NietLeeg('samenvatting')
  @MaxLength(20000)
  @Bijgesneden()
  samenvatting!: string;

  @ApiProperty({
    description: 'Uitdrukkelijke toestemming om naam en contactgegevens vast te leggen (VT-15.5-a)',
  })
  @IsBoolean()
  toestemmingRegistratie!: boolean;

  @ApiPropertyOptional({
    description: 'Vóór de toestemming uitgelegd wat wordt vastgelegd en hoe in te trekken (VT-15.5-b)',
  })
  @IsOptional()
  @IsBoolean()
  toestemmingToegelicht?: boolean;

  @ApiPropertyOptional({ type: AdviesvragerDto, description: 'Alleen met toestemmingRegistratie: true' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AdviesvragerDto)
  adviesvrager?: AdviesvragerDto;

  @ApiPropertyOptional({
    description: 'Het dossiernummer dat de adviesvrager noemt, voor een vervolgadvies over dezelfde casus',
    example: 'A-VR09-7K3M-9Q2X',
  })
  @IsOptional()
  @IsString()
  @Matches(/^A-VR\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$/, { message: 'dossiernummer heeft de vorm A-VR00-XXXX-XXXX' })
  dossiernummer?: string;

  @ApiPropertyOptional({ type: EersteContactDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EersteContactDto)
  eersteContact?: EersteContactDto;

  @ApiPropertyOptional({ type: MeldcodeDto, description: 'Alleen bij een professional (VT-3.2.2-a)' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MeldcodeDto)
  meldcode?: MeldcodeDto;
}

export class LegOndersteuningVastRequest implements LegOndersteuningVastCommand {
  @ApiProperty({ enum: ONDERSTEUNINGSACTIES })
  @IsIn(ONDERSTEUNINGSACTIES)
  actie!: Ondersteuningsactie;

  @ApiPropertyOptional({ maxLength: 5000, description: 'Vrije tekst: wordt in de privacydienst bewaard' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @BijgesnedenOptioneel()
  toelichting?: string;

  @ApiPropertyOptional({
    description: 'Een professional bevestigt de toestemming van de directbetrokkenen (VT-5.3-a)',
  })
  @IsOptional()
  @IsBoolean()
  toestemmingBetrokkenenBevestigd?: boolean;
}

export class AmbtshalveVoorwaardenDto {
  @ApiProperty({ description: 'Het veiligheidsrisico is hoog en acuut (VT-4.4-a / VT-5.4-a, 1)' })
  @IsBoolean()
  hoogEnAcuutRisico!: boolean;

  @ApiProperty({
    description: 'De adviesvrager kan of wil de veiligheid ook met steun niet voldoende vergroten (1)',
  })
  @IsBoolean()
  onvoldoendeVeiligheid!: boolean;

  @ApiPropertyOptional({ description: 'Geen overeenstemming over een melding bereikt (VT-5.4-a, 2)' })
  @IsOptional()
  @IsBoolean()
  geenOvereenstemming?: boolean;

  @ApiProperty({ description: 'Veilig Thuis heeft de persoonsgegevens van de directbetrokkenen' })
  @IsBoolean()
  persoonsgegevensBekend!: boolean;
}

export class MotiveringDto {
  @ApiProperty({ maxLength: 10000 })
  @IsString()
  @NietLeeg('betrokkenInformatie')
  @MaxLength(10000)
  @Bijgesneden()
  betrokkenInformatie!: string;

  @ApiProperty({ maxLength: 10000 })
  @IsString()
  @NietLeeg('gewogenBelangen')
  @MaxLength(10000)
  @Bijgesneden()
  gewogenBelangen!: string;
}

export class DoeAmbtshalveMeldingRequest implements DoeAmbtshalveMeldingCommand {
  @ApiProperty({ type: AmbtshalveVoorwaardenDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AmbtshalveVoorwaardenDto)
  voorwaarden!: AmbtshalveVoorwaardenDto;

  @ApiProperty({ description: 'De overweging is met de adviesvrager besproken (VT-4.4-b / VT-5.4-b)' })
  @IsBoolean()
  besprokenMetAdviesvrager!: boolean;

  @ApiProperty({ type: [String], description: 'Geraadpleegde collega’s (medewerker-id’s, VT-2.2.1-a)' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  geconsulteerd!: string[];

  @ApiProperty({ type: MotiveringDto, description: 'Beide delen van de motivering (VT-2.2.2-a)' })
  @IsObject()
  @ValidateNested()
  @Type(() => MotiveringDto)
  motivering!: MotiveringDto;

  @ApiProperty()
  @IsBoolean()
  spoed!: boolean;

  @ApiProperty({ type: HuishoudenDto })
  @IsObject()
  @ValidateNested()
  @Type(() => HuishoudenDto)
  huishouden!: HuishoudenDto;

  @ApiProperty({ type: ZorgenDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ZorgenDto)
  zorgen!: ZorgenDto;
}
