import {
  STANDAARD_WERKDAGEN_CONFIG,
  WerkdagenConfigError,
  normalizeWerkdagenConfig,
  werkdagenConfigFromEnv,
} from './werkdagen.config';

describe('werkdagenConfigFromEnv (PD-13: the working-day calendar is configurable)', () => {
  it.each([
    ['nothing set', {}],
    ['both blank', { VT_WERKDAGEN_FEESTDAGEN: '', VT_WERKDAGEN_EXTRA: '  ' }],
  ])('PD-13: %s gives the Algemene termijnenwet default', (_geval, env) => {
    expect(werkdagenConfigFromEnv(env)).toEqual(STANDAARD_WERKDAGEN_CONFIG);
  });

  it('PD-13: reads a holiday subset and extra days, trimming spaces and sorting the days', () => {
    const config = werkdagenConfigFromEnv({
      VT_WERKDAGEN_FEESTDAGEN: 'nieuwjaarsdag, eerste-kerstdag ,tweede-kerstdag',
      VT_WERKDAGEN_EXTRA: '2027-01-02, 2026-05-15',
    });
    expect(config.feestdagen).toEqual(['nieuwjaarsdag', 'eerste-kerstdag', 'tweede-kerstdag']);
    expect(config.extraDagen).toEqual(['2026-05-15', '2027-01-02']);
  });

  it.each([
    [
      'VT_WERKDAGEN_FEESTDAGEN',
      'nieuwjaarsdag,pasen',
      /VT_WERKDAGEN_FEESTDAGEN: unknown holiday "pasen" at position 2/,
    ],
    [
      'VT_WERKDAGEN_FEESTDAGEN',
      'Koningsdag',
      /unknown holiday "Koningsdag".*known: nieuwjaarsdag, goede-vrijdag/,
    ],
    ['VT_WERKDAGEN_FEESTDAGEN', 'nieuwjaarsdag,,koningsdag', /unknown holiday "" at position 2/],
    ['VT_WERKDAGEN_FEESTDAGEN', 'koningsdag,koningsdag', /koningsdag is listed twice/],
    ['VT_WERKDAGEN_FEESTDAGEN', 'public', /unknown holiday "public"/],
    [
      'VT_WERKDAGEN_EXTRA',
      '2027-1-2',
      /VT_WERKDAGEN_EXTRA: "2027-1-2" at position 1 is not a date YYYY-MM-DD/,
    ],
    ['VT_WERKDAGEN_EXTRA', '2027-02-29', /"2027-02-29" at position 1 is not a date/],
    ['VT_WERKDAGEN_EXTRA', '02-01-2027', /"02-01-2027" at position 1 is not a date/],
    ['VT_WERKDAGEN_EXTRA', 'morgen', /"morgen" at position 1 is not a date/],
    ['VT_WERKDAGEN_EXTRA', '2027-01-02;2027-01-03', /"2027-01-02;2027-01-03" at position 1 is not a date/],
    ['VT_WERKDAGEN_EXTRA', '2027-01-02,', /"" at position 2 is not a date/],
    ['VT_WERKDAGEN_EXTRA', '2026-05-15,2026-05-15', /2026-05-15 is listed twice/],
  ])('%s=%j is rejected with a clear message', (naam, waarde, melding) => {
    expect(() => werkdagenConfigFromEnv({ [naam]: waarde })).toThrow(WerkdagenConfigError);
    expect(() => werkdagenConfigFromEnv({ [naam]: waarde })).toThrow(melding);
  });

  it('reports every bad value at once', () => {
    const fout = captureError(() =>
      werkdagenConfigFromEnv({ VT_WERKDAGEN_FEESTDAGEN: 'kerst', VT_WERKDAGEN_EXTRA: '2026-02-30' }),
    );
    expect(fout).toBeInstanceOf(WerkdagenConfigError);
    expect((fout as WerkdagenConfigError).fouten).toHaveLength(2);
    expect((fout as Error).message).toMatch(/^Invalid werkdagen configuration: /);
  });
});

describe('normalizeWerkdagenConfig', () => {
  it('fills in defaults and freezes the result', () => {
    const config = normalizeWerkdagenConfig({ extraDagen: ['2026-05-15'] });
    expect(config.feestdagen).toEqual(STANDAARD_WERKDAGEN_CONFIG.feestdagen);
    expect(Object.isFrozen(config.extraDagen)).toBe(true);
  });

  it('rejects a value that is not a list (config from JSON)', () => {
    expect(() => normalizeWerkdagenConfig({ feestdagen: 'koningsdag' as unknown as string[] })).toThrow(
      /feestdagen: not a list/,
    );
  });
});

function captureError(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}
