import type { Activation, ActivationRequest, AuditRecord, SnapshotStoreRepository } from '@salw/store';
import { RegistryError, storeRefusalAs } from './registry.error';

/** Who asks for a change and why: every change to what the screeners use carries both into the audit. */
export interface Change {
  readonly actor: string;
  readonly reason: string;
}

/** The change an actor asks for, refused without a reason (a change nobody can explain cannot be reviewed). */
export function changeBy(actor: string, reason: unknown): Change {
  if (typeof reason !== 'string' || reason.trim() === '')
    throw new RegistryError(
      'invalid',
      'a reason is required for every change (--reason "..." / "reason" in the body)',
    );
  if (reason.length > 1000) throw new RegistryError('invalid', 'the reason must be at most 1000 characters');
  if (!actor.trim()) throw new RegistryError('invalid', 'the change has no actor');
  return { actor, reason: reason.trim() };
}

/** What a change did, as the audit names it: the action, its subject, and a summary a reviewer reads. */
export interface ChangeRecord {
  readonly action: string;
  readonly subject: string;
  readonly summary: string;
}

/** What a change did, as the audit names it: the action, its subject, and a summary a reviewer reads. */
export interface ChangeRecord {
  readonly action: string;
  readonly subject: string;
  readonly summary: string;
}

/** The audit record of `change` doing `what`, at `at` (now unless given). */
export function auditRecordOf(change: Change, what: ChangeRecord, at: Date = new Date()): AuditRecord {
  return {
    actor: change.actor,
    action: what.action,
    subject: what.subject,
    reason: change.reason,
    at: at.toISOString(),
    summary: what.summary,
  };
}

/** An activation of `target` (a profile version, list versions) by `change`, audited as `what` in the same atomic step. */
export function activationBy(
  change: Change,
  target: Pick<ActivationRequest, 'profile' | 'lists'>,
  what: ChangeRecord,
): ActivationRequest {
  return { ...target, actor: change.actor, reason: change.reason, audit: what };
}

/**
 * Activates `target` for `change` in one atomic step with its audit record; the store's refusal (a
 * version gone, say) is a conflict.
 */
export function activateAudited(
  store: SnapshotStoreRepository,
  change: Change,
  target: Pick<ActivationRequest, 'profile' | 'lists'>,
  what: ChangeRecord,
): Promise<Activation> {
  return storeRefusalAs('conflict', () => store.activate(activationBy(change, target, what), new Date()));
}
