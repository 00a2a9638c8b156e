import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { Principal } from '@salw/auth';
import type { AlertOutcome, Outcome } from '@salw/contracts';
import type { AlertDeskMetrics } from '../metrics/alert-desk.metrics';
import type { DeskAlertDetail } from './desk-alert.model';
import { ownershipFor, type OfficerAction } from './lifecycle';
import type { WorklistRepository } from './worklist.repository';

export interface ActionInput {
  readonly assignee?: string;
  readonly outcome?: Outcome;
  readonly note?: string;
}

/** The officer's use cases: each action checked against the role table, applied atomically, measured. */
export class DeskService {
  constructor(
    private readonly worklist: WorklistRepository,
    private readonly metrics: AlertDeskMetrics,
    private readonly onClosed: () => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async act(
    alertId: string,
    action: OfficerAction,
    principal: Principal,
    input: ActionInput = {},
  ): Promise<DeskAlertDetail> {
    const ownership = ownershipFor(action, principal.roles);
    if (!ownership)
      throw new ForbiddenException(
        `your roles (${principal.roles.join(', ')}) may not ${action.toLowerCase()} alerts`,
      );
    const row = await this.worklist.find(alertId);
    if (!row) throw new NotFoundException(`no alert ${alertId}`);
    const now = this.now();
    let outcome: string | undefined;
    if (action === 'CLOSE') {
      const payload: AlertOutcome = {
        alertId,
        declarationId: row.alert.declarationId,
        version: row.alert.version,
        status: 'CLOSED',
        outcome: input.outcome!,
        officer: principal.subject,
        ...(input.note ? { note: input.note } : {}),
        decidedAt: now.toISOString(),
        indicators: [...new Set(row.alert.hits.map((hit) => hit.indicator))],
      };
      outcome = JSON.stringify(payload);
    }
    const result = await this.worklist.transition({
      alertId,
      action,
      actor: principal.subject,
      ownership,
      now,
      assignee: action === 'ASSIGN' ? input.assignee : undefined,
      resolution: action === 'CLOSE' ? input.outcome : undefined,
      note: input.note,
      outcome,
    });
    if (result.kind === 'not-found') throw new NotFoundException(`no alert ${alertId}`);
    if (result.kind === 'conflict') {
      throw new ConflictException(
        `alert ${alertId} is ${result.status}${result.assignee ? ` (held by ${result.assignee})` : ''}; cannot ${action.toLowerCase()} it`,
      );
    }
    if (result.kind === 'not-yours') {
      throw new ConflictException(`alert ${alertId} is held by ${result.assignee ?? 'nobody'}, not by you`);
    }
    const receivedAt = Date.parse(row.state.receivedAt);
    if (action === 'CLAIM' || (action === 'ASSIGN' && result.from === 'NEW')) {
      this.metrics.timeToClaim.observe((now.getTime() - receivedAt) / 1000);
    }
    if (action === 'CLOSE') {
      this.metrics.timeToClose.observe((now.getTime() - receivedAt) / 1000);
      this.metrics.outcomes.inc({ outcome: input.outcome });
      this.onClosed();
    }
    return (await this.worklist.detail(alertId))!;
  }
}
