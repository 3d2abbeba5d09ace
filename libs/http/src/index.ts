export * from './bootstrap';
export * from './health.controller';
export * from './problem-details.filter';
export * from './validation';
export * from './platform.module';
export * from './clock';
export * from './api-problems';
export * from './idempotency.interceptor';
