export { FEESTDAGEN, FEESTDAG_CODES, isFeestdagCode, type FeestdagCode } from './feestdagen';
export {
  TIJDZONE,
  datumInAmsterdam,
  isKalenderdatum,
  plusKalendermaanden,
  type Kalenderdatum,
  type Tijdstip,
} from './kalenderdatum';
export {
  STANDAARD_WERKDAGEN_CONFIG,
  WERKDAGEN_ENV,
  WerkdagenConfigError,
  normalizeWerkdagenConfig,
  werkdagenConfigFromEnv,
  type WerkdagenConfig,
} from './werkdagen.config';
export { EXTRA_DAG_NAAM, Werkdagkalender } from './werkdagkalender';
export { veiligheidsbeoordelingTermijnen, type TermijnKalender } from './protocoltermijnen';
