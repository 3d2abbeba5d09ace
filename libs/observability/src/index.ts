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
export { isGevoeligeSleutel, PERSOONSGEGEVENS_SLEUTELS, verwijderPersoonsgegevens } from './persoonsgegevens';
