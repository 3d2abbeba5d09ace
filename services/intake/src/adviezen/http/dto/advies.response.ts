import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ADVIES_KANALEN, ADVIESVRAGER_TYPES, ONDERSTEUNINGSACTIES } from '@vt/contracts';
import { AmbtshalveVoorwaardenDto, EersteContactDto, MeldcodeDto } from './advies.request';

const BEWAAR_TOT = {
  type: 'string',
  format: 'date',
  description: 'Laatste contact + 2 jaar, als datum in Europe/Amsterdam (VT-15.3.4.1-a)',
} as const;
const REFS = {
  description: 'Verwijzingen naar vrije tekst in de privacydienst',
  type: 'object',
  additionalProperties: { type: 'string', format: 'uuid' },
} as const;

export class AdviesGeregistreerdResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'A-VR09-7K3M-9Q2X', description: 'Voor de adviesvrager (VT-5.5-b)' })
  dossiernummer!: string;
  @ApiProperty(BEWAAR_TOT) bewaarTot!: string;
  @ApiProperty({ format: 'uuid' }) adviesdossierId!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Het eerdere advies dat dit advies vervolgt' })
  vervolgOp?: string;
}

export class OndersteuningVastgelegdResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) adviesId!: string;
  @ApiProperty(BEWAAR_TOT) bewaarTot!: string;
}

export class AmbtshalveMeldingResponse {
  @ApiProperty({ format: 'uuid' }) adviesId!: string;
  @ApiProperty({ format: 'uuid' }) meldingId!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ example: 'VR09' }) regio!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) ontvangenOp!: string;
  @ApiProperty({ type: 'string', format: 'date' }) veiligheidsbeoordelingUiterlijk!: string;
}

export class OndersteuningResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ONDERSTEUNINGSACTIES }) actie!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) uitgevoerdOp!: string;
  @ApiPropertyOptional() toestemmingBetrokkenenBevestigd?: boolean;
  @ApiProperty(REFS) aantekeningRefs!: Record<string, string>;
}

export class AmbtshalveBesluitResponse extends AmbtshalveVoorwaardenDto {
  @ApiProperty() besprokenMetAdviesvrager!: boolean;
  @ApiProperty() beslotenDoor!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) beslotenOp!: string;
  @ApiProperty({ type: [String] }) geconsulteerd!: string[];
  @ApiProperty(REFS) aantekeningRefs!: Record<string, string>;
}

/** An advice: structured data and references, no personal data. */
export class AdviesResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) adviesdossierId!: string;
  @ApiProperty() dossiernummer!: string;
  @ApiProperty() regio!: string;
  @ApiProperty({ enum: ADVIES_KANALEN }) kanaal!: string;
  @ApiProperty({ enum: ADVIESVRAGER_TYPES }) adviesvragerType!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) contactOp!: string;
  @ApiPropertyOptional({ format: 'uuid' }) vervolgOp?: string;
  @ApiProperty({ type: EersteContactDto }) eersteContact!: EersteContactDto;
  @ApiPropertyOptional({ type: MeldcodeDto }) meldcode?: MeldcodeDto;
  @ApiProperty() toestemmingRegistratie!: boolean;
  @ApiPropertyOptional() toestemmingToegelicht?: boolean;
  @ApiPropertyOptional({ type: 'string', format: 'date-time' }) toestemmingIngetrokkenOp?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Verwijzing naar de adviesvrager in de privacydienst' })
  adviesvragerRef?: string;
  @ApiProperty(REFS) aantekeningRefs!: Record<string, string>;
  @ApiProperty(BEWAAR_TOT) bewaarTot!: string;
  @ApiProperty({ type: [OndersteuningResponse] }) ondersteuning!: OndersteuningResponse[];
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'De ambtshalve melding die dit advies werd (VT-4.4-e)',
  })
  meldingId?: string;
  @ApiPropertyOptional({ type: AmbtshalveBesluitResponse }) ambtshalve?: AmbtshalveBesluitResponse;
}
