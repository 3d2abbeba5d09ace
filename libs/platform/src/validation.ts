import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ongeldigeInvoerProblem, problemException, type VeldFout } from './problem-details.filter';

/** One entry per failed check, the field as a dotted path (`huishouden.personen.0.bsn`). */
export function veldFouten(errors: ValidationError[], parent = ''): VeldFout[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...veldFouten(e.children ?? [], field)];
  });
}

/** The options of every validation: unknown fields refused, no values in the errors. */
export const VALIDATIE_OPTIES = {
  whitelist: true,
  forbidNonWhitelisted: true,
  validationError: { target: false, value: false },
} as const;

/** Class-validator on every body and query: unknown fields refused, one problem entry per field. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATIE_OPTIES,
    transform: true,
    exceptionFactory: (errors) => problemException(ongeldigeInvoerProblem(veldFouten(errors))),
  });
}
