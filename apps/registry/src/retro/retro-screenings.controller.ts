import { Body, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBody, ApiOperation } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@salw/auth';
import { parseSince } from '../backtest/backtest-request';
import { actorOf } from '../shared/actor-of';
import { changeBy } from '../shared/change';
import { parseListName, parseVersion } from '../shared/parse-version';
import { RetroScreeningService } from './retro-screening.service';
import { RegistryController } from '../shared/registry-controller.decorator';

interface RetroBody {
  list?: unknown;
  version?: unknown;
  from?: unknown;
  since?: unknown;
  dryRun?: unknown;
  reason?: unknown;
}

/** Retro-screening by hand over REST (administrators): publishes RETRO results and alerts, audited. */
@RegistryController('retro-screenings')
export class RetroScreeningsController {
  constructor(@Inject(RetroScreeningService) private readonly retro: RetroScreeningService) {}

  @Post()
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      'Re-screen the declarations since a time against the entries a list version added or changed; RETRO results and alerts are published once',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['list', 'reason'],
      properties: {
        list: { type: 'string' },
        version: { type: 'integer' },
        from: { type: 'integer' },
        since: { type: 'string', example: '30d or 2026-11-01T00:00:00Z' },
        dryRun: { type: 'boolean' },
        reason: { type: 'string' },
      },
    },
  })
  run(@Body() body: RetroBody, @CurrentPrincipal() principal: Principal) {
    const change = changeBy(actorOf(principal), body?.reason);
    return this.retro.run(
      {
        list: parseListName(body?.list),
        version: body.version === undefined ? undefined : parseVersion(body.version),
        from: body.from === undefined ? undefined : parseVersion(body.from, 'from'),
        since: body.since === undefined ? undefined : parseSince(String(body.since), new Date()),
        dryRun: body.dryRun === true,
      },
      change,
    );
  }
}
