import { RegistryError } from './registry.error';

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
