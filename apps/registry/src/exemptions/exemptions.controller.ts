import { Body, Delete, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@salw/auth';
import type { ExemptionFilter } from '@salw/store';
import { actorOf } from '../shared/actor-of';
import { changeBy } from '../shared/change';
import { ExemptionRegistryService } from './exemption-registry.service';
import { RegistryController } from '../shared/registry-controller.decorator';

/** Exemptions over REST: recorded and revoked by administrators, read by analysts (docs/exemptions.md). */
@RegistryController('exemptions')
export class ExemptionsController {
  constructor(@Inject(ExemptionRegistryService) private readonly exemptions: ExemptionRegistryService) {}

  @Get()
  @Roles('analyst', 'admin')
  @ApiOperation({ summary: 'Exemptions by state (active by default), with author, reason and expiry' })
  @ApiQuery({ name: 'state', required: false, enum: ['active', 'expired', 'revoked', 'all'] })
  list(@Query('state') state?: string) {
    return this.exemptions.list((state ?? 'active') as ExemptionFilter);
  }

  @Get(':id')
  @Roles('analyst', 'admin')
  @ApiOperation({ summary: 'One exemption and where it stands' })
  one(@Param('id') id: string) {
    return this.exemptions.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary:
      'Record an exemption: a false list match (PARTY_NOT_LISTED) or an indicator exempted on a lane (INDICATOR); audited',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'reason', 'expiresAt'],
      properties: {
        kind: { type: 'string', enum: ['PARTY_NOT_LISTED', 'INDICATOR'] },
        party: { type: 'object' },
        entry: { type: 'object', properties: { list: { type: 'string' }, entryId: { type: 'string' } } },
        indicator: { type: 'string' },
        subject: { type: 'object' },
        lane: { type: 'object' },
        reason: { type: 'string' },
        expiresAt: { type: 'string', format: 'date-time' },
      },
    },
  })
  create(@Body() body: unknown, @CurrentPrincipal() principal: Principal) {
    return this.exemptions.create(body, actorOf(principal));
  }

  @Delete(':id')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Revoke an exemption from now on, with a reason (the record stays; audited)' })
  @ApiBody({ schema: { type: 'object', required: ['reason'], properties: { reason: { type: 'string' } } } })
  revoke(
    @Param('id') id: string,
    @Body() body: { reason?: unknown } | undefined,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.exemptions.revoke(id, changeBy(actorOf(principal), body?.reason));
  }
}
