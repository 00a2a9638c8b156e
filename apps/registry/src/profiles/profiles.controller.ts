import { Body, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@salw/auth';
import { actorOf } from '../shared/actor-of';
import { changeBy } from '../shared/change';
import { parseVersion } from '../shared/parse-version';
import { parseProfileRef, ProfileRegistryService } from './profile-registry.service';
import { RegistryController } from '../shared/registry-controller.decorator';

/** Risk profiles over REST: listed, validated and compared by analysts; published and switched by administrators. */
@RegistryController('profiles')
export class ProfilesController {
  constructor(@Inject(ProfileRegistryService) private readonly profiles: ProfileRegistryService) {}

  @Get()
  @Roles('analyst', 'admin')
  @ApiOperation({ summary: 'Every stored profile version, marking the active one' })
  all() {
    return this.profiles.list();
  }

  @Get('diff')
  @Roles('analyst', 'admin')
  @ApiOperation({
    summary: 'Indicators, params and thresholds changed between two profile versions (ID:VERSION)',
  })
  @ApiQuery({ name: 'from', required: true, example: 'salw-default:3' })
  @ApiQuery({ name: 'to', required: true, example: 'salw-default:4' })
  diff(@Query('from') from: string, @Query('to') to: string) {
    return this.profiles.diff(parseProfileRef(String(from)), parseProfileRef(String(to)));
  }

  @Post('validate')
  @HttpCode(200)
  @Roles('analyst', 'admin')
  @ApiOperation({ summary: 'Check a self-contained profile document as the screener would compile it' })
  @ApiBody({ schema: { type: 'object' } })
  validate(@Body() document: unknown) {
    const outcome = this.profiles.validate(document);
    return outcome.ok ? { ok: true, id: outcome.id, version: outcome.version } : outcome;
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Publish a valid profile version as a draft (not active)' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['profile', 'reason'],
      properties: { profile: { type: 'object' }, reason: { type: 'string' } },
    },
  })
  publish(@Body() body: { profile?: unknown; reason?: unknown }, @CurrentPrincipal() principal: Principal) {
    return this.profiles.publish(body?.profile, changeBy(actorOf(principal), body?.reason));
  }

  @Post(':id/versions/:version/activate')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Make a stored profile version the active one (atomic, announced, audited)' })
  @ApiBody({ schema: { type: 'object', required: ['reason'], properties: { reason: { type: 'string' } } } })
  activate(
    @Param('id') id: string,
    @Param('version') version: string,
    @Body() body: { reason?: unknown },
    @CurrentPrincipal() principal: Principal,
  ) {
    const ref = parseProfileRef(`${id}:${parseVersion(version)}`);
    return this.profiles.activate(ref, changeBy(actorOf(principal), body?.reason));
  }

  @Post('rollback')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Return to the profile version the previous activation used (audited)' })
  @ApiBody({ schema: { type: 'object', required: ['reason'], properties: { reason: { type: 'string' } } } })
  rollback(@Body() body: { reason?: unknown }, @CurrentPrincipal() principal: Principal) {
    return this.profiles.rollback(changeBy(actorOf(principal), body?.reason));
  }
}
