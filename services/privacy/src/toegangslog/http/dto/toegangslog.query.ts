import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ToegangslogQuery {
  @ApiProperty({ format: 'uuid', description: 'De persoon wiens gegevens verwerkt zijn' })
  @IsUUID()
  persoonRef!: string;
}
