import type {
  HeaderObject,
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger';

/** The full API version: `info.version`, and the `API-Version` header on every response. */
export const API_VERSION = '1.0.0';

/** `info.contact` and `info.license` of every OpenAPI and AsyncAPI document (NL rule doc-openapi-contact). */
export const API_CONTACT = {
  name: 'Veilig Thuis platformteam',
  url: 'https://github.com/veilig-thuis/platform',
  email: 'platform@veiligthuis.example',
} as const;
export const API_LICENSE = { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' } as const;

/** Component names, so that decorators can point at what `conformToNlApiDesignRules` adds. */
export const PROBLEM_SCHEMA_REF = '#/components/schemas/Problem';
const API_VERSION_HEADER_REF = '#/components/headers/API-Version';
const IDEMPOTENCY_KEY_REF = '#/components/parameters/Idempotency-Key';

/** RFC 9457 problem details, as the ProblemDetailsFilter writes them (contract §1, errors). */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status'],
  properties: {
    type: {
      type: 'string',
      format: 'uri',
      description: 'Soort fout; bij een geweigerde protocolregel het requirement-ID, bv. urn:vt:VT-2.2-a',
    },
    title: { type: 'string', description: 'Korte omschrijving van de soort fout' },
    status: { type: 'integer', format: 'int32', minimum: 100, maximum: 599, description: 'HTTP-statuscode' },
    detail: { type: 'string', description: 'Uitleg bij dit geval' },
    instance: { type: 'string', format: 'uri' },
    errors: {
      type: 'array',
      description: 'Bij ongeldige invoer: één regel per veld dat niet klopt',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  example: {
    type: 'urn:vt:problem:ongeldige-invoer',
    title: 'Ongeldige invoer',
    status: 400,
    errors: [{ field: 'huishouden.gemeentecode', message: 'gemeentecode heeft de vorm GM0000' }],
  },
};

const API_VERSION_HEADER: HeaderObject = {
  description: 'De volledige versie van de API (NL API Design Rules, version-header)',
  required: true,
  schema: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$', example: API_VERSION },
};

const IDEMPOTENCY_KEY: ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Dezelfde sleutel met dezelfde body geeft het eerste antwoord terug en slaat niets dubbel op (contract §1, ids)',
  schema: { type: 'string', minLength: 1, maxLength: 200 },
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const WRITES = new Set(['post', 'put', 'patch', 'delete']);

const DEFAULT_DESCRIPTIONS: Record<string, string> = {
  '200': 'OK',
  '201': 'Aangemaakt',
  '202': 'Aangenomen',
  '204': 'Gelukt, geen inhoud',
  '400': 'Ongeldige invoer, per veld',
  '401': 'Geen of ongeldig token',
  '409': 'Een verzoek met deze Idempotency-Key is nog bezig',
  '422': 'Deze Idempotency-Key hoort bij een ander verzoek',
  '500': 'Interne fout',
};

const isRef = (x: unknown): x is ReferenceObject => typeof x === 'object' && x !== null && '$ref' in x;

/**
 * Makes what the platform does for every route explicit in the document, so that it passes the NL API
 * Design Rules linter (`libs/platform/openapi/nl-api-design-rules.linter.yaml`) without every controller
 * repeating it:
 * - the `API-Version` header (the `onSend` hook) on every response (rule missing-version-header);
 * - problem+json with the shared `Problem` schema on every 4xx/5xx (use-problem-schema,
 *   problem-schema-members): the ProblemDetailsFilter answers every error that way;
 * - a 400 on every write and on every GET/DELETE with parameters (problem-invalid-input): the global
 *   validation pipe and the body parser answer bad input with 400; a 401 where a token is required and
 *   a 500 everywhere;
 * - the optional `Idempotency-Key` header, with its 409 and 422, on every write (IdempotencyInterceptor);
 * - the tags the operations use, declared at the root.
 * What only a controller knows (routes, casing of query parameters, date formats) stays its own job; the
 * e2e test `e2e/openapi.e2e-spec.ts` lints every service's document.
 */
export function conformToNlApiDesignRules(doc: OpenAPIObject): OpenAPIObject {
  const components = (doc.components ??= {});
  components.schemas = { Problem: PROBLEM_SCHEMA, ...components.schemas };
  components.headers = { 'API-Version': API_VERSION_HEADER, ...components.headers };
  components.parameters = { 'Idempotency-Key': IDEMPOTENCY_KEY, ...components.parameters };
  const rootSecured = (doc.security ?? []).some((s) => Object.keys(s).length > 0);
  const tags = new Set((doc.tags ?? []).map((t) => t.name));

  for (const item of Object.values(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      for (const tag of op.tags ?? []) {
        if (!tags.has(tag)) (doc.tags ??= []).push({ name: tag });
        tags.add(tag);
      }
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const write = WRITES.has(method);
      const idempotencyKey = (p: ParameterObject | ReferenceObject) =>
        isRef(p)
          ? p.$ref === IDEMPOTENCY_KEY_REF
          : p.in === 'header' && p.name.toLowerCase() === 'idempotency-key';
      if (write && !parameters.some(idempotencyKey)) {
        (op.parameters ??= []).push({ $ref: IDEMPOTENCY_KEY_REF });
      }
      const secured = op.security ? op.security.some((s) => Object.keys(s).length > 0) : rootSecured;
      const needed = [
        ...(write || parameters.length > 0 ? ['400'] : []),
        ...(secured ? ['401'] : []),
        ...(write ? ['409', '422'] : []),
        '500',
      ];
      for (const status of needed) {
        op.responses[status] ??= { description: DEFAULT_DESCRIPTIONS[status] };
      }
      conformResponses(op);
    }
  }
  return doc;
}

function conformResponses(op: OperationObject): void {
  for (const [status, response] of Object.entries(op.responses)) {
    if (isRef(response)) continue;
    const r = response as ResponseObject;
    if (!r.description) r.description = DEFAULT_DESCRIPTIONS[status] ?? '';
    const headers = (r.headers ??= {});
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'api-version')) {
      headers['API-Version'] = { $ref: API_VERSION_HEADER_REF };
    }
    if (/^[45]\d\d$/.test(status)) {
      const problem = r.content?.['application/problem+json'];
      r.content = { 'application/problem+json': problem ?? { schema: { $ref: PROBLEM_SCHEMA_REF } } };
    }
  }
}
