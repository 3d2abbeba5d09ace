import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { regio } from '@vt/contracts';

export class TermijnnalevingQuery {
  @ApiProperty({ pattern: regio.pattern, example: 'VR09' })
  @Matches(new RegExp(regio.pattern))
  regio!: string;

  @ApiProperty({
    pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
    example: '2026-03',
    description: 'Maand van ontvangst',
  })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  maand!: string;
}

export class TermijnnalevingResponse {
  @ApiProperty() regio!: string;
  @ApiProperty() maand!: string;
  @ApiProperty({ type: 'integer', description: 'Besloten binnen 5 werkdagen' }) tijdig!: number;
  @ApiProperty({ type: 'integer', description: 'Besloten na de termijn' }) teLaat!: number;
  @ApiProperty({ type: 'integer', description: 'Open en over de termijn' }) verlopenOpen!: number;
  @ApiProperty({ type: 'integer', description: 'Open binnen de termijn' }) lopend!: number;
  @ApiPropertyOptional({
    description: 'tijdig / (tijdig + teLaat + verlopenOpen); ontbreekt zonder uitkomsten',
  })
  aandeelTijdig?: number;
  @ApiPropertyOptional() voldoetAanNorm?: boolean;
  @ApiProperty({ example: 0.9 }) sectornorm!: number;
  @ApiProperty({ type: 'integer', description: 'Nu verlopen in de hele regio' }) verlopenNu!: number;
}
