import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations, type Instrumentation } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_NAMESPACE } from '@opentelemetry/semantic-conventions';
import { createLogger } from './logger';
import { PERSONAL_DATA_FIELDS } from './persoonsgegevens';
import { zetServiceNaam } from './service-naam';

export interface Tracing {
  /** Flushes buffered spans and unregisters everything; call it after `app.close()`. */
  shutdown(): Promise<void>;
}

/** The platform's share of new traces when `OTEL_TRACES_SAMPLER_ARG` is unset (ADR 0007). */
export const STANDAARD_RATIO = 0.1;

export interface TracingInstellingen {
  uitgeschakeld: boolean;
  serviceNaam: string;
  /**
   * Export over OTLP/HTTP (JSON), sampled as `ratio` says. Without it nothing is recorded, but spans stay
   * valid and non-recording, so trace ids still reach the logs and traceparent is passed on.
   */
  otlp: boolean;
  /**
   * Share of new root traces kept by the parent-based ratio sampler; `undefined` when `OTEL_TRACES_SAMPLER`
   * names another sampler, which the SDK then builds itself.
   */
  ratio: number | undefined;
}

// Exact names, as the http instrumentation matches them; includes its own defaults, which setting a list replaces.
const GEHEIME_QUERY_PARAMETERS = [
  ...PERSONAL_DATA_FIELDS,
  'token',
  'access_token',
  'sig',
  'Signature',
  'AWSAccessKeyId',
  'X-Goog-Signature',
  'X-Amz-Signature',
  'X-Amz-Credential',
  'X-Amz-Security-Token',
];

const RATIO_SAMPLERS = ['', 'parentbased_traceidratio'];

let actief: Tracing | undefined;

/** Reads the standard OTEL_* variables this setup honours. */
export function tracingInstellingen(
  serviceName: string,
  env: NodeJS.ProcessEnv = process.env,
): TracingInstellingen {
  const leeg = (v: string | undefined) => v === undefined || v.trim() === '';
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '').split(',').map((e) => e.trim());
  return {
    uitgeschakeld: env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true',
    serviceNaam: leeg(env.OTEL_SERVICE_NAME) ? serviceName : (env.OTEL_SERVICE_NAME as string).trim(),
    otlp:
      !exporters.includes('none') &&
      !(leeg(env.OTEL_EXPORTER_OTLP_ENDPOINT) && leeg(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)),
    ratio: RATIO_SAMPLERS.includes((env.OTEL_TRACES_SAMPLER ?? '').trim().toLowerCase())
      ? leesRatio(env.OTEL_TRACES_SAMPLER_ARG)
      : undefined,
  };
}

// Blank or out of range falls back to the platform's default, not the SDK's 1 (every trace).
function leesRatio(waarde: string | undefined): number {
  const ratio = waarde === undefined || waarde.trim() === '' ? NaN : Number(waarde);
  return ratio >= 0 && ratio <= 1 ? ratio : STANDAARD_RATIO;
}

/**
 * Starts OpenTelemetry for this process. Call it before anything loads Nest, pg or http (in a module that
 * main.ts imports first, e.g. `instrument.ts`), or their instrumentation is silently missing.
 */
export function startTracing(serviceName: string): Tracing {
  return startTracingMet(serviceName, []);
}

/** `startTracing` with extra span processors (tests use an in-memory exporter). */
export function startTracingMet(serviceName: string, extraProcessors: SpanProcessor[]): Tracing {
  if (actief) return actief;
  const instellingen = tracingInstellingen(serviceName);
  zetServiceNaam(instellingen.serviceNaam);
  if (instellingen.uitgeschakeld) return { shutdown: async () => undefined };

  const exporteert = instellingen.otlp || extraProcessors.length > 0;
  const instrumentations: Instrumentation[] = [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (req) => req.url?.startsWith('/health/') ?? false,
      redactedQueryParams: GEHEIME_QUERY_PARAMETERS,
      redactedQueryParamsServer: GEHEIME_QUERY_PARAMETERS,
    }),
    // Only http carries trace context; pg and Nest would only make spans nobody records.
    ...(exporteert
      ? [
          // Parameter values may be personal data; the outbox poll outside any request would be noise.
          new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
          new NestInstrumentation(),
        ]
      : []),
  ];
  const provider = new NodeTracerProvider({
    resource: defaultResource()
      .merge(detectResources({ detectors: [envDetector] }))
      .merge(
        resourceFromAttributes({
          [ATTR_SERVICE_NAME]: instellingen.serviceNaam,
          [ATTR_SERVICE_NAMESPACE]: 'veilig-thuis',
        }),
      ),
    // Recording spans nobody exports cost intake ~14 spans a report.
    ...(exporteert ? samplerVoor(instellingen.ratio) : { sampler: new AlwaysOffSampler() }),
    spanProcessors: [
      ...(instellingen.otlp ? [new BatchSpanProcessor(new OTLPTraceExporter())] : []),
      ...extraProcessors,
    ],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  const deregistreer = registerInstrumentations({ instrumentations, tracerProvider: provider });

  const tracing: Tracing = {
    shutdown: async () => {
      if (actief !== tracing) return;
      actief = undefined;
      try {
        await provider.shutdown();
      } catch (err) {
        createLogger('tracing').warn(
          { err: { name: (err as Error)?.name } },
          'flushing spans at shutdown failed',
        );
      } finally {
        deregistreer();
        trace.disable();
        context.disable();
        propagation.disable();
      }
    },
  };
  actief = tracing;
  return tracing;
}

// Without a ratio the key stays absent, so the SDK builds the sampler OTEL_TRACES_SAMPLER names.
function samplerVoor(ratio: number | undefined): { sampler?: Sampler } {
  return ratio === undefined
    ? {}
    : { sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) }) };
}
