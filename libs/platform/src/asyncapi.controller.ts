import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@vt/auth';
import type { AsyncApiDocument } from './asyncapi';

export const ASYNCAPI_DOCUMENT = Symbol('ASYNCAPI_DOCUMENT');
/** Served outside the `api/v1` prefix, next to `/api/docs` (contract §1, docs). */
export const ASYNCAPI_PATH = 'api/asyncapi.json';

/** `GET /api/asyncapi.json`: the AsyncAPI document of this service's own events, without auth. */
@ApiExcludeController()
@Public()
@Controller()
export class AsyncApiController {
  constructor(@Inject(ASYNCAPI_DOCUMENT) private readonly document: AsyncApiDocument) {}

  @Get(ASYNCAPI_PATH)
  @Header('Content-Type', 'application/json; charset=utf-8')
  asyncApi(): AsyncApiDocument {
    return this.document;
  }
}
