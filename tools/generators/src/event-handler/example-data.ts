import { type JsonSchema, regio } from '@vt/contracts';

/**
 * A value that satisfies an event schema, for the generated spec: the required properties only, the first
 * code of an enum. The contracts' schemas use few keywords; an unknown one stops the generator.
 */
export function exampleData(schema: JsonSchema, path = 'data'): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = (schema.required ?? []) as string[];
      return Object.fromEntries(required.map((k) => [k, exampleData(properties[k] ?? {}, `${path}.${k}`)]));
    }
    case 'array': {
      const min = Number(schema.minItems ?? 0);
      return Array.from({ length: min }, () => exampleData(schema.items as JsonSchema, `${path}[]`));
    }
    case 'boolean':
      return false;
    case 'integer':
    case 'number':
      return Number(schema.minimum ?? 0);
    case 'string':
      return exampleString(schema, path);
    default:
      throw new Error(`${path}: no example for schema type ${JSON.stringify(schema.type)}`);
  }
}

function exampleString(schema: JsonSchema, path: string): string {
  if (schema.pattern === regio.pattern) return 'VR09';
  if (schema.pattern !== undefined)
    throw new Error(`${path}: no example for the pattern ${String(schema.pattern)}`);
  switch (schema.format) {
    case 'uuid':
      return '00000000-0000-4000-8000-000000000001';
    case 'date':
      return '2026-01-05';
    case 'date-time':
      return '2026-01-05T09:00:00.000Z';
    case undefined:
      return 'x'.repeat(Number(schema.minLength ?? 1));
    default:
      throw new Error(`${path}: no example for the format ${String(schema.format)}`);
  }
}
