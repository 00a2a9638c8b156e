import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Body, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@salw/auth';
import { actorOf } from '../shared/actor-of';
import { changeBy } from '../shared/change';
import { parseListName } from '../shared/parse-version';
import { RegistryError } from '../shared/registry.error';
import { ImportService, type ImportKind } from './import.service';
import { RegistryController } from '../shared/registry-controller.decorator';

/** The body types `POST /imports/...` reads as text (see create-registry-app). */
export const IMPORT_CONTENT_TYPES = [
  'application/xml',
  'text/xml',
  'text/csv',
  'application/x-ndjson',
  'application/jsonl',
  'text/plain',
];

/** Watchlist imports over REST (administrators): the file is the request body. */
@RegistryController('imports')
export class ImportsController {
  constructor(@Inject(ImportService) private readonly imports: ImportService) {}

  @Post(':kind')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      'Import a watchlist as a new version (not active): kind un-sc (UN XML) or national (JSON Lines or CSV); dryRun=true only compares with the active version',
  })
  @ApiConsumes(...IMPORT_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string' } })
  @ApiQuery({ name: 'reason', required: false, description: 'required unless dryRun=true' })
  @ApiQuery({ name: 'list', required: false })
  @ApiQuery({ name: 'dryRun', required: false })
  async import(
    @Param('kind') kind: string,
    @Body() body: unknown,
    @Query() query: Record<string, string | undefined>,
    @CurrentPrincipal() principal: Principal,
  ) {
    if (kind !== 'un-sc' && kind !== 'national')
      throw new RegistryError('not-found', `no import kind "${kind}"; use un-sc or national`);
    if (typeof body !== 'string' || body.length === 0)
      throw new RegistryError(
        'invalid',
        `send the file as the body with Content-Type ${IMPORT_CONTENT_TYPES.join(', ')}`,
      );
    const dryRun = query.dryRun === 'true';
    const change = dryRun ? undefined : changeBy(actorOf(principal), query.reason);
    const list = query.list === undefined ? undefined : parseListName(query.list);
    const name = kind === 'un-sc' ? 'list.xml' : body.trimStart().startsWith('{') ? 'list.jsonl' : 'list.csv';
    const dir = await mkdtemp(join(tmpdir(), 'salw-registry-import-'));
    try {
      const path = join(dir, name);
      await writeFile(path, body);
      return await this.imports.import({ kind: kind as ImportKind, path, list, dryRun }, change);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
