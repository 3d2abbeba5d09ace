export * from './databases';
export * from './nats';
export * from './processes';
export * from './secrets';
export * from './fixtures';
