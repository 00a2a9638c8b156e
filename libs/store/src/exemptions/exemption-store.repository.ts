import type { RedisConnection } from '../redis/redis-connection';
import {
  checkExemptionRequest,
  checkStoredExemption,
  EXEMPTION_MAX_DAYS,
  type Exemption,
} from '@salw/risk-engine';
import type { KeySpace } from '../redis/key-space';
import { ExemptionStoreError } from './exemption-store.error';

export type ExemptionFilter = 'active' | 'expired' | 'revoked' | 'all';

/** The exemptions a screener honours, and the revision they were read at. */
export interface LoadedExemptions {
  readonly revision: number;
  readonly exemptions: readonly Exemption[];
  /** Stored documents that no longer pass the checks (named, not applied). */
  readonly unreadable: readonly string[];
}

/**
 * Replaces a document only if it is still the one read, and announces the change, in one step: two
 * administrators revoking at once cannot both succeed, and no screener misses a change.
 * KEYS: exemptions hash, active set, revision counter, channel. ARGV: id, document read, new document.
 */
const REVOKE_SCRIPT = `
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return -1 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('ZREM', KEYS[2], ARGV[1])
local revision = redis.call('INCR', KEYS[3])
redis.call('PUBLISH', KEYS[4], ARGV[1])
return revision
`;

/**
 * Exemptions in Redis: every document in one hash by id (kept after expiry or revocation, for the
 * record), the ids in force in a sorted set by expiry, a revision counter and a channel that announce
 * each change. Expiry needs no change: the engine stops applying an exemption at its expiry on the
 * screening clock, and `loadActive` drops expired ids from the set.
 */
export class ExemptionStoreRepository {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: KeySpace,
    private readonly options: { readonly maxDays?: number } = {},
  ) {}

  /** Checks and stores a new exemption recorded by `author` at `now`; announces it. */
  async add(request: unknown, author: string, now: Date): Promise<Exemption> {
    const checked = checkExemptionRequest(request, now, this.options.maxDays ?? EXEMPTION_MAX_DAYS);
    if (!checked.ok)
      throw new ExemptionStoreError(
        'INVALID',
        `exemption refused: ${checked.violations.map((v) => `${v.path}: ${v.message}`).join('; ')}`,
        checked.violations,
      );
    if (author.trim() === '') throw new ExemptionStoreError('INVALID', 'an exemption needs an author');
    const number = await this.redis.incr(this.keys.exemptionCounter());
    const exemption: Exemption = {
      id: `exm-${number}`,
      author,
      createdAt: now.toISOString(),
      ...checked.value,
    };
    await this.redis
      .multi()
      .hset(this.keys.exemptions(), exemption.id, JSON.stringify(exemption))
      .zadd(this.keys.exemptionsActive(), Date.parse(exemption.expiresAt), exemption.id)
      .incr(this.keys.exemptionsRevision())
      .publish(this.keys.exemptionsChannel(), exemption.id)
      .exec();
    return exemption;
  }

  async get(id: string): Promise<Exemption | undefined> {
    const text = await this.redis.hget(this.keys.exemptions(), id);
    return text === null ? undefined : parse(text);
  }

  /**
   * Revokes an exemption from `now` on, recording who and why; announces it. The document stays, with
   * its revocation, so a result screened before it can still be explained.
   */
  async revoke(id: string, by: string, reason: string, now: Date): Promise<Exemption> {
    if (reason.trim() === '') throw new ExemptionStoreError('INVALID', 'a revocation needs a reason');
    const text = await this.redis.hget(this.keys.exemptions(), id);
    if (text === null) throw new ExemptionStoreError('NOT_FOUND', `no exemption ${id}`);
    const current = parse(text);
    if (current.revoked)
      throw new ExemptionStoreError(
        'ALREADY_REVOKED',
        `exemption ${id} was revoked at ${current.revoked.at} by ${current.revoked.by}`,
      );
    const revoked: Exemption = { ...current, revoked: { at: now.toISOString(), by, reason } };
    const outcome = await this.redis.eval(
      REVOKE_SCRIPT,
      4,
      this.keys.exemptions(),
      this.keys.exemptionsActive(),
      this.keys.exemptionsRevision(),
      this.keys.exemptionsChannel(),
      id,
      text,
      JSON.stringify(revoked),
    );
    if (outcome === -1)
      throw new ExemptionStoreError('CONFLICT', `exemption ${id} changed meanwhile; read it again`);
    return revoked;
  }

  /**
   * Exemptions by state at `now`: active (in force), expired (not revoked, expiry passed), revoked,
   * or all; in id order.
   */
  async list(filter: ExemptionFilter, now: Date): Promise<Exemption[]> {
    const at = now.getTime();
    if (filter === 'active') {
      const ids = await this.redis.zrangebyscore(this.keys.exemptionsActive(), `(${at}`, '+inf');
      return this.read(ids).then((r) => r.exemptions);
    }
    const all = Object.values(await this.redis.hgetall(this.keys.exemptions())).map(parse);
    const chosen = all.filter((e) => {
      if (filter === 'revoked') return e.revoked !== undefined;
      if (filter === 'expired') return e.revoked === undefined && Date.parse(e.expiresAt) <= at;
      return true;
    });
    return chosen.sort(byId);
  }

  /** The current revision (0 before any exemption): what a screener compares with the one it holds. */
  async revision(): Promise<number> {
    return Number((await this.redis.get(this.keys.exemptionsRevision())) ?? 0);
  }

  /**
   * The exemptions in force at `now`, for a screener: expired ids are dropped from the active set
   * first; a document that fails the checks is named in `unreadable` and not applied.
   */
  async loadActive(now: Date): Promise<LoadedExemptions> {
    const at = now.getTime();
    const results = await this.redis
      .multi()
      .zremrangebyscore(this.keys.exemptionsActive(), '-inf', at)
      .get(this.keys.exemptionsRevision())
      .zrange(this.keys.exemptionsActive(), 0, -1)
      .exec();
    const revision = Number((results?.[1]?.[1] as string | null) ?? 0);
    const ids = (results?.[2]?.[1] as string[] | undefined) ?? [];
    return { revision, ...(await this.read(ids)) };
  }

  private async read(ids: readonly string[]): Promise<{ exemptions: Exemption[]; unreadable: string[] }> {
    if (ids.length === 0) return { exemptions: [], unreadable: [] };
    const texts = await this.redis.hmget(this.keys.exemptions(), ...ids);
    const exemptions: Exemption[] = [];
    const unreadable: string[] = [];
    texts.forEach((text, i) => {
      const checked = text === null ? undefined : checkStoredExemption(safeJson(text));
      if (checked?.ok) exemptions.push(checked.value);
      else unreadable.push(ids[i] as string);
    });
    return { exemptions: exemptions.sort(byId), unreadable };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parse(text: string): Exemption {
  const checked = checkStoredExemption(safeJson(text));
  if (!checked.ok)
    throw new ExemptionStoreError(
      'INVALID',
      `stored exemption unreadable: ${checked.violations.map((v) => `${v.path}: ${v.message}`).join('; ')}`,
    );
  return checked.value;
}

function byId(a: Exemption, b: Exemption): number {
  return Number(a.id.slice(4)) - Number(b.id.slice(4));
}
