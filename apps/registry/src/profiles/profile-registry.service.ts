import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  compileProfile,
  ProfileError,
  validateProfileDocument,
  type RiskProfileDocument,
} from '@salw/risk-engine';
import { readProfileDocument } from '@salw/risk-engine/node';
import {
  profileRollbackTarget,
  type Activation,
  type AuditLogRepository,
  type SnapshotStoreRepository,
  type StoredProfileInfo,
  type StoredVersionsRepository,
} from '@salw/store';
import { activateAudited, auditRecordOf, type Change } from '../shared/change';
import { RegistryError, storeRefusalAs } from '../shared/registry.error';
import { diffProfiles, type ProfileDiff } from './profile-diff';

export interface ProfileProblem {
  readonly path: string;
  readonly message: string;
}

export type ProfileValidationOutcome =
  | {
      readonly ok: true;
      readonly id: string;
      readonly version: number;
      readonly document: RiskProfileDocument;
    }
  | { readonly ok: false; readonly problems: readonly ProfileProblem[] };

export interface ProfileRef {
  readonly id: string;
  readonly version: number;
}

/** `salw-default:4` or `salw-default@4` as a profile reference. */
export function parseProfileRef(text: string): ProfileRef {
  const match = /^([A-Za-z0-9._-]+)[:@]v?(\d+)$/.exec(text);
  if (!match)
    throw new RegistryError(
      'invalid',
      `"${text}" is not a profile version; write ID:VERSION, e.g. salw-default:4`,
    );
  return { id: match[1], version: Number(match[2]) };
}

/**
 * Risk profiles as versioned data: validated by the engine's own schema and compiler (every
 * problem named by its JSON path), published as a draft, compared, activated and rolled back with
 * an audit record written in the same step as the switch.
 */
export class ProfileRegistryService {
  constructor(
    private readonly store: SnapshotStoreRepository,
    private readonly versions: StoredVersionsRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  /** Reads a profile folder (or a `profile.json`) and checks it as the screener would compile it. */
  async validateDir(target: string): Promise<ProfileValidationOutcome> {
    let document: unknown;
    try {
      const file = (await stat(target)).isDirectory() ? join(target, 'profile.json') : target;
      document = await readProfileDocument(file);
    } catch (error) {
      if (error instanceof ProfileError) return { ok: false, problems: error.problems };
      return { ok: false, problems: [{ path: '(file)', message: (error as Error).message }] };
    }
    return this.validate(document);
  }

  /** Checks a self-contained profile document: schema first, then the engine's compilation. */
  validate(document: unknown): ProfileValidationOutcome {
    const checked = validateProfileDocument(document);
    if (!checked.ok)
      return { ok: false, problems: checked.violations.map((v) => ({ path: v.path, message: v.message })) };
    try {
      compileProfile(checked.value);
    } catch (error) {
      if (error instanceof ProfileError) return { ok: false, problems: error.problems };
      throw error;
    }
    return { ok: true, id: checked.value.id, version: checked.value.version, document: checked.value };
  }

  /** Stores a valid profile version as a draft (not active). Publishing the same content again is harmless. */
  async publish(document: unknown, change: Change): Promise<ProfileRef & { created: boolean }> {
    const checked = this.validate(document);
    if (!checked.ok)
      throw new RegistryError(
        'invalid',
        `the profile is not valid:\n${checked.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
        { problems: checked.problems },
      );
    const saved = await storeRefusalAs('conflict', () => this.store.saveProfile(checked.document));
    if (saved.created) {
      const active = await this.store.getActive();
      const summary = active
        ? summariseDiff(
            diffProfiles(
              await this.versions.loadProfile(active.profile.id, active.profile.version),
              checked.document,
            ),
          )
        : 'first profile';
      await this.audit.record(
        auditRecordOf(change, {
          action: 'profile.publish',
          subject: `profile ${saved.id} v${saved.version}`,
          summary: `draft; against the active profile: ${summary}`,
        }),
      );
    }
    return saved;
  }

  async list(): Promise<(StoredProfileInfo & { active: boolean })[]> {
    const [profiles, active] = await Promise.all([this.versions.listProfiles(), this.store.getActive()]);
    return profiles.map((p) => ({
      ...p,
      active: active?.profile.id === p.id && active.profile.version === p.version,
    }));
  }

  async diff(from: ProfileRef, to: ProfileRef): Promise<ProfileDiff> {
    const [a, b] = await Promise.all([this.load(from), this.load(to)]);
    return diffProfiles(a, b);
  }

  async activate(ref: ProfileRef, change: Change): Promise<Activation> {
    const document = await this.load(ref);
    const active = await this.store.getActive();
    if (active && active.profile.id === ref.id && active.profile.version === ref.version)
      throw new RegistryError('conflict', `profile ${ref.id} v${ref.version} is already active`);
    const summary = active
      ? summariseDiff(diffProfiles(await this.load(active.profile), document))
      : 'first profile';
    return this.switchTo(ref, change, 'profile.activate', summary);
  }

  async rollback(change: Change): Promise<Activation> {
    const [active, history] = await Promise.all([this.store.getActive(), this.versions.activationHistory()]);
    const target = profileRollbackTarget(active, history);
    if (!target)
      throw new RegistryError('conflict', 'no earlier activation used another profile version to return to');
    const summary = active
      ? summariseDiff(diffProfiles(await this.load(active.profile), await this.load(target)))
      : 'first profile';
    return this.switchTo(target, change, 'profile.rollback', summary);
  }

  private async switchTo(
    ref: ProfileRef,
    change: Change,
    action: string,
    summary: string,
  ): Promise<Activation> {
    return activateAudited(
      this.store,
      change,
      { profile: ref },
      { action, subject: `profile ${ref.id} v${ref.version}`, summary },
    );
  }

  private async load(ref: ProfileRef): Promise<RiskProfileDocument> {
    return storeRefusalAs('not-found', () => this.versions.loadProfile(ref.id, ref.version));
  }
}

/** `indicators +1 -0 ~2 (CASH_PAYMENT, ...); thresholds ~1; other ~0` for the audit. */
export function summariseDiff(diff: ProfileDiff): string {
  const changed = Object.keys(diff.indicators);
  const named = [...diff.indicatorsAdded, ...diff.indicatorsRemoved, ...changed].slice(0, 8).join(', ');
  return `v${diff.from.version} -> v${diff.to.version}: indicators +${diff.indicatorsAdded.length} -${diff.indicatorsRemoved.length} ~${changed.length}${named ? ` (${named})` : ''}; thresholds ~${diff.thresholds.length}; other ~${diff.other.length}`;
}
