import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@salw/auth';
import { AlertDeskMetrics } from '../metrics/alert-desk.metrics';
import { WorklistRepository } from '../worklist/worklist.repository';
import { LiveEventsHub, type LiveEvent } from './live-events.hub';

interface SseRequest {
  readonly headers: Record<string, string | string[] | undefined>;
  on(event: 'close', listener: () => void): void;
}

interface SseResponse {
  writeHead(status: number, headers: Record<string, string>): void;
  write(chunk: string): boolean;
}

/** Stream ids are `ms-seq`; compares them in stream order. */
function after(a: string, b: string): boolean {
  const [am, as] = a.split('-').map(BigInt);
  const [bm, bs] = b.split('-').map(BigInt);
  return am > bm || (am === bm && as > bs);
}

const STREAM_ID = /^\d{1,20}-\d{1,20}$/;

/** Server-sent events of worklist changes (new, claimed, closed...), resumable with Last-Event-ID. */
@ApiTags('alerts')
@ApiCookieAuth()
@Controller('api/events')
export class EventsController {
  constructor(
    @Inject(LiveEventsHub) private readonly hub: LiveEventsHub,
    @Inject(WorklistRepository) private readonly worklist: WorklistRepository,
    @Inject(AlertDeskMetrics) private readonly metrics: AlertDeskMetrics,
  ) {}

  @Get()
  @Roles('officer', 'supervisor', 'analyst', 'admin')
  @ApiOperation({ summary: 'text/event-stream of changes; send Last-Event-ID to receive what was missed' })
  async stream(@Req() request: SseRequest, @Res() response: SseResponse): Promise<void> {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    response.write('retry: 2000\n\n');
    let last = String(request.headers['last-event-id'] ?? '');
    const buffered: LiveEvent[] = [];
    let replaying = STREAM_ID.test(last);
    const send = (event: LiveEvent) => {
      if (last && STREAM_ID.test(last) && !after(event.id, last)) return;
      last = event.id;
      response.write(`id: ${event.id}\nevent: change\ndata: ${event.data}\n\n`);
    };
    const unsubscribe = this.hub.subscribe((event) => (replaying ? buffered.push(event) : send(event)));
    this.metrics.sseClients.set(this.hub.clients);
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
    request.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      this.metrics.sseClients.set(this.hub.clients);
    });
    while (replaying) {
      const missed = await this.worklist.eventsAfter(last, 500);
      for (const event of missed) send(event);
      if (missed.length < 500) replaying = false;
    }
    for (const event of buffered.splice(0)) send(event);
  }
}
