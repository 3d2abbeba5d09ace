import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsString,
  MaxLength,
  MinLength,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { INTREKKING_BESLUITEN, type IntrekkingBesluit } from '@vt/contracts';
import type { NeemInBehandelingCommand } from '../../use-cases/neem-in-behandeling/neem-in-behandeling.command';
import type { TrekMeldingInCommand } from '../../use-cases/trek-melding-in/trek-melding-in.command';

const Bijgesneden = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const DATUM = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@ValidatorConstraint({ name: 'verzoekOp' })
class BestaandeDag implements ValidatorConstraintInterface {
  validate(v: unknown): boolean {
    return typeof v === 'string' && DATUM.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
  }
  defaultMessage(): string {
    return 'verzoekOp moet een bestaande datum (JJJJ-MM-DD) zijn';
  }
}

/** A required free text for the vault: trimmed, not empty. */
function VerplichteTekst(veld: string, max: number, beschrijving: string): PropertyDecorator {
  return (doel, sleutel) => {
    ApiProperty({ maxLength: max, description: beschrijving })(doel, sleutel);
    IsString()(doel, sleutel);
    MinLength(1, { message: `${veld} mag niet leeg zijn` })(doel, sleutel);
    MaxLength(max)(doel, sleutel);
    Bijgesneden()(doel, sleutel);
  };
}

export class NeemInBehandelingRequest implements Omit<NeemInBehandelingCommand, 'meldingId'> {
  @VerplichteTekst(
    'motivering',
    5000,
    'Waarom er een gegrond vermoeden van acute of structurele onveiligheid is (VT-6.5.2-a); naar de privacydienst',
  )
  motivering!: string;
}

export class IntrekkingRequest implements Omit<TrekMeldingInCommand, 'meldingId'> {
  @ApiProperty({ type: 'string', format: 'date', description: 'Wanneer de melder om intrekking vroeg' })
  @Validate(BestaandeDag)
  verzoekOp!: string;

  @VerplichteTekst('reden', 5000, 'De reden die de melder gaf (naar de privacydienst)')
  reden!: string;

  @ApiProperty({ enum: INTREKKING_BESLUITEN, description: 'Het besluit van Veilig Thuis (VT-6.7-a)' })
  @IsIn(INTREKKING_BESLUITEN)
  besluit!: IntrekkingBesluit;

  @VerplichteTekst('motivering', 5000, 'De gronden van Veilig Thuis (naar de privacydienst)')
  motivering!: string;
}
