import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { PROBLEM_SCHEMA_REF } from './openapi';

/** An RFC 9457 error response; the `Problem` schema is added to the document by `conformToNlApiDesignRules`. */
const problem = (status: number, description: string) =>
  ApiResponse({
    status,
    description,
    content: { 'application/problem+json': { schema: { $ref: PROBLEM_SCHEMA_REF } } },
  });

/**
 * The errors every authenticated endpoint can answer with, plus the endpoint's own. `openApiDocument` adds
 * what holds for every route (400 on writes, 401, 500, problem+json on every error, `API-Version`).
 */
export function ApiProblems(...extra: [number, string][]) {
  return applyDecorators(
    problem(401, 'Geen of ongeldig token'),
    problem(403, 'Rol ontbreekt'),
    ...extra.map(([s, d]) => problem(s, d)),
    problem(500, 'Interne fout'),
  );
}

export const ApiIdempotencyKey = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Dezelfde sleutel met dezelfde body geeft het eerste antwoord terug',
    schema: { type: 'string', minLength: 1, maxLength: 200 },
  });
