import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ALLE_MELDER_TYPES,
  ANONIMITEIT,
  ANONIMITEITSGRONDEN,
  KANALEN,
  MELDING_STATUSSEN,
} from '@vt/contracts';

/** The report's two deadlines, as the answer to a report and the report itself show them. */
const VEILIGHEIDSBEOORDELING_UITERLIJK = {
  type: 'string',
  format: 'date',
  description: 'Ontvangst + 5 werkdagen, de ontvangstdag telt als dag 0 (VT-7.2-a)',
} as const;
const ZICHT_OP_VEILIGHEID_UITERLIJK = {
  type: 'string',
  format: 'date',
  description:
    'De 6e werkdag na ontvangst; bij spoed de ontvangstdatum zelf, want dan begint het zicht op veiligheid direct (VT-7.3-a)',
} as const;

export class MeldingOntvangenResponse {
  @ApiProperty({ format: 'uuid' }) meldingId!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ example: 'VR09' }) regio!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) ontvangenOp!: string;
  @ApiProperty({ enum: MELDING_STATUSSEN }) status!: string;
  @ApiProperty(VEILIGHEIDSBEOORDELING_UITERLIJK) veiligheidsbeoordelingUiterlijk!: string;
  @ApiProperty(ZICHT_OP_VEILIGHEID_UITERLIJK) zichtOpVeiligheidUiterlijk!: string;
  @ApiProperty() lopendDossier!: boolean;
  @ApiProperty({ type: [String], format: 'uuid' }) eerdereDossiers!: string[];
}

export class MeldingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty() regio!: string;
  @ApiProperty({ enum: KANALEN }) kanaal!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) ontvangenOp!: string;
  @ApiProperty() spoed!: boolean;
  @ApiProperty({ enum: MELDING_STATUSSEN }) status!: string;
  @ApiProperty({ enum: ALLE_MELDER_TYPES }) melderType!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Verwijzing naar de melder in de privacydienst' })
  melderRef?: string;
  @ApiProperty({ enum: ANONIMITEIT }) anonimiteit!: string;
  @ApiPropertyOptional({ enum: ANONIMITEITSGRONDEN }) anonimiteitsgrond?: string;
  @ApiPropertyOptional() meldcodePlichtig?: boolean;
  @ApiPropertyOptional() toestemmingIdentiteitDelen?: boolean;
  @ApiProperty({ minimum: 0, maximum: 10 }) schaalvraag!: number;
  @ApiPropertyOptional() strafrechtelijkOnderzoek?: boolean;
  @ApiProperty({
    description: 'Verwijzingen naar vrije tekst in de privacydienst',
    type: 'object',
    additionalProperties: { type: 'string', format: 'uuid' },
  })
  aantekeningRefs!: Record<string, string>;
  @ApiProperty(VEILIGHEIDSBEOORDELING_UITERLIJK) veiligheidsbeoordelingUiterlijk!: string;
  @ApiProperty(ZICHT_OP_VEILIGHEID_UITERLIJK) zichtOpVeiligheidUiterlijk!: string;
}
