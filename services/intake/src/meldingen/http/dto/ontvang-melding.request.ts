import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  MinLength,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import {
  ANONIMITEIT,
  ANONIMITEITSGRONDEN,
  type Anonimiteit,
  type Anonimiteitsgrond,
  CHECK_AANLEIDINGEN,
  type CheckAanleiding,
  isBsn,
  KANALEN,
  type Kanaal,
  MELDER_TYPES,
  type MelderType,
  PERSOON_ROL_PATROON,
  PERSOON_ROLLEN,
  ZICHT_OP_VEILIGHEID_BIJ,
  type ZichtOpVeiligheidBij,
} from '@vt/contracts';
import type { OntvangMeldingCommand } from '../../use-cases/ontvang-melding/ontvang-melding.command';

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/**
 * Free text arrives trimmed: a value of spaces only is then empty, so a required field refuses it with a 400
 * and an optional one counts as not given, exactly as the privacy vault (which trims too) will see it.
 */
export const Bijgesneden = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** An optional text: trimmed, and left out when nothing remains, so its format checks do not apply. */
export const BijgesnedenOptioneel = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value));

/** A required text: at least one character that is not white space. */
export const NietLeeg = (veld: string) => MinLength(1, { message: `${veld} mag niet leeg zijn` });
const DATUM = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@ValidatorConstraint({ name: 'bsn' })
class Elfproef implements ValidatorConstraintInterface {
  validate(v: unknown): boolean {
    return typeof v === 'string' && isBsn(v);
  }
  defaultMessage(): string {
    return 'bsn moet 9 cijfers zijn en aan de elfproef voldoen';
  }
}

@ValidatorConstraint({ name: 'gezag' })
class BooleanOfTekst implements ValidatorConstraintInterface {
  validate(v: unknown): boolean {
    return typeof v === 'boolean' || (typeof v === 'string' && v.trim().length > 0 && v.length <= 200);
  }
  defaultMessage(): string {
    return 'gezag is een boolean of een korte tekst';
  }
}

@ValidatorConstraint({ name: 'bestaandeDatum' })
class BestaandeDatum implements ValidatorConstraintInterface {
  validate(v: unknown): boolean {
    if (typeof v !== 'string' || !DATUM.test(v)) return false;
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && d.getTime() <= Date.now();
  }
  defaultMessage(): string {
    return 'geboortedatum moet een bestaande datum (JJJJ-MM-DD) zijn, niet in de toekomst';
  }
}

@ValidatorConstraint({ name: 'kalenderdatum' })
class Kalenderdatum implements ValidatorConstraintInterface {
  validate(v: unknown): boolean {
    if (typeof v !== 'string' || !DATUM.test(v)) return false;
    return new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
  }
  defaultMessage(): string {
    return 'verwachtOp moet een bestaande datum (JJJJ-MM-DD) zijn';
  }
}

/** An optional free text for the vault: trimmed, at most `max` characters, left out when empty. */
function OptioneleTekst(max: number): PropertyDecorator {
  return (doel, veld) => {
    ApiPropertyOptional({ maxLength: max })(doel, veld);
    IsOptional()(doel, veld);
    IsString()(doel, veld);
    MaxLength(max)(doel, veld);
    BijgesnedenOptioneel()(doel, veld);
  };
}

@ValidatorConstraint({ name: 'instant' })
class Tijdstip implements ValidatorConstraintInterface {
  validate(v: unknown): boolean {
    const m = typeof v === 'string' ? INSTANT.exec(v) : null;
    if (!m) return false;
    // Date accepts 30 February and moves it to March: the date part must exist as written.
    const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const d = new Date(0);
    d.setUTCFullYear(jaar, maand - 1, dag);
    return d.getUTCFullYear() === jaar && d.getUTCMonth() === maand - 1 && d.getUTCDate() === dag;
  }
  defaultMessage(): string {
    return 'ontvangenOp moet een bestaand ISO 8601-tijdstip met tijdzone zijn';
  }
}

