export * from './databases';
export * from './nats';
export * from './processes';
export * from './secrets';
export * from './fixtures';
export * from './spectral';
export * from './wait';
export * from './schema-diff';
