import type { Alert, Declaration, Severity } from '@salw/contracts';
import { SEVERITIES } from '@salw/contracts';
import type { RedisConnection } from '@salw/store';
import {
  type DeskAlert,
  type DeskAlertDetail,
  type DeskAlertState,
  type DeskStatus,
  type HistoryEntry,
} from './desk-alert.model';
import type { OfficerAction } from './lifecycle';
import { LIFECYCLE } from './lifecycle';
import { planQuery } from './query-plan';
import { alertTokens } from './search-tokens';
import { declarationIndexes, worklistIndexes } from './worklist-indexes';
import { WORKLIST_PAGE_LUA } from './worklist-page.lua';
import { ADD_INDEXES_LUA, ARCHIVE_CLOSED_LUA, TRANSITION_LUA, UPSERT_ALERT_LUA } from './worklist.lua';
import type { WorklistQuery } from './worklist-query';

export type TransitionResult =
  | { readonly kind: 'ok'; readonly from: DeskStatus; readonly to: DeskStatus }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'conflict'; readonly status: DeskStatus; readonly assignee?: string }
  | { readonly kind: 'not-yours'; readonly assignee?: string };

export interface TransitionRequest {
  readonly alertId: string;
  readonly action: OfficerAction;
  readonly actor: string;
  readonly ownership: 'any' | 'own';
  readonly now: Date;
  readonly assignee?: string;
  readonly resolution?: string;
  readonly note?: string;
  /** The AlertOutcome to publish, written to the outbox in the same script as the close. */
  readonly outcome?: string;
}

/** Words a search prefix expands to at most (in dictionary order). */
const PREFIX_EXPANSION_CAP = 64;

export interface WorklistPage {
  readonly items: DeskAlert[];
  readonly total: number;
  /** False when `total` is a lower bound (more than the count cap matched). */
  readonly totalExact: boolean;
}

export interface OutboxEntry {
  readonly seq: number;
  readonly payload: string;
}

type RedisWithScripts = RedisConnection & {
  deskUpsert(...args: (string | number)[]): Promise<number>;
  deskTransition(...args: (string | number)[]): Promise<string[]>;
  deskPage(...args: (string | number)[]): Promise<[number, number, ...(string | string[])[]]>;
  deskAddIndexes(...args: (string | number)[]): Promise<number>;
  deskArchiveClosed(...args: (string | number)[]): Promise<number>;
};

/** The alert worklist in Redis: alerts, their state and history, filter indexes, live events, outbox. */
export class WorklistRepository {
  private readonly redis: RedisWithScripts;
  /**
   * Every script is called with this one declared key, in the desk's slot, and builds the rest from
   * the prefix: on a Redis Cluster the client sends a script to the node that owns its first key, and
   * the desk's keys share one hash tag ({desk}), so they are all local there (docs/redis.md).
   */
  private readonly routingKey: string;

  constructor(
    redis: RedisConnection,
    /** Every key starts with it, e.g. `salw:desk:`. */
    readonly prefix: string,
    private readonly eventHistory: number,
    /** Matches a multi-set page counts exactly before it says "at least" (`totalExact: false`). */
    private readonly countCap = 1000,
  ) {
    this.redis = redis as RedisWithScripts;
    this.routingKey = `${prefix}route`;
    if (!('deskUpsert' in redis)) {
      redis.defineCommand('deskUpsert', { numberOfKeys: 1, lua: UPSERT_ALERT_LUA });
      redis.defineCommand('deskTransition', { numberOfKeys: 1, lua: TRANSITION_LUA });
      redis.defineCommand('deskPage', { numberOfKeys: 1, lua: WORKLIST_PAGE_LUA });
      redis.defineCommand('deskAddIndexes', { numberOfKeys: 1, lua: ADD_INDEXES_LUA });
      redis.defineCommand('deskArchiveClosed', { numberOfKeys: 1, lua: ARCHIVE_CLOSED_LUA });
    }
  }

  /** Adds an alert once: a re-delivery of a known alertId changes nothing. */
  async upsertAlert(alert: Alert, now: Date): Promise<'new' | 'duplicate'> {
    const [added] = await this.upsertAlerts([alert], now);
    return added;
  }

  /**
   * Adds a batch of alerts in one pipeline: RedisConnection runs the scripts in one pass of its event loop,
   * so `appendfsync always` costs one fsync for the batch, not one per alert.
   */
  async upsertAlerts(alerts: readonly Alert[], now: Date): Promise<('new' | 'duplicate')[]> {
    if (alerts.length === 0) return [];
    const raw = await this.redis.mget(
      alerts.map((a) => this.key(`declaration:${a.declarationId}:${a.version}`)),
    );
    const pipeline = this.redis.pipeline() as unknown as {
      deskUpsert(...args: (string | number)[]): void;
      exec(): Promise<[Error | null, unknown][] | null>;
    };
    alerts.forEach((alert, i) => {
      const declaration = raw[i] === null ? undefined : (JSON.parse(raw[i]!) as Declaration);
      pipeline.deskUpsert(
        this.routingKey,
        this.prefix,
        alert.alertId,
        JSON.stringify(alert),
        alert.declarationId,
        alert.version,
        alert.severity,
        SEVERITIES.indexOf(alert.severity),
        alert.score,
        now.toISOString(),
        alertTokens(alert, declaration).join(','),
        this.eventHistory,
        `${alert.profile.id}:${alert.profile.version}`,
        [...new Set(alert.hits.map((hit) => hit.indicator))].join(','),
        ...worklistIndexes(alert, declaration),
      );
    });
    const replies = (await pipeline.exec()) ?? [];
    return replies.map(([error, added]) => {
      if (error) throw error;
      return added === 1 ? 'new' : 'duplicate';
    });
  }

