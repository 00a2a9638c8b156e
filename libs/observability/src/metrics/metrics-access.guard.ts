import { createHash, timingSafeEqual } from 'node:crypto';
import {
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { METRICS_ACCESS } from './metrics.constants';

/**
 * Who may scrape `/metrics`: Prometheus presents a bearer token (`authorization.credentials` in its
 * scrape config); the process knows only the SHA-256 hashes of the accepted tokens. An empty list
 * refuses everyone: metrics show operational data, so there is no open mode.
 */
export interface MetricsAccess {
  readonly bearerTokenSha256: readonly string[];
}

@Injectable()
export class MetricsAccessGuard implements CanActivate {
  private readonly accepted: Buffer[];

  constructor(@Inject(METRICS_ACCESS) access: MetricsAccess) {
    this.accepted = access.bearerTokenSha256.map((hex) => Buffer.from(hex.toLowerCase(), 'hex'));
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | string[] | undefined> }>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (match) {
      const presented = createHash('sha256').update(match[1], 'utf8').digest();
      // Compare against every accepted hash so the time taken does not reveal which one matched.
      let ok = false;
      for (const hash of this.accepted)
        if (hash.length === presented.length && timingSafeEqual(hash, presented)) ok = true;
      if (ok) return true;
    }
    throw new UnauthorizedException('a valid bearer token for /metrics is required');
  }
}
