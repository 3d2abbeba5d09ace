import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ANONIMITEIT,
  ANONIMITEITSGRONDEN,
  CHECK_AANLEIDINGEN,
  HERMELDING_CATEGORIEEN,
  INTREKKING_BESLUITEN,
  KANALEN,
  MELDING_STATUSSEN,
  ZICHT_OP_VEILIGHEID_BIJ,
  ALLE_MELDER_TYPES,
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

const HERMELDING =
  'Een hermelding (VT-B1-b): een of meer van de betrokkenen hadden eerder een afgesloten dossier';

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
  @ApiPropertyOptional({ enum: HERMELDING_CATEGORIEEN, description: HERMELDING }) hermelding?: string;
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
  @ApiPropertyOptional() meldcodeStappenBesproken?: boolean;
  @ApiPropertyOptional({ enum: CHECK_AANLEIDINGEN }) checkAanleiding?: string;
  @ApiPropertyOptional() acuteOnveiligheid?: boolean;
  @ApiPropertyOptional() structureleOnveiligheid?: boolean;
  @ApiPropertyOptional() gevolgenAnonimiteitBesproken?: boolean;
  @ApiPropertyOptional({ enum: ZICHT_OP_VEILIGHEID_BIJ }) zichtOpVeiligheidBij?: string;
  @ApiPropertyOptional({ type: 'string', format: 'date' }) terugkoppelingVerwachtOp?: string;
  @ApiPropertyOptional({ description: 'De regio van de woonplaats, als de melding elders ligt (VT-3.0-b)' })
  woonplaatsRegio?: string;
  @ApiPropertyOptional({ enum: HERMELDING_CATEGORIEEN, description: HERMELDING }) hermelding?: string;
  @ApiPropertyOptional({ type: 'string', format: 'date-time', description: 'VT-6.5.2-a' })
  inBehandelingGenomenOp?: string;
  @ApiProperty({
    type: () => [IntrekkingResponse],
    description: 'Verzoeken tot intrekking en het besluit erop (VT-6.7-a, VT-6.7-c)',
  })
  intrekkingen!: IntrekkingResponse[];
}

export class InBehandelingGenomenResponse {
  @ApiProperty({ format: 'uuid' }) meldingId!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ enum: ['in-behandeling'] }) status!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) inBehandelingGenomenOp!: string;
  @ApiProperty({ format: 'uuid', description: 'De motivering in de privacydienst' }) motiveringRef!: string;
}

class TeInformerenResponse {
  @ApiProperty({ format: 'uuid' }) persoonRef!: string;
  @ApiProperty() rol!: string;
}

export class MeldingIngetrokkenResponse {
  @ApiProperty({ format: 'uuid' }) meldingId!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ enum: INTREKKING_BESLUITEN }) besluit!: string;
  @ApiProperty({ type: 'string', format: 'date' }) verzoekOp!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) beslotenOp!: string;
  @ApiProperty({ format: 'uuid' }) redenRef!: string;
  @ApiProperty({ format: 'uuid' }) motiveringRef!: string;
  @ApiProperty({ description: 'Het dossier verloor zijn enige melding en is gesloten' })
  dossierGesloten!: boolean;
  @ApiProperty({
    type: [TeInformerenResponse],
    description: 'Wie over de verwijdering geïnformeerd moet worden (VT-6.7-b); leeg bij handhaven',
  })
  teInformeren!: TeInformerenResponse[];
}

export class IntrekkingResponse {
  @ApiProperty({ type: 'string', format: 'date' }) verzoekOp!: string;
  @ApiProperty({ enum: INTREKKING_BESLUITEN }) besluit!: string;
  @ApiProperty({ format: 'uuid' }) redenRef!: string;
  @ApiProperty({ format: 'uuid' }) motiveringRef!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) beslotenOp!: string;
}
