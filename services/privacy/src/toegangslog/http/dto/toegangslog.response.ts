import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ToegangResponse {
  @ApiProperty({ description: 'Plaats in de hashketen' }) volgnummer!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) tijdstip!: string;
  @ApiProperty({ description: 'Wie (sub van het token, of de aanroepende dienst)' }) sub!: string;
  @ApiProperty() regio!: string;
  @ApiProperty({ enum: ['lezen', 'radar'] }) handeling!: string;
  @ApiProperty({ description: 'Het doel (X-Doelbinding)' }) doelbinding!: string;
  @ApiPropertyOptional({ format: 'uuid' }) persoonRef?: string;
  @ApiPropertyOptional({ format: 'uuid' }) aantekeningRef?: string;
  @ApiProperty({ type: [String], description: 'Welke gegevens (categorieën)' }) categorieen!: string[];
  @ApiProperty({ description: 'SHA-256 van de vorige regel en deze, hex' }) hash!: string;
}

export class ToegangslogResponse {
  @ApiProperty({ type: [ToegangResponse] }) regels!: ToegangResponse[];
}
