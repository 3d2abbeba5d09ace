import { context, propagation, trace } from '@opentelemetry/api';
import {
  getNodeAutoInstrumentations,
  type InstrumentationConfigMap,
} from '@opentelemetry/auto-instrumentations-node';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  AlwaysOffSampler,
  BatchSpanProcessor,
  NoopSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_NAMESPACE } from '@opentelemetry/semantic-conventions';
import { createLogger } from './logger';
import { PERSONAL_DATA_FIELDS } from './persoonsgegevens';
import { zetServiceNaam } from './service-naam';

export interface Tracing {
  /** Flushes buffered spans and unregisters everything; call it after `app.close()`. */
  shutdown(): Promise<void>;
}

export interface TracingInstellingen {
  uitgeschakeld: boolean;
  serviceNaam: string;
  /**
   * Export over OTLP/HTTP (JSON), sampled as `OTEL_TRACES_SAMPLER` says. Without it nothing is recorded, but
   * spans stay valid and non-recording, so trace ids still reach the logs and traceparent is passed on.
   */
  otlp: boolean;
}

type InstrumentationNaam = keyof InstrumentationConfigMap;

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

// Everything in auto-instrumentations-node 0.81.2 we do not use; there is no fastify instrumentation any more.
const UIT = [
  '@opentelemetry/instrumentation-amqplib',
  '@opentelemetry/instrumentation-aws-lambda',
  '@opentelemetry/instrumentation-aws-sdk',
  '@opentelemetry/instrumentation-bunyan',
  '@opentelemetry/instrumentation-cassandra-driver',
  '@opentelemetry/instrumentation-connect',
  '@opentelemetry/instrumentation-cucumber',
  '@opentelemetry/instrumentation-dataloader',
  '@opentelemetry/instrumentation-dns',
  '@opentelemetry/instrumentation-express',
  '@opentelemetry/instrumentation-fs',
  '@opentelemetry/instrumentation-generic-pool',
  '@opentelemetry/instrumentation-graphql',
  '@opentelemetry/instrumentation-grpc',
  '@opentelemetry/instrumentation-hapi',
  '@opentelemetry/instrumentation-host-metrics',
  '@opentelemetry/instrumentation-ioredis',
  '@opentelemetry/instrumentation-kafkajs',
  '@opentelemetry/instrumentation-knex',
  '@opentelemetry/instrumentation-koa',
  '@opentelemetry/instrumentation-lru-memoizer',
  '@opentelemetry/instrumentation-memcached',
  '@opentelemetry/instrumentation-mongodb',
  '@opentelemetry/instrumentation-mongoose',
  '@opentelemetry/instrumentation-mysql',
  '@opentelemetry/instrumentation-mysql2',
  '@opentelemetry/instrumentation-net',
  '@opentelemetry/instrumentation-openai',
  '@opentelemetry/instrumentation-oracledb',
  '@opentelemetry/instrumentation-pino',
  '@opentelemetry/instrumentation-redis',
  '@opentelemetry/instrumentation-restify',
  '@opentelemetry/instrumentation-router',
  '@opentelemetry/instrumentation-runtime-node',
  '@opentelemetry/instrumentation-socket.io',
  '@opentelemetry/instrumentation-tedious',
  '@opentelemetry/instrumentation-undici',
  '@opentelemetry/instrumentation-winston',
] as const satisfies readonly InstrumentationNaam[];

// Every name not in UIT must be configured here, so an upgrade that adds one fails the typecheck.
const AAN: { [K in Exclude<InstrumentationNaam, (typeof UIT)[number]>]-?: InstrumentationConfigMap[K] } = {
  '@opentelemetry/instrumentation-http': {
    ignoreIncomingRequestHook: (req) => req.url?.startsWith('/health/') ?? false,
    redactedQueryParams: GEHEIME_QUERY_PARAMETERS,
    redactedQueryParamsServer: GEHEIME_QUERY_PARAMETERS,
  },
  '@opentelemetry/instrumentation-pg': {
    // Parameter values may be personal data; the outbox poll outside any request would be noise.
    enhancedDatabaseReporting: false,
    requireParentSpan: true,
  },
  '@opentelemetry/instrumentation-nestjs-core': {},
};

const ALLEEN_SPANS = [
  '@opentelemetry/instrumentation-pg',
  '@opentelemetry/instrumentation-nestjs-core',
] as const satisfies readonly InstrumentationNaam[];

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
  };
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
  const instrumentations = getNodeAutoInstrumentations({
    ...AAN,
    ...Object.fromEntries(UIT.map((naam) => [naam, { enabled: false }])),
    // Only http carries trace context; pg and Nest would only make spans nobody records.
    ...(exporteert ? {} : Object.fromEntries(ALLEEN_SPANS.map((naam) => [naam, { enabled: false }]))),
  });
  const processors: SpanProcessor[] = [
    instellingen.otlp ? new BatchSpanProcessor(new OTLPTraceExporter()) : new NoopSpanProcessor(),
    ...extraProcessors,
  ];
  const sdk = new NodeSDK({
    resource: defaultResource().merge(
      resourceFromAttributes({
        [ATTR_SERVICE_NAME]: instellingen.serviceNaam,
        [ATTR_SERVICE_NAMESPACE]: 'veilig-thuis',
      }),
    ),
    instrumentations,
    textMapPropagator: new W3CTraceContextPropagator(),
    spanProcessors: processors,
    // Recording spans nobody exports cost intake ~14 spans a report; otherwise the SDK reads OTEL_TRACES_SAMPLER.
    ...(exporteert ? {} : { sampler: new AlwaysOffSampler() }),
    // Traces only: no metric reader or log exporter that would poll a collector nobody configured.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();

  const tracing: Tracing = {
    shutdown: async () => {
      if (actief !== tracing) return;
      actief = undefined;
      try {
        await sdk.shutdown();
      } catch (err) {
        createLogger('tracing').warn(
          { err: { name: (err as Error)?.name } },
          'flushing spans at shutdown failed',
        );
      } finally {
        for (const instrumentation of instrumentations) instrumentation.disable();
        trace.disable();
        context.disable();
        propagation.disable();
      }
    },
  };
  actief = tracing;
  return tracing;
}
