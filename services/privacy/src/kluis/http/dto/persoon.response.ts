import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class EerdereWaardeResponse {
  @ApiProperty() veld!: string;
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'boolean' }] }) waarde!: string | boolean;
  @ApiProperty({ type: 'string', format: 'date-time' }) vervangenOp!: string;
}

export class PersoonGegevensResponse {
  @ApiPropertyOptional() naam?: string;
  @ApiPropertyOptional() voornaam?: string;
  @ApiPropertyOptional() achternaam?: string;
  @ApiPropertyOptional({ type: 'string', format: 'date' }) geboortedatum?: string;
  @ApiPropertyOptional({ pattern: '^\\d{9}$' }) bsn?: string;
  @ApiPropertyOptional({ oneOf: [{ type: 'string' }, { type: 'boolean' }] }) gezag?: string | boolean;
  @ApiPropertyOptional() adres?: string;
  @ApiPropertyOptional() telefoon?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() instelling?: string;
  @ApiPropertyOptional({
    type: [EerdereWaardeResponse],
    description: 'Waarden die een latere melding verving',
  })
  eerder?: EerdereWaardeResponse[];
  @ApiPropertyOptional({
    type: [EerdereWaardeResponse],
    description: 'Een identiteit die een latere melding anders gaf, ter beoordeling',
  })
  afwijkend?: EerdereWaardeResponse[];
}

export class PersoonResponse {
  @ApiProperty({ format: 'uuid' }) persoonRef!: string;
  @ApiProperty({ example: 'VR09' }) regio!: string;
  @ApiProperty({
    description: 'Deel van het niet-ter-inzage-deel (§15.6): identiteit van een anonieme melder',
  })
  nietTerInzage!: boolean;
  @ApiProperty({ type: PersoonGegevensResponse }) gegevens!: PersoonGegevensResponse;
}