  /**
   * Keeps a declaration version for the alert detail; when its alert came first (the two topics are
   * read independently), the alert gets the declaration's filters now.
   */
  async storeDeclaration(declaration: Declaration, ttlSeconds: number): Promise<void> {
    const key = this.key(`declaration:${declaration.declarationId}:${declaration.version}`);
    await this.redis
      .multi()
      .set(key, JSON.stringify(declaration), 'EX', ttlSeconds)
      .zadd(
        this.key(`declaration-versions:${declaration.declarationId}`),
        declaration.version,
        String(declaration.version),
      )
      .expire(this.key(`declaration-versions:${declaration.declarationId}`), ttlSeconds)
      .exec();
    const alertId = await this.redis.hget(
      this.key(`declaration-alerts:${declaration.declarationId}`),
      String(declaration.version),
    );
    if (alertId === null) return;
    const raw = await this.redis.get(this.key(`alert:${alertId}`));
    if (raw === null) return;
    const alert = JSON.parse(raw) as Alert;
    await this.redis.deskAddIndexes(
      this.routingKey,
      this.prefix,
      alertId,
      alertTokens(alert, declaration).join(','),
      ...declarationIndexes(declaration),
    );
  }

  async transition(request: TransitionRequest): Promise<TransitionResult> {
    const rule = LIFECYCLE[request.action];
    const reply = await this.redis.deskTransition(
      this.routingKey,
      this.prefix,
      request.alertId,
      request.action,
      request.actor,
      request.now.toISOString(),
      rule.from.join(','),
      rule.to ?? '',
      request.ownership,
      request.assignee ?? (request.action === 'CLAIM' ? request.actor : rule.to === 'NEW' ? '-' : ''),
      request.resolution ?? '',
      request.note ?? '',
      request.outcome ?? '',
      this.eventHistory,
      rule.event,
    );
    switch (reply[0]) {
      case 'OK':
        return { kind: 'ok', from: reply[1] as DeskStatus, to: reply[2] as DeskStatus };
      case 'NOT_FOUND':
        return { kind: 'not-found' };
      case 'CONFLICT':
        return { kind: 'conflict', status: reply[1] as DeskStatus, assignee: reply[2] || undefined };
      default:
        return { kind: 'not-yours', assignee: reply[1] || undefined };
    }
  }

  async find(alertId: string): Promise<DeskAlert | undefined> {
    const [row] = await this.findMany([alertId]);
    return row;
  }

  async detail(alertId: string): Promise<DeskAlertDetail | undefined> {
    const row = await this.find(alertId);
    if (!row) return undefined;
    const { declarationId, version } = row.alert;
    const [history, declaration, seen, alerted] = await Promise.all([
      this.redis.lrange(this.key(`history:${alertId}`), 0, -1),
      this.findDeclaration(declarationId, version),
      this.redis.zrange(this.key(`declaration-versions:${declarationId}`), 0, -1),
      this.redis.hgetall(this.key(`declaration-alerts:${declarationId}`)),
    ]);
    const versions = [...new Set([...seen, ...Object.keys(alerted)].map(Number))]
      .sort((a, b) => a - b)
      .map((v) => ({ version: v, alertId: alerted[String(v)] }));
    return {
      ...row,
      history: history.map((line) => JSON.parse(line) as HistoryEntry),
      declaration,
      versions,
    };
  }

  async history(alertId: string): Promise<HistoryEntry[]> {
    const lines = await this.redis.lrange(this.key(`history:${alertId}`), 0, -1);
    return lines.map((line) => JSON.parse(line) as HistoryEntry);
  }

  /**
   * One page in priority order with the total, in one read-only script (`worklist-page.lua.ts`) over
   * the sorted sets `planQuery` picks. The total is exact up to `countCap` matches; beyond that, for a
   * page that intersects several sets, it is a lower bound (`totalExact: false`).
   */
  async query(query: WorklistQuery): Promise<WorklistPage> {
    const [total, exact, ...rest] = await this.redis.deskPage(
      this.routingKey,
      this.prefix,
      query.offset,
      query.limit,
      this.countCap,
      PREFIX_EXPANSION_CAP,
      ...planQuery(query).terms,
    );
    const items: DeskAlert[] = [];
    for (let i = 0; i + 2 < rest.length; i += 3) {
      const raw = rest[i + 1] as string;
      const fields = rest[i + 2] as string[];
      if (raw === '' || fields.length === 0) continue;
      const state: Record<string, string> = {};
      for (let f = 0; f + 1 < fields.length; f += 2) state[fields[f]] = fields[f + 1];
      const alert = JSON.parse(raw) as Alert;
      items.push({ alert, severity: alert.severity, state: toState(state) });
    }
    return { items, total: Number(total), totalExact: Number(exact) === 1 };
  }

