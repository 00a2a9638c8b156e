import { Body, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@salw/auth';
import { actorOf } from '../shared/actor-of';
import { changeBy } from '../shared/change';
import { parseListName, parseVersion } from '../shared/parse-version';
import { ListRegistryService } from './list-registry.service';
import { RegistryController } from '../shared/registry-controller.decorator';

/** Lists and their versions over REST: read and compared by analysts, switched by administrators. */
@RegistryController('lists')
export class ListsController {
  constructor(@Inject(ListRegistryService) private readonly lists: ListRegistryService) {}

  @Get()
  @Roles('analyst', 'admin')
  @ApiOperation({
    summary: 'Every stored list: active version, latest version, versions kept, rollback target',
  })
  all() {
    return this.lists.lists();
  }

  @Get(':list/versions')
  @Roles('analyst', 'admin')
  @ApiOperation({
    summary: 'The stored versions of a list with entry counts, source version, importer and time',
  })
  versions(@Param('list') list: string) {
    return this.lists.versionsOf(parseListName(list));
  }

  @Get(':list/diff')
  @Roles('analyst', 'admin')
  @ApiOperation({ summary: 'Entries added, removed and changed from one version to another, with names' })
  @ApiQuery({ name: 'from', required: true })
  @ApiQuery({ name: 'to', required: true })
  diff(@Param('list') list: string, @Query('from') from: string, @Query('to') to: string) {
    return this.lists.diff(parseListName(list), parseVersion(from, 'from'), parseVersion(to, 'to'));
  }

  @Post(':list/activate')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Make a stored version the active one (atomic, announced, audited)' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['version', 'reason'],
      properties: { version: { type: 'integer' }, reason: { type: 'string' } },
    },
  })
  activate(
    @Param('list') list: string,
    @Body() body: { version?: unknown; reason?: unknown },
    @CurrentPrincipal() principal: Principal,
  ) {
    const change = changeBy(actorOf(principal), body?.reason);
    return this.lists.activate(parseListName(list), parseVersion(body?.version), change);
  }

  @Post(':list/rollback')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Return the list to the version the previous activation used (audited)' })
  @ApiBody({ schema: { type: 'object', required: ['reason'], properties: { reason: { type: 'string' } } } })
  rollback(
    @Param('list') list: string,
    @Body() body: { reason?: unknown },
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.lists.rollback(parseListName(list), changeBy(actorOf(principal), body?.reason));
  }
}
