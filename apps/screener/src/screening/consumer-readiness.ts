import { Inject, Injectable } from '@nestjs/common';
import type { ReadinessCheck, ReadinessState } from '@salw/observability';
import { ScreenerEvents } from './screener-events';

/** Not ready while batches fail (Redis or the broker unavailable): consumption waits and retries. */
@Injectable()
export class ConsumerReadiness implements ReadinessCheck {
  readonly name = 'consumer';

  constructor(@Inject(ScreenerEvents) private readonly events: ScreenerEvents) {}

  isReady(): ReadinessState {
    const { healthy, reason } = this.events.consuming;
    return healthy ? { ready: true } : { ready: false, detail: { reason: reason ?? 'batches are failing' } };
  }
}
