import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_BATCH } from '../../domain/batchitem';

export class MeldingbatchQuery {
  @ApiPropertyOptional({ minimum: 0, description: 'Het volgnummer waarmee de pagina begint', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  cursor?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_BATCH, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_BATCH)
  limiet?: number;
}
