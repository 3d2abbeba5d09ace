import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BESLUITEN, OVERDRACHTSPARTIJEN } from '@vt/contracts';
import { EXPERTISES } from '../../domain/besluit-regels';

export class InformatieResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) veiligheidsbeoordelingId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) feitRef?: string;
  @ApiPropertyOptional({ format: 'uuid' }) interpretatieRef?: string;
}

export class TaxatieResponse {
  @ApiProperty({ format: 'uuid' }) veiligheidsbeoordelingId!: string;
  @ApiProperty({
    enum: BESLUITEN,
    nullable: true,
    type: String,
    description:
      'VT-7.5-a: het geïndiceerde besluit; null als geen criteriaset past (oordeel van de medewerker)',
  })
  geindiceerdBesluit!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'De requirement waarvan de criteria passen' })
  criterium!: string | null;
  @ApiPropertyOptional({ format: 'uuid' }) risicofactorenRef?: string;
  @ApiPropertyOptional({ format: 'uuid' }) onderbouwingRef?: string;
}

class MotiveringRefs {
  @ApiProperty({ format: 'uuid' }) betrokkenInformatieRef!: string;
  @ApiProperty({ format: 'uuid' }) gewogenBelangenRef!: string;
}

export class BesluitResponse {
  @ApiProperty({ format: 'uuid' }) veiligheidsbeoordelingId!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ enum: BESLUITEN }) besluit!: string;
  @ApiPropertyOptional({ enum: OVERDRACHTSPARTIJEN }) overdrachtspartij?: string;
  @ApiProperty({ nullable: true, type: String, description: 'veilig-thuis of de overdrachtspartij' })
  verantwoordelijke!: string | null;
  @ApiProperty({ enum: BESLUITEN, nullable: true, type: String }) geindiceerdBesluit!: string | null;
  @ApiProperty() afgeweken!: boolean;
  @ApiProperty() termijnOverschreden!: boolean;
  @ApiProperty() beslotenDoor!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) beslotenOp!: string;
  @ApiProperty({ type: [String] }) geconsulteerd!: string[];
  @ApiProperty({ enum: EXPERTISES, isArray: true }) expertise!: string[];
  @ApiProperty({ type: MotiveringRefs }) motivering!: MotiveringRefs;
  @ApiPropertyOptional({ format: 'uuid' }) afwijkingMotiveringRef?: string;
  @ApiPropertyOptional({ format: 'uuid' }) termijnToelichtingRef?: string;
  @ApiProperty({ description: 'Het besluit beëindigde de betrokkenheid: het dossier is afgesloten' })
  dossierAfgesloten!: boolean;
}
