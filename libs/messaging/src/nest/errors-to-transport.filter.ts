import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * Hands an error a batch handler throws to the transport as it is. Nest's default RPC filter would
 * log it and replace it by `{ status: 'error', message: 'Internal server error' }`, losing both the
 * class and the cause that the transport logs and reports in readiness. Apply it to every
 * controller served by {@link TransactionalKafkaServer}: `@UseFilters(ErrorsToTransportFilter)`.
 */
@Catch()
export class ErrorsToTransportFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
