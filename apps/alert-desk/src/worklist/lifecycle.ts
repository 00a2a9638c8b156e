import type { Role } from '@salw/auth';
import type { DeskAction, DeskStatus } from './desk-alert.model';

export type OfficerAction = Exclude<DeskAction, 'RECEIVED' | 'SUPERSEDE'>;

export interface ActionRule {
  readonly from: readonly DeskStatus[];
  /** Undefined: the status stays. */
  readonly to?: DeskStatus;
  /** Who may act on any alert; `ownRoles` may act only on an alert assigned to them. */
  readonly anyRoles: readonly Role[];
  readonly ownRoles: readonly Role[];
  /** The live event announced to SSE clients. */
  readonly event: string;
}

/**
 * The alert lifecycle NEW -> CLAIMED -> UNDER_EXAMINATION -> CLOSED, as data: the Lua transition
 * applies whichever rule it is handed, so this table is the one place the lifecycle is written.
 * Supervisors release, assign and reopen; an officer works only the alerts they hold.
 */
export const LIFECYCLE: Readonly<Record<OfficerAction, ActionRule>> = {
  CLAIM: {
    from: ['NEW'],
    to: 'CLAIMED',
    anyRoles: ['officer', 'supervisor'],
    ownRoles: [],
    event: 'claimed',
  },
  EXAMINE: {
    from: ['CLAIMED'],
    to: 'UNDER_EXAMINATION',
    anyRoles: ['supervisor'],
    ownRoles: ['officer'],
    event: 'examined',
  },
  NOTE: {
    from: ['NEW', 'CLAIMED', 'UNDER_EXAMINATION'],
    anyRoles: ['supervisor'],
    ownRoles: ['officer'],
    event: 'noted',
  },
  CLOSE: {
    from: ['CLAIMED', 'UNDER_EXAMINATION'],
    to: 'CLOSED',
    anyRoles: ['supervisor'],
    ownRoles: ['officer'],
    event: 'closed',
  },
  RELEASE: {
    from: ['CLAIMED', 'UNDER_EXAMINATION'],
    to: 'NEW',
    anyRoles: ['supervisor'],
    ownRoles: ['officer'],
    event: 'released',
  },
  ASSIGN: {
    from: ['NEW', 'CLAIMED', 'UNDER_EXAMINATION'],
    to: 'CLAIMED',
    anyRoles: ['supervisor'],
    ownRoles: [],
    event: 'assigned',
  },
  REOPEN: { from: ['CLOSED'], to: 'NEW', anyRoles: ['supervisor'], ownRoles: [], event: 'reopened' },
};

/** 'any' when a role may act on every alert, 'own' when only on its own, undefined when not at all. */
export function ownershipFor(action: OfficerAction, roles: readonly Role[]): 'any' | 'own' | undefined {
  const rule = LIFECYCLE[action];
  if (roles.some((role) => rule.anyRoles.includes(role))) return 'any';
  if (roles.some((role) => rule.ownRoles.includes(role))) return 'own';
  return undefined;
}
