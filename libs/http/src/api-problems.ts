import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiResponse } from '@nestjs/swagger';

/** RFC 9457 problem, documented once for every error response (NL API Design Rules). */
export class ProblemDocument {}

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer', format: 'int32', minimum: 100, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string', format: 'uri' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

const problem = (status: number, description: string) =>
  ApiResponse({ status, description, content: { 'application/problem+json': { schema: problemSchema } } });

/** The errors every authenticated endpoint can answer with. */
export function ApiProblems(...extra: [number, string][]) {
  return applyDecorators(
    ApiExtraModels(ProblemDocument),
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
  });
