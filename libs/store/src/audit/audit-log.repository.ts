import type { RedisConnection } from '../redis/redis-connection';
import type { KeySpace } from '../redis/key-space';

/** One change to what the screeners screen against, as the audit keeps it. */
export interface AuditRecord {
  /** The signed-in user, the API key's name, or the CLI's `--actor` / `$USER`. */
  readonly actor: string;
  /** What was done, e.g. `list.activate`, `list.import`, `profile.publish`, `exemption.create`. */
  readonly action: string;
  /** What it was done to, e.g. `list national v3`. */
  readonly subject: string;
  /** Why: required of every change. */
  readonly reason: string;
  /** ISO 8601. */
  readonly at: string;
  /** What changed, short (e.g. `+3 -1 ~2 entries`); JSON detail is welcome. */
  readonly summary: string;
}

/** A stored audit record with its stream id (ordered by time). */
export interface AuditEntry extends AuditRecord {
  readonly id: string;
  /** The activation number, on records written with an activation. */
  readonly activation?: number;
}

export class AuditError extends Error {
  override readonly name = 'AuditError';
}

const FIELDS = ['actor', 'action', 'subject', 'reason', 'at', 'summary'] as const;
/** The audit is a trail, not a log: it keeps this many records (about a million) before the oldest go. */
export const AUDIT_MAX_RECORDS = 1_000_000;

/**
 * The registry's audit trail: a Redis stream of who changed what, when, why, and what changed. A
 * record without an actor or a reason is refused, so no change goes unattributed.
 */
export class AuditLogRepository {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: KeySpace,
    private readonly maxRecords = AUDIT_MAX_RECORDS,
  ) {}

  async record(record: AuditRecord): Promise<AuditEntry> {
    for (const field of ['actor', 'action', 'subject', 'reason'] as const)
      if (!record[field]?.trim()) throw new AuditError(`an audit record needs a ${field}`);
    const id = await this.redis.xadd(
      this.keys.auditStream(),
      'MAXLEN',
      '~',
      String(this.maxRecords),
      '*',
      ...FIELDS.flatMap((field) => [field, record[field]]),
    );
    return { id: id as string, ...record };
  }

  /** The newest records first, optionally only one action's or one subject's. */
  async recent(options: { limit?: number; action?: string; subject?: string } = {}): Promise<AuditEntry[]> {
    const limit = options.limit ?? 100;
    const found: AuditEntry[] = [];
    let end = '+';
    while (found.length < limit) {
      const page = await this.redis.xrevrange(this.keys.auditStream(), end, '-', 'COUNT', 500);
      if (page.length === 0) break;
      for (const [id, fields] of page) {
        const entry = toEntry(id, fields);
        if (options.action && entry.action !== options.action) continue;
        if (options.subject && !entry.subject.startsWith(options.subject)) continue;
        found.push(entry);
        if (found.length === limit) break;
      }
      if (page.length < 500) break;
      end = `(${page[page.length - 1][0]}`;
    }
    return found;
  }
}

function toEntry(id: string, fields: string[]): AuditEntry {
  const values: Record<string, string> = {};
  for (let i = 0; i < fields.length; i += 2) values[fields[i]] = fields[i + 1];
  return {
    id,
    actor: values.actor ?? '',
    action: values.action ?? '',
    subject: values.subject ?? '',
    reason: values.reason ?? '',
    at: values.at ?? '',
    summary: values.summary ?? '',
    ...(values.activation !== undefined ? { activation: Number(values.activation) } : {}),
  };
}
