import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ongeldigeInvoerProblem, problemException, type VeldFout } from './problem-details.filter';

/** One entry per failed check, the field as a dotted path (`huishouden.personen.0.bsn`). */
function flatten(errors: ValidationError[], parent = ''): VeldFout[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Class-validator on every body and query: unknown fields refused, one problem entry per field. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => problemException(ongeldigeInvoerProblem(flatten(errors))),
  });
}
