import { Entity, MikroORM, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { sqlTabel } from './sql-tabel';

@Entity({ tableName: 'voorbeeld_melding' })
class VoorbeeldMelding {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'text' }) dossierId!: string;
  @Property({ type: 'date', fieldName: 'uiterlijk_op' }) veiligheidsbeoordelingUiterlijk!: string;
}

@Entity({ tableName: 'sleutel', schema: 'eigen_schema' })
class MetEigenSchema {
  @PrimaryKey({ type: 'uuid' }) id!: string;
}

function orm(schema: string): MikroORM {
  return MikroORM.initSync({
    entities: [VoorbeeldMelding, MetEigenSchema],
    dbName: 'ongebruikt',
    schema,
    connect: false,
    discovery: { warnWhenNoEntities: false },
  });
}

describe('persistence: sqlTabel names tables and columns from entity metadata (ADR 0012)', () => {
  it.each([
    ['intake', '"intake"."voorbeeld_melding"'],
    ['assessment', '"assessment"."voorbeeld_melding"'],
  ])('the table lives in the schema the ORM is configured for (%s)', (schema, naam) => {
    expect(sqlTabel(orm(schema).em, VoorbeeldMelding).naam).toBe(naam);
  });

  it('an entity with its own schema keeps it', () => {
    expect(sqlTabel(orm('intake'), MetEigenSchema).naam).toBe('"eigen_schema"."sleutel"');
  });

  it.each([
    ['dossierId', '"dossier_id"'],
    ['veiligheidsbeoordelingUiterlijk', '"uiterlijk_op"'],
  ] as const)('a property names its column (%s)', (prop, kolom) => {
    expect(sqlTabel(orm('intake').em, VoorbeeldMelding).kolom(prop)).toBe(kolom);
  });

  it('lists the given columns in order, or every column in declaration order', () => {
    const t = sqlTabel(orm('intake').em, VoorbeeldMelding);
    expect(t.kolommen(['veiligheidsbeoordelingUiterlijk', 'id'])).toBe('"uiterlijk_op", "id"');
    expect(t.kolommen()).toBe('"id", "dossier_id", "uiterlijk_op"');
  });

  it('bare metadata needs the schema to be given', () => {
    const metadata = orm('intake').getMetadata();
    expect(sqlTabel(metadata, VoorbeeldMelding, 'privacy').naam).toBe('"privacy"."voorbeeld_melding"');
    expect(() => sqlTabel(metadata, VoorbeeldMelding)).toThrow('no schema');
  });

  it('an unknown entity or property is an error, not a wrong name', () => {
    class Onbekend {}
    expect(() => sqlTabel(orm('intake').em, Onbekend)).toThrow('not a discovered entity');
    const t = sqlTabel(orm('intake').em, VoorbeeldMelding);
    expect(() => t.kolom('bestaatNiet' as 'id')).toThrow('not one column');
  });
});
