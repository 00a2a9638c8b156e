import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { RegistryError, type RegistryErrorKind } from './registry.error';

const STATUS: Readonly<Record<RegistryErrorKind, number>> = { invalid: 400, 'not-found': 404, conflict: 409 };

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

/** A registry refusal as an HTTP answer: 400 / 404 / 409 with the message and its details (problems with lines). */
@Catch(RegistryError)
export class RegistryErrorFilter implements ExceptionFilter<RegistryError> {
  catch(error: RegistryError, host: ArgumentsHost): void {
    const status = STATUS[error.kind];
    host
      .switchToHttp()
      .getResponse<JsonResponse>()
      .status(status)
      .json({ statusCode: status, error: error.kind, message: error.message, details: error.details });
  }
}
