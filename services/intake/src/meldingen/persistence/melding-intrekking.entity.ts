import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { INTREKKING_BESLUITEN, type IntrekkingBesluit } from '@vt/contracts';

/**
 * VT-6.7-a: a reporter's wish to withdraw his report and Veilig Thuis's decision, kept also when the report
 * itself was removed (VT-6.7-b), so no foreign key to it. Reason and motivation are texts in the vault.
 */
@Entity({ tableName: 'melding_intrekking' })
@Index({ name: 'melding_intrekking_melding_idx', properties: ['meldingId'] })
export class MeldingIntrekking {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) meldingId!: string;
  @Property({ type: 'uuid' }) dossierId!: string;
  @Property({ type: 'text' }) regio!: string;
  @Property({ type: 'date' }) verzoekOp!: string;
  @Enum({ items: [...INTREKKING_BESLUITEN], type: 'text' }) besluit!: IntrekkingBesluit;
  @Property({ type: 'uuid' }) redenRef!: string;
  @Property({ type: 'uuid' }) motiveringRef!: string;
  @Property({ type: 'text' }) beslotenDoor!: string;
  @Property({ type: 'timestamptz' }) beslotenOp!: Date;
}
