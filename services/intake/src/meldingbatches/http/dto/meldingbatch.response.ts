import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BATCHITEM_STATUSSEN, MELDINGBATCH_STATUSSEN } from '../../persistence/meldingbatch.entity';

export class MeldingbatchAangenomenResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: MELDINGBATCH_STATUSSEN }) status!: string;
  @ApiProperty({ description: 'Aantal meldingen in de batch' }) aantal!: number;
  @ApiProperty({ description: 'Meldingen die nog worden opgeslagen' }) wachtend!: number;
  @ApiProperty({ description: 'Meldingen die zijn opgeslagen' }) opgeslagen!: number;
  @ApiProperty({ description: 'Meldingen die zijn geweigerd; het probleem staat bij het item' })
  geweigerd!: number;
}

export class BatchitemProbleem {
  @ApiProperty() type!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: number;
  @ApiPropertyOptional() detail?: string;
  @ApiPropertyOptional({
    type: 'array',
    items: {
      type: 'object',
      properties: { field: { type: 'string' }, message: { type: 'string' } },
      required: ['field', 'message'],
    },
  })
  errors?: { field: string; message: string }[];
}

export class BatchitemResponse {
  @ApiProperty({ description: 'Plaats van de melding in de batch, vanaf 0' }) volgnummer!: number;
  @ApiProperty({ enum: BATCHITEM_STATUSSEN }) status!: string;
  @ApiPropertyOptional({ format: 'uuid' }) meldingId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) dossierId?: string;
  @ApiPropertyOptional({ type: BatchitemProbleem, description: 'Waarom de melding is geweigerd (RFC 9457)' })
  probleem?: BatchitemProbleem;
}

export class MeldingbatchResponse extends MeldingbatchAangenomenResponse {
  @ApiProperty({ type: 'string', format: 'date-time' }) ingediendOp!: string;
  @ApiPropertyOptional({ type: 'string', format: 'date-time' }) voltooidOp?: string;
  @ApiProperty({ type: [BatchitemResponse], description: 'De items van deze pagina' })
  items!: BatchitemResponse[];
  @ApiPropertyOptional({
    description: 'Cursor van de volgende pagina (`?cursor=`); afwezig op de laatste pagina',
  })
  volgendeCursor?: number;
}