export class MelderDto {
  @ApiProperty({ enum: MELDER_TYPES })
  @IsIn(MELDER_TYPES)
  type!: MelderType;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @BijgesnedenOptioneel()
  naam?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @BijgesnedenOptioneel()
  telefoon?: string;

  @ApiPropertyOptional({ maxLength: 320, format: 'email' })
  @IsOptional()
  @IsString()
  @Matches(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'email moet een e-mailadres zijn' })
  @MaxLength(320)
  @BijgesnedenOptioneel()
  email?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @BijgesnedenOptioneel()
  adres?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @BijgesnedenOptioneel()
  instelling?: string;

  @ApiPropertyOptional({ description: 'Valt de melder onder de Meldcode (§6.3)?' })
  @IsOptional()
  @IsBoolean()
  meldcodePlichtig?: boolean;

  @ApiPropertyOptional({
    description: 'De stappen van de Meldcode en het afwegingskader zijn besproken (VT-3.2.2-a, VT-6.3-a)',
  })
  @IsOptional()
  @IsBoolean()
  meldcodeStappenBesproken?: boolean;

  @ApiPropertyOptional({
    enum: CHECK_AANLEIDINGEN,
    description: 'De melding komt voort uit een Kindcheck of Mantelzorgcheck (VT-6.3.1-a)',
  })
  @IsOptional()
  @IsIn(CHECK_AANLEIDINGEN)
  checkAanleiding?: CheckAanleiding;

  @ApiPropertyOptional({
    description: 'Toestemming om de identiteit met directbetrokkenen te delen (VT-6.2-a)',
  })
  @IsOptional()
  @IsBoolean()
  toestemmingIdentiteitDelen?: boolean;
}

export class PersoonDto {
  @ApiProperty({
    description: `Rol in het huishouden, bijvoorbeeld ${PERSOON_ROLLEN.join(', ')}`,
    example: 'kind',
  })
  @IsString()
  @Matches(PERSOON_ROL_PATROON, { message: 'rol is een code van kleine letters en streepjes' })
  rol!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @NietLeeg('voornaam')
  @MaxLength(200)
  @Bijgesneden()
  voornaam!: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @NietLeeg('achternaam')
  @MaxLength(200)
  @Bijgesneden()
  achternaam!: string;

  @ApiPropertyOptional({ type: 'string', format: 'date' })
  @IsOptional()
  @Validate(BestaandeDatum)
  geboortedatum?: string;

  @ApiPropertyOptional({ pattern: '^\\d{9}$' })
  @IsOptional()
  @Validate(Elfproef)
  bsn?: string;

  @ApiPropertyOptional({ oneOf: [{ type: 'boolean' }, { type: 'string', maxLength: 200 }] })
  @IsOptional()
  @Validate(BooleanOfTekst)
  @Bijgesneden()
  gezag?: boolean | string;
}

export class HuishoudenDto {
  @ApiProperty({
    pattern: '^GM\\d{4}$',
    example: 'GM0344',
    description: 'CBS-gemeentecode van de woonplaats (§3)',
  })
  @IsString()
  @Matches(/^GM\d{4}$/, { message: 'gemeentecode heeft de vorm GM0000' })
  gemeentecode!: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @BijgesnedenOptioneel()
  adres?: string;

  @ApiProperty({ type: [PersoonDto], minItems: 1, maxItems: 30 })
  @IsArray()
  @ArrayMinSize(1, { message: 'een melding noemt ten minste één directbetrokkene (VT-B1-e)' })
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PersoonDto)
  personen!: PersoonDto[];
}

export class ZorgenDto {
  @ApiProperty({ maxLength: 20000 })
  @IsString()
  @NietLeeg('omschrijving')
  @MaxLength(20000)
  @Bijgesneden()
  omschrijving!: string;

  @ApiProperty({
    minimum: 0,
    maximum: 10,
    description: '0 = volstrekt onveilig, 10 = volstrekt veilig (PD-10)',
  })
  @IsInt()
  @Min(0)
  @Max(10)
  schaalvraag!: number;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @BijgesnedenOptioneel()
  schaalvraagToelichting?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @BijgesnedenOptioneel()
  verwachtingen?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  strafrechtelijkOnderzoek?: boolean;

