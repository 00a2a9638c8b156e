import { Body, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBody, ApiOperation } from '@nestjs/swagger';
import { Roles } from '@salw/auth';
import { parseProfileRef } from '../profiles/profile-registry.service';
import { RegistryError } from '../shared/registry.error';
import { parseListVersion, parseSince } from './backtest-request';
import { BacktestService } from './backtest.service';
import { RegistryController } from '../shared/registry-controller.decorator';

interface BacktestBody {
  profile?: unknown;
  lists?: unknown;
  since?: unknown;
  listed?: unknown;
}

/** Backtests over REST: an analyst's question, answered from past declarations; nothing is changed. */
@RegistryController('backtests')
export class BacktestsController {
  constructor(@Inject(BacktestService) private readonly backtests: BacktestService) {}

  @Post()
  @HttpCode(200)
  @Roles('analyst', 'admin')
  @ApiOperation({
    summary:
      'Screen the declarations since a time with the active snapshot and a candidate (stored profile version and/or list versions); returns the comparison',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['since'],
      properties: {
        profile: { type: 'string', example: 'salw-default:5' },
        lists: { type: 'array', items: { type: 'string' }, example: ['national:7'] },
        since: { type: 'string', example: '7d or 2026-12-01T00:00:00Z' },
        listed: { type: 'integer', minimum: 0, maximum: 1000 },
      },
    },
  })
  run(@Body() body: BacktestBody) {
    if (typeof body?.since !== 'string')
      throw new RegistryError('invalid', 'since: required, an ISO time or Nd');
    if (body.profile !== undefined && typeof body.profile !== 'string')
      throw new RegistryError('invalid', 'profile: must be ID:VERSION');
    if (
      body.lists !== undefined &&
      !(Array.isArray(body.lists) && body.lists.every((l) => typeof l === 'string'))
    )
      throw new RegistryError('invalid', 'lists: must be an array of LIST:VERSION');
    const listed = body.listed === undefined ? undefined : Number(body.listed);
    if (listed !== undefined && !(Number.isInteger(listed) && listed >= 0 && listed <= 1000))
      throw new RegistryError('invalid', 'listed: must be an integer 0-1000');
    return this.backtests.run({
      profile: body.profile === undefined ? undefined : parseProfileRef(body.profile),
      lists: Object.fromEntries(((body.lists as string[] | undefined) ?? []).map(parseListVersion)),
      source: { since: parseSince(body.since, new Date()) },
      listed,
    });
  }
}
