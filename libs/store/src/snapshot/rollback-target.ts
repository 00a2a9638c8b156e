import type { Activation } from './activation.model';

/**
 * The version of `list` that rollback returns to: the one in the most recent earlier activation
 * whose version of that list differs from the active one (undefined when no earlier activation
 * screened against another version of it). `history` is newest first.
 */
export function listRollbackTarget(
  active: Activation | undefined,
  history: readonly Activation[],
  list: string,
): number | undefined {
  const now = active?.lists[list];
  for (const previous of history) {
    const version = previous.lists[list];
    if (version !== undefined && version !== now) return version;
  }
  return undefined;
}

/** The profile version rollback returns to, by the same rule as for a list. */
export function profileRollbackTarget(
  active: Activation | undefined,
  history: readonly Activation[],
): Activation['profile'] | undefined {
  for (const previous of history) {
    const { id, version } = previous.profile;
    if (!active || id !== active.profile.id || version !== active.profile.version) return previous.profile;
  }
  return undefined;
}
