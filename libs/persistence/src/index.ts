export * from './orm-config';
export * from './env-config';
export * from './sql-tabel';
export * from './sql-executor';
