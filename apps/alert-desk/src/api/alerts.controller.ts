import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBody,
  ApiCookieAuth,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@salw/auth';
import { OUTCOMES, type Outcome } from '@salw/contracts';
import { DeskService } from '../worklist/desk.service';
import type { OfficerAction } from '../worklist/lifecycle';
import { WorklistRepository } from '../worklist/worklist.repository';
import { parseListQuery } from './list-alerts.query';

const ID = /^[A-Za-z0-9._:-]{8,128}$/;

function checkId(id: string): string {
  if (!ID.test(id)) throw new BadRequestException('alert id must be 8-128 of A-Z a-z 0-9 . _ : -');
  return id;
}

function readNote(body: unknown, required: boolean): string | undefined {
  const note = (body as { note?: unknown } | undefined)?.note;
  if (note === undefined || note === '') {
    if (required) throw new BadRequestException('note is required');
    return undefined;
  }
  if (typeof note !== 'string' || note.length > 4096)
    throw new BadRequestException('note must be text of at most 4096 characters');
  return note;
}

/** The worklist over REST: read by every desk role, changed by officers and supervisors. */
@ApiTags('alerts')
@ApiCookieAuth()
@ApiSecurity('api-key')
@Controller('api/alerts')
export class AlertsController {
  constructor(
    @Inject(WorklistRepository) private readonly worklist: WorklistRepository,
    @Inject(DeskService) private readonly desk: DeskService,
  ) {}

  @Get()
  @Roles('officer', 'supervisor', 'analyst', 'admin')
  @ApiOperation({
    summary: 'A page of the worklist in priority order (severity, score, arrival), filtered',
    description:
      'Returns items, total, totalExact and counts. With several filters or words, total counts up to ' +
      '1,000 matches; past that it is a lower bound and totalExact is false.',
  })
  @ApiQuery({ name: 'status', required: false, description: 'comma list; open statuses by default' })
  @ApiQuery({ name: 'severity', required: false })
  @ApiQuery({ name: 'indicator', required: false })
  @ApiQuery({ name: 'office', required: false })
  @ApiQuery({ name: 'mode', required: false })
  @ApiQuery({ name: 'country', required: false })
  @ApiQuery({ name: 'trigger', required: false })
  @ApiQuery({
    name: 'q',
    required: false,
    description:
      'free text: every word (2+ letters or digits, case and accents folded) of ids, hit reasons, ' +
      'parties, goods, office; the last word, from 3 characters, also as a prefix',
  })
  @ApiQuery({ name: 'offset', required: false })
  @ApiQuery({ name: 'limit', required: false })
  async list(@Query() raw: Record<string, string | undefined>) {
    const query = parseListQuery(raw);
    const [page, counts] = await Promise.all([this.worklist.query(query), this.worklist.counts()]);
    return { ...page, counts };
  }

  @Get(':id')
  @Roles('officer', 'supervisor', 'analyst', 'admin')
  @ApiOperation({ summary: 'One alert with its hits, history, declaration and versions' })
  @ApiResponse({ status: 404, description: 'no such alert' })
  async detail(@Param('id') id: string) {
    const detail = await this.worklist.detail(checkId(id));
    if (!detail) throw new NotFoundException(`no alert ${id}`);
    return detail;
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Roles('officer', 'supervisor')
  @ApiOperation({ summary: 'Claim a NEW alert; 409 when someone else claimed it first' })
  claim(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.act(id, 'CLAIM', principal);
  }

  @Post(':id/examine')
  @HttpCode(200)
  @Roles('officer', 'supervisor')
  @ApiOperation({ summary: 'Start the physical examination of a claimed alert' })
  examine(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.act(id, 'EXAMINE', principal);
  }

  @Post(':id/notes')
  @HttpCode(200)
  @Roles('officer', 'supervisor')
  @ApiBody({ schema: { properties: { note: { type: 'string' } }, required: ['note'] } })
  note(@Param('id') id: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal) {
    return this.act(id, 'NOTE', principal, { note: readNote(body, true) });
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('officer', 'supervisor')
  @ApiOperation({ summary: 'Close with an outcome and a note; publishes one AlertOutcome' })
  @ApiBody({
    schema: {
      properties: { outcome: { enum: [...OUTCOMES] }, note: { type: 'string' } },
      required: ['outcome'],
    },
  })
  close(@Param('id') id: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal) {
    const outcome = (body as { outcome?: unknown } | undefined)?.outcome;
    if (!OUTCOMES.includes(outcome as Outcome))
      throw new BadRequestException(`outcome must be one of ${OUTCOMES.join(', ')}`);
    return this.act(id, 'CLOSE', principal, { outcome: outcome as Outcome, note: readNote(body, false) });
  }

  @Post(':id/release')
  @HttpCode(200)
  @Roles('officer', 'supervisor')
  @ApiOperation({ summary: 'Give a claimed alert back to the queue (own alerts; supervisors any)' })
  release(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.act(id, 'RELEASE', principal);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Roles('supervisor')
  @ApiBody({ schema: { properties: { assignee: { type: 'string' } }, required: ['assignee'] } })
  assign(@Param('id') id: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal) {
    const assignee = (body as { assignee?: unknown } | undefined)?.assignee;
    if (typeof assignee !== 'string' || !/^[A-Za-z0-9._:@-]{1,128}$/.test(assignee)) {
      throw new BadRequestException('assignee must be a user name');
    }
    return this.act(id, 'ASSIGN', principal, { assignee });
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Roles('supervisor')
  reopen(@Param('id') id: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal) {
    return this.act(id, 'REOPEN', principal, { note: readNote(body, false) });
  }

  private act(id: string, action: OfficerAction, principal: Principal, input = {}) {
    return this.desk.act(checkId(id), action, principal, input);
  }
}
