import { Module, type Type } from '@nestjs/common';
import { Migration } from '@mikro-orm/migrations';
import { PlatformModule } from '../src/platform.module';
import { platformTablesSql } from '../src/platform-tables';

/**
 * A service module on the real PlatformModule with the tables every service migrates (outbox, inbox,
 * Idempotency-Keys) in `schema`, and the given controllers. Call it after the environment is set:
 * MikroOrmModule reads DATABASE_URL as soon as the module is defined.
 */
export function platformTestModule(schema: string, controllers: Type[] = []): Type {
  class Migration20260101000000 extends Migration {
    override async up(): Promise<void> {
      for (const sql of platformTablesSql(schema)) this.addSql(sql);
    }
  }
  @Module({
    imports: [
      PlatformModule.forRoot({
        service: 'intake',
        schema,
        entities: [],
        migrations: [{ name: 'Migration20260101000000', class: Migration20260101000000 }],
      }),
    ],
    controllers,
  })
  class TestModule {}
  return TestModule;
}
