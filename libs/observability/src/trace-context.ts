import {
  context,
  isSpanContextValid,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Exception,
  type Span,
  type TextMapGetter,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

const TRACER_NAAM = '@vt/observability';

// Always W3C, whatever the global propagator: `traceparent` in NATS headers is part of the contract (§4).
const w3c = new W3CTraceContextPropagator();

const getter: TextMapGetter<Record<string, string | undefined>> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => carrier[key] ?? Object.entries(carrier).find(([k]) => k.toLowerCase() === key)?.[1],
};

export interface WithSpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /** The context to continue, e.g. from `extractTraceContext`; defaults to the active context. */
  parent?: Context;
}

/** Adds `traceparent` (and `tracestate`) of the active span to `carrier` and returns it. */
export function injectTraceContext(carrier: Record<string, string> = {}): Record<string, string> {
  w3c.inject(context.active(), carrier, {
    set: (c, key, value) => {
      c[key] = value;
    },
  });
  return carrier;
}

/** The remote context in `carrier`; a carrier without a valid `traceparent` gives a fresh root. */
export function extractTraceContext(carrier: Record<string, string | undefined>): Context {
  return w3c.extract(ROOT_CONTEXT, carrier, getter);
}

/**
 * Runs `fn` in a new active span and ends it. A failure marks the span as an error and records the exception's
 * type and stack frames only: messages may quote personal data (privacy invariant A), so they stay out of traces.
 */
export async function withSpan<T>(
  name: string,
  options: WithSpanOptions,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const tracer = trace.getTracer(TRACER_NAAM);
  return tracer.startActiveSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes },
    options.parent ?? context.active(),
    async (span) => {
      try {
        return await fn(span);
      } catch (err) {
        markeerFout(span, err);
        throw err;
      } finally {
        span.end();
      }
    },
  );
}

/** Records a failure on `span` without its message (see `withSpan`). */
export function markeerFout(span: Span, err: unknown): void {
  const type = err instanceof Error ? err.name : typeof err;
  const exception: Exception = { name: type };
  if (err instanceof Error && err.stack) exception.stack = alleenFrames(err.stack);
  span.recordException(exception);
  span.setAttribute('error.type', type);
  span.setStatus({ code: SpanStatusCode.ERROR, message: type });
}

/** The trace id of the active span, if there is one. */
export function currentTraceId(): string | undefined {
  const ctx = trace.getActiveSpan()?.spanContext();
  return ctx && isSpanContextValid(ctx) ? ctx.traceId : undefined;
}

/** `trace_id` / `span_id` of the active span for a log line; empty outside a span. */
export function traceVelden(): { trace_id?: string; span_id?: string; trace_flags?: string } {
  const ctx = trace.getActiveSpan()?.spanContext();
  if (!ctx || !isSpanContextValid(ctx)) return {};
  return {
    trace_id: ctx.traceId,
    span_id: ctx.spanId,
    trace_flags: ctx.traceFlags.toString(16).padStart(2, '0'),
  };
}

function alleenFrames(stack: string): string {
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}
