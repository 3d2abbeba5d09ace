export * from './orm-config';
export * from './env-config';
