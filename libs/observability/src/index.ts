export { STANDAARD_RATIO, startTracing, type Tracing } from './tracing';
export {
  currentTraceId,
  extractTraceContext,
  injectTraceContext,
  markeerFout,
  withSpan,
  type WithSpanOptions,
} from './trace-context';
export { createLogger, loggerModule, logNiveau, LOG_NIVEAUS, type LogNiveau } from './logger';
export { isSensitiveField, PERSONAL_DATA_FIELDS, withoutPersonalData } from './persoonsgegevens';
