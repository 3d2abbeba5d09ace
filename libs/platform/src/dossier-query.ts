import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `?dossierId=`: how every phase lists its records of one file. */
export class DossierIdQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  dossierId!: string;
}