  @ApiPropertyOptional({ description: 'Vermoeden van acute onveiligheid (VT-6.3-a)' })
  @IsOptional()
  @IsBoolean()
  acuteOnveiligheid?: boolean;

  @ApiPropertyOptional({ description: 'Vermoeden van structurele onveiligheid (VT-6.3-a)' })
  @IsOptional()
  @IsBoolean()
  structureleOnveiligheid?: boolean;
}

/** VT-6.8-a: the agreements with the reporter; the texts go to the privacy vault. */
export class AfsprakenDto {
  @ApiPropertyOptional({
    enum: ZICHT_OP_VEILIGHEID_BIJ,
    description:
      'Bij wie de verantwoordelijkheid voor het zicht op veiligheid ligt (VT-6.1-a); alleen een professional kan haar houden',
  })
  @IsOptional()
  @IsIn(ZICHT_OP_VEILIGHEID_BIJ)
  zichtOpVeiligheidBij?: ZichtOpVeiligheidBij;

  @OptioneleTekst(5000) vervolgstappen?: string;
  @OptioneleTekst(5000) samenwerking?: string;
  @OptioneleTekst(5000) afstemmingDirectbetrokkenen?: string;
  @OptioneleTekst(5000) communicatie?: string;
}

/** VT-6.2-a(4), VT-6.3-a(4): the feedback the reporter gets, and when. */
export class TerugkoppelingDto {
  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'Wanneer de melder de terugkoppeling kan verwachten; niet voor de ontvangstdag',
  })
  @IsOptional()
  @Validate(Kalenderdatum)
  verwachtOp?: string;

  @OptioneleTekst(5000) afspraak?: string;
}

/** VT-3.0-b: another region than the residence gives, with the reason. */
export class RegioAfwijkingDto {
  @ApiProperty({ pattern: '^VR(0[1-9]|1[0-9]|2[0-5])$', example: 'VR13' })
  @IsString()
  @Matches(/^VR(0[1-9]|1[0-9]|2[0-5])$/, { message: 'regio is een code VR01 tot en met VR25' })
  regio!: string;

  @ApiProperty({ maxLength: 5000, description: 'De motivering van de afwijking (naar de privacydienst)' })
  @IsString()
  @NietLeeg('reden')
  @MaxLength(5000)
  @Bijgesneden()
  reden!: string;
}

export class OntvangMeldingRequest implements OntvangMeldingCommand {
  @ApiProperty({ enum: KANALEN })
  @IsIn(KANALEN)
  kanaal!: Kanaal;

  @ApiPropertyOptional({ type: 'string', format: 'date-time', description: 'Standaard: nu' })
  @IsOptional()
  @Validate(Tijdstip)
  ontvangenOp?: string;

  @ApiProperty()
  @IsBoolean()
  spoed!: boolean;

  @ApiProperty({ type: MelderDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MelderDto)
  melder!: MelderDto;

  @ApiProperty({ enum: ANONIMITEIT })
  @IsIn(ANONIMITEIT)
  anonimiteit!: Anonimiteit;

  @ApiPropertyOptional({ enum: ANONIMITEITSGRONDEN })
  @IsOptional()
  @IsIn(ANONIMITEITSGRONDEN)
  anonimiteitsgrond?: Anonimiteitsgrond;

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

  @ApiPropertyOptional({ description: 'De gevolgen van anonimiteit zijn besproken (VT-6.5-b)' })
  @IsOptional()
  @IsBoolean()
  gevolgenAnonimiteitBesproken?: boolean;

  @ApiPropertyOptional({ type: AfsprakenDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AfsprakenDto)
  afspraken?: AfsprakenDto;

  @ApiPropertyOptional({ type: TerugkoppelingDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TerugkoppelingDto)
  terugkoppeling?: TerugkoppelingDto;

  @ApiPropertyOptional({ type: RegioAfwijkingDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RegioAfwijkingDto)
  regioAfwijking?: RegioAfwijkingDto;
}
