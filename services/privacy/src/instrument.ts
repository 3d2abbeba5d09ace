import { startTracing } from '@vt/observability';

// Imported first by main.ts: instrumentation must patch http and pg before Nest loads them.
export const tracing = startTracing('privacy');
