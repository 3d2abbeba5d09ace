import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TERMIJNSTATUSSEN, type Termijnstatus } from '../../domain/termijnstand';
import { FASEN } from '../../use-cases/lees-werkvoorraad/lees-werkvoorraad.command';

export class WerkvoorraadItemResponse {
  @ApiProperty({ format: 'uuid' }) veiligheidsbeoordelingId!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ enum: FASEN }) fase!: (typeof FASEN)[number];
  @ApiProperty({ type: 'string', format: 'date', description: 'Einde van de 5e werkdag na ontvangst' })
  uiterlijk!: string;
  @ApiProperty({ type: 'string', format: 'date-time' }) ontvangenOp!: string;
  @ApiProperty({
    type: 'integer',
    description: 'Werkdagen tot uiterlijk; negatief als de termijn verlopen is',
  })
  werkdagenOver!: number;
  @ApiProperty({ enum: TERMIJNSTATUSSEN }) status!: Termijnstatus;
  @ApiPropertyOptional({ description: 'Medewerker-id van de dossierhouder' }) dossierhouder?: string;
  @ApiProperty() spoed!: boolean;
  @ApiProperty() herbeoordeling!: boolean;
  @ApiProperty() hermelding!: boolean;
  @ApiProperty() radar!: boolean;
  @ApiProperty() anoniemeMelder!: boolean;
  @ApiProperty() zichtOpVeiligheid!: boolean;
}

export class WerkvoorraadResponse {
  @ApiProperty({ type: [WerkvoorraadItemResponse] }) items!: WerkvoorraadItemResponse[];
  @ApiPropertyOptional({ description: 'Cursor van de volgende pagina; ontbreekt op de laatste' })
  volgende?: string;
}
