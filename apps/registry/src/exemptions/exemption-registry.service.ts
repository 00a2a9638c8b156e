import type { Exemption } from '@salw/risk-engine';
import {
  ExemptionStoreError,
  type AuditLogRepository,
  type ExemptionFilter,
  type ExemptionStoreRepository,
} from '@salw/store';
import type { Change } from '../shared/change';
import { RegistryError } from '../shared/registry.error';
import { describeExemption, exemptionState } from './describe-exemption';

export const EXEMPTION_FILTERS: readonly ExemptionFilter[] = ['active', 'expired', 'revoked', 'all'];

/** An exemption as listed: the document and where it stands now. */
export type ListedExemption = Exemption & { readonly state: 'active' | 'expired' | 'revoked' };

/**
 * Exemptions for the REST API and the CLI alike: recorded and revoked with an audit record naming
 * the actor, the reason and what is exempted; listed by state. The store announces each change, so
 * running screeners reload; an exemption expires by itself (docs/exemptions.md).
 */
export class ExemptionRegistryService {
  /** The time changes are recorded at; replaced in tests. */
  now: () => Date = () => new Date();

  constructor(
    private readonly store: ExemptionStoreRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  /** Records what `actor` submits; the exemption's own reason is the audit's reason. */
  async create(request: unknown, actor: string): Promise<Exemption> {
    if (!actor.trim()) throw new RegistryError('invalid', 'the change has no actor');
    const now = this.now();
    const exemption = await this.store.add(request, actor, now).catch(refusal);
    await this.audit.record({
      actor,
      action: 'exemption.create',
      subject: `exemption ${exemption.id}`,
      reason: exemption.reason,
      at: now.toISOString(),
      summary: `${exemption.kind}: ${describeExemption(exemption)}`,
    });
    return exemption;
  }

  async list(filter: ExemptionFilter = 'active'): Promise<ListedExemption[]> {
    if (!EXEMPTION_FILTERS.includes(filter))
      throw new RegistryError(
        'invalid',
        `state must be one of ${EXEMPTION_FILTERS.join(', ')}, not "${filter}"`,
      );
    const now = this.now();
    const found = await this.store.list(filter, now);
    return found.map((e) => ({ ...e, state: exemptionState(e, now) }));
  }

  async get(id: string): Promise<ListedExemption> {
    const found = await this.store.get(id).catch(refusal);
    if (found === undefined) throw new RegistryError('not-found', `no exemption ${id}`);
    return { ...found, state: exemptionState(found, this.now()) };
  }

  /** Revokes from now on; the document stays, with who revoked it and why. */
  async revoke(id: string, change: Change): Promise<Exemption> {
    const now = this.now();
    const revoked = await this.store.revoke(id, change.actor, change.reason, now).catch(refusal);
    await this.audit.record({
      actor: change.actor,
      action: 'exemption.revoke',
      subject: `exemption ${id}`,
      reason: change.reason,
      at: now.toISOString(),
      summary: `revoked: ${describeExemption(revoked)}`,
    });
    return revoked;
  }
}

function refusal(error: unknown): never {
  if (!(error instanceof ExemptionStoreError)) throw error;
  const kind = error.code === 'INVALID' ? 'invalid' : error.code === 'NOT_FOUND' ? 'not-found' : 'conflict';
  throw new RegistryError(
    kind,
    error.message,
    error.violations.length > 0 ? { violations: error.violations } : undefined,
  );
}
