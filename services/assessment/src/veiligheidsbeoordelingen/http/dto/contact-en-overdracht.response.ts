import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ContactResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) veiligheidsbeoordelingId!: string;
  @ApiProperty({ description: 'Het contact volgde op het besluit (§8.2)' }) naBesluit!: boolean;
  @ApiPropertyOptional({ format: 'uuid' }) verslagRef?: string;
}

export class AfzienVanContactResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) veiligheidsbeoordelingId!: string;
  @ApiProperty({ format: 'uuid' }) motiveringRef!: string;
  @ApiProperty({ format: 'uuid' }) feitenRef!: string;
  @ApiPropertyOptional({ type: 'string', format: 'date' }) informerenOp?: string;
  @ApiPropertyOptional({ format: 'uuid' }) informerenBijRef?: string;
}

class OvergedragenItem {
  @ApiProperty({ format: 'uuid' }) informatieId!: string;
  @ApiProperty() bron!: string;
  @ApiProperty({ format: 'uuid' }) aantekeningRef!: string;
}

class OvergedragenInformatieResponse {
  @ApiProperty({ type: [OvergedragenItem] }) feiten!: OvergedragenItem[];
  @ApiProperty({ type: [OvergedragenItem] }) interpretaties!: OvergedragenItem[];
}

export class OverdrachtResponse {
  @ApiProperty({ format: 'uuid' }) veiligheidsbeoordelingId!: string;
  @ApiProperty() partij!: string;
  @ApiProperty() vorm!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) verzondenOp!: string;
  @ApiPropertyOptional({ format: 'uuid' }) risicofactorenRef?: string;
  @ApiProperty({ type: OvergedragenInformatieResponse }) informatie!: OvergedragenInformatieResponse;
}

export class TerugkoppelingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) veiligheidsbeoordelingId!: string;
  @ApiProperty({ format: 'uuid' }) meldingId!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) verzondenOp!: string;
}