  /**
   * Takes closed alerts closed at or before `cutoff` out of the queue indexes (status, filters, words),
   * a batch at a time; their alert, history and outcome stay readable. Returns how many left.
   */
  async archiveClosed(cutoff: Date, batch = 500): Promise<number> {
    let archived = 0;
    for (;;) {
      const n = Number(
        await this.redis.deskArchiveClosed(this.routingKey, this.prefix, cutoff.getTime(), batch),
      );
      archived += n;
      if (n < batch) return archived;
    }
  }

  /** Open and closed counts per status and severity, kept by the scripts (no scan). */
  async counts(): Promise<Record<DeskStatus, Record<Severity, number>>> {
    const raw = await this.redis.hgetall(this.key('counts'));
    const counts = {} as Record<DeskStatus, Record<Severity, number>>;
    for (const status of ['NEW', 'CLAIMED', 'UNDER_EXAMINATION', 'CLOSED'] as const) {
      counts[status] = Object.fromEntries(
        SEVERITIES.map((s) => [s, Number(raw[`${status}|${s}`] ?? 0)]),
      ) as Record<Severity, number>;
    }
    return counts;
  }

  /** Hits and outcomes per profile version, day and indicator (fields `profile|day|indicator|HIT-or-outcome`). */
  async performanceCounts(): Promise<Record<string, number>> {
    const raw = await this.redis.hgetall(this.key('performance'));
    return Object.fromEntries(Object.entries(raw).map(([field, n]) => [field, Number(n)]));
  }

  /** Milliseconds since epoch at which the oldest alert still NEW became NEW. */
  async oldestNewSince(): Promise<number | undefined> {
    const [, score] = await this.redis.zrange(this.key('new-since'), 0, 0, 'WITHSCORES');
    return score === undefined ? undefined : Number(score);
  }

  async outboxAfter(seq: number, limit: number): Promise<OutboxEntry[]> {
    const members = await this.redis.zrangebyscore(this.key('outbox'), `(${seq}`, '+inf', 'LIMIT', 0, limit);
    return members.map((member) => {
      const space = member.indexOf(' ');
      return { seq: Number(member.slice(0, space)), payload: member.slice(space + 1) };
    });
  }

  async trimOutbox(upToSeq: number): Promise<void> {
    await this.redis.zremrangebyscore(this.key('outbox'), '-inf', upToSeq);
  }

  /** Live events after `lastId` (exclusive), oldest first: what an SSE client resuming missed. */
  async eventsAfter(lastId: string, count: number): Promise<{ id: string; data: string }[]> {
    const entries = await this.redis.xrange(this.key('events'), `(${lastId}`, '+', 'COUNT', count);
    return entries.map(([id, fields]) => ({ id, data: fields[1] }));
  }

  eventsKey(): string {
    return this.key('events');
  }

  private async findMany(ids: readonly string[]): Promise<DeskAlert[]> {
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.get(this.key(`alert:${id}`)).hgetall(this.key(`state:${id}`));
    const replies = (await pipeline.exec()) ?? [];
    const rows: DeskAlert[] = [];
    for (let i = 0; i < ids.length; i++) {
      const raw = replies[2 * i]?.[1] as string | null;
      const state = replies[2 * i + 1]?.[1] as Record<string, string>;
      if (!raw || !state?.status) continue;
      const alert = JSON.parse(raw) as Alert;
      rows.push({ alert, severity: alert.severity, state: toState(state) });
    }
    return rows;
  }

  private async findDeclaration(declarationId: string, version: number): Promise<Declaration | undefined> {
    const raw = await this.redis.get(this.key(`declaration:${declarationId}:${version}`));
    return raw === null ? undefined : (JSON.parse(raw) as Declaration);
  }

  private key(suffix: string): string {
    return `${this.prefix}${suffix}`;
  }
}

function toState(hash: Record<string, string>): DeskAlertState {
  const optional = (name: string) => (hash[name] === undefined || hash[name] === '' ? undefined : hash[name]);
  return {
    status: hash['status'] as DeskStatus,
    assignee: optional('assignee'),
    resolution: optional('resolution') as DeskAlertState['resolution'],
    note: optional('note'),
    receivedAt: hash['receivedAt'],
    claimedAt: optional('claimedAt'),
    closedAt: optional('closedAt'),
    supersededBy: optional('supersededBy'),
    supersedes: optional('supersedes'),
  };
}
