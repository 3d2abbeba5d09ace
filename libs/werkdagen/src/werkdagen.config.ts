import { FEESTDAG_CODES, isFeestdagCode, type FeestdagCode } from './feestdagen';
import { isKalenderdatum, type Kalenderdatum } from './kalenderdatum';

/** Which days besides Saturday and Sunday are not working days (PD-13: configurable). */
export interface WerkdagenConfig {
  /** Holidays taken from date-holidays, by key of `FEESTDAGEN`. */
  readonly feestdagen: readonly FeestdagCode[];
  /** Extra non-working days added by decree (Algemene termijnenwet art. 3 lid 3), `YYYY-MM-DD`. */
  readonly extraDagen: readonly Kalenderdatum[];
}

/** The Algemene termijnenwet set: all nine holidays, no extra days. */
export const STANDAARD_WERKDAGEN_CONFIG: WerkdagenConfig = Object.freeze({
  feestdagen: Object.freeze([...FEESTDAG_CODES]),
  extraDagen: Object.freeze([]),
});

export const WERKDAGEN_ENV = {
  feestdagen: 'VT_WERKDAGEN_FEESTDAGEN',
  extraDagen: 'VT_WERKDAGEN_EXTRA',
} as const;

export class WerkdagenConfigError extends Error {
  constructor(readonly fouten: readonly string[]) {
    super(`Invalid werkdagen configuration: ${fouten.join('; ')}`);
    this.name = 'WerkdagenConfigError';
  }
}

/**
 * Reads `VT_WERKDAGEN_FEESTDAGEN` (comma list of `FEESTDAGEN` keys; unset or blank = all) and
 * `VT_WERKDAGEN_EXTRA` (comma list of `YYYY-MM-DD`; unset or blank = none). Throws on anything else.
 */
export function werkdagenConfigFromEnv(source: NodeJS.ProcessEnv = process.env): WerkdagenConfig {
  return normalizeWerkdagenConfig(
    {
      feestdagen: splitLijst(source[WERKDAGEN_ENV.feestdagen]),
      extraDagen: splitLijst(source[WERKDAGEN_ENV.extraDagen]),
    },
    WERKDAGEN_ENV,
  );
}

/** Fills in defaults and checks a config that may come from JSON or env, so typos fail at boot. */
export function normalizeWerkdagenConfig(
  config: { readonly feestdagen?: readonly unknown[]; readonly extraDagen?: readonly unknown[] } = {},
  veldnamen: { readonly feestdagen: string; readonly extraDagen: string } = {
    feestdagen: 'feestdagen',
    extraDagen: 'extraDagen',
  },
): WerkdagenConfig {
  const fouten: string[] = [];
  const feestdagen = config.feestdagen ?? STANDAARD_WERKDAGEN_CONFIG.feestdagen;
  const extraDagen = config.extraDagen ?? STANDAARD_WERKDAGEN_CONFIG.extraDagen;
  if (!Array.isArray(feestdagen)) fouten.push(`${veldnamen.feestdagen}: not a list`);
  if (!Array.isArray(extraDagen)) fouten.push(`${veldnamen.extraDagen}: not a list`);
  if (fouten.length > 0) throw new WerkdagenConfigError(fouten);

  feestdagen.forEach((s, i) => {
    if (!isFeestdagCode(s)) {
      fouten.push(
        `${veldnamen.feestdagen}: unknown holiday ${JSON.stringify(s)} at position ${i + 1} (known: ${FEESTDAG_CODES.join(', ')})`,
      );
    } else if (feestdagen.indexOf(s) !== i) {
      fouten.push(`${veldnamen.feestdagen}: ${s} is listed twice`);
    }
  });
  extraDagen.forEach((d, i) => {
    if (!isKalenderdatum(d)) {
      fouten.push(
        `${veldnamen.extraDagen}: ${JSON.stringify(d)} at position ${i + 1} is not a date YYYY-MM-DD`,
      );
    } else if (extraDagen.indexOf(d) !== i) {
      fouten.push(`${veldnamen.extraDagen}: ${d} is listed twice`);
    }
  });
  if (fouten.length > 0) throw new WerkdagenConfigError(fouten);
  return Object.freeze({
    feestdagen: Object.freeze([...(feestdagen as FeestdagCode[])]),
    extraDagen: Object.freeze([...(extraDagen as Kalenderdatum[])].sort()),
  });
}

// Blank counts as unset: compose files often write `VAR=` for "no override".
function splitLijst(tekst: string | undefined): string[] | undefined {
  return tekst === undefined || tekst.trim() === '' ? undefined : tekst.split(',').map((s) => s.trim());
}
