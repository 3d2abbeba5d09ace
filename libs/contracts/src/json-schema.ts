import Ajv, { type ErrorObject, type JSONSchemaType, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** A JSON schema as plain data, as it is enforced and published; every object in it is closed. */
export type JsonSchema = Record<string, unknown>;

/**
 * The schema of a contract type, checked against the TypeScript type by the compiler: a property in one
 * but not the other, or of another type, fails typecheck. ajv's type marks an optional member `nullable`.
 */
export type ContractSchema<T> = JSONSchemaType<T>;

/**
 * The schema as enforced: an optional property is absent, never `null` (JSON has no `undefined`), so the
 * `nullable` the type demands of optional members is dropped. Throws when an object is open or its
 * `required` leaves out a member the type requires, the two things ajv's type cannot check.
 */
export function wireSchema(name: string, schema: object): JsonSchema {
  return toWire(name, '', structuredClone(schema) as JsonSchema);
}

function toWire(name: string, path: string, s: JsonSchema): JsonSchema {
  const fail = (why: string) => {
    throw new Error(`contract ${name}: schema ${path || '/'} ${why}`);
  };
  if (s.type === 'object') {
    if (s.additionalProperties !== false) fail('is an object without additionalProperties: false');
    const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((s.required ?? []) as string[]);
    for (const [key, p] of Object.entries(properties)) {
      const optional = p.nullable === true;
      if (optional === required.has(key))
        fail(`lists ${key} ${optional ? 'as required although it is optional' : 'not as required'}`);
      delete p.nullable;
      properties[key] = toWire(name, `${path}/${key}`, p);
    }
    for (const key of required) if (!(key in properties)) fail(`requires ${key} without describing it`);
  }
  if (s.items && typeof s.items === 'object') s.items = toWire(name, `${path}/items`, s.items as JsonSchema);
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(s[k]))
      s[k] = (s[k] as JsonSchema[]).map((b, i) => toWire(name, `${path}/${k}/${i}`, b));
  }
  return s;
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validators = new WeakMap<JsonSchema, ValidateFunction>();

/** Compiles a wire schema once; later calls with the same schema object reuse the validator. */
export function compileSchema(schema: JsonSchema): void {
  if (!validators.has(schema)) validators.set(schema, ajv.compile(schema));
}

/**
 * Why `data` is not an instance of `schema` (empty when it is): field paths and the schema's own words,
 * never a value, because the data may hold personal data.
 */
export function schemaViolations(schema: JsonSchema, data: unknown): string[] {
  compileSchema(schema);
  const validate = validators.get(schema) as ValidateFunction;
  if (validate(data)) return [];
  return (validate.errors ?? []).map(describeViolation);
}

function describeViolation(e: ErrorObject): string {
  return `${e.instancePath || '/'} ${e.message ?? 'invalid'}`;
}
