import { randomUUID } from 'node:crypto';
import type { Alert, Declaration, Severity } from '@salw/contracts';
import { SEVERITIES } from '@salw/contracts';
import type Redis from 'ioredis';
import {
  OPEN_STATUSES,
  type DeskAlert,
  type DeskAlertDetail,
  type DeskAlertState,
  type DeskStatus,
  type HistoryEntry,
} from './desk-alert.model';
import type { OfficerAction } from './lifecycle';
import { LIFECYCLE } from './lifecycle';
import { declarationIndexes, searchText, worklistIndexes } from './worklist-indexes';
import { ADD_INDEXES_LUA, FILTERED_PAGE_LUA, TRANSITION_LUA, UPSERT_ALERT_LUA } from './worklist.lua';
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

export interface OutboxEntry {
  readonly seq: number;
  readonly payload: string;
}

type RedisWithScripts = Redis & {
  deskUpsert(...args: (string | number)[]): Promise<number>;
  deskTransition(...args: (string | number)[]): Promise<string[]>;
  deskFilteredPage(...args: (string | number)[]): Promise<string[]>;
  deskAddIndexes(...args: (string | number)[]): Promise<number>;
};

/** The alert worklist in Redis: alerts, their state and history, filter indexes, live events, outbox. */
export class WorklistRepository {
  private readonly redis: RedisWithScripts;

  constructor(
    redis: Redis,
    /** Every key starts with it, e.g. `salw:desk:`. */
    readonly prefix: string,
    private readonly eventHistory: number,
  ) {
    this.redis = redis as RedisWithScripts;
    if (!('deskUpsert' in redis)) {
      redis.defineCommand('deskUpsert', { numberOfKeys: 0, lua: UPSERT_ALERT_LUA });
      redis.defineCommand('deskTransition', { numberOfKeys: 0, lua: TRANSITION_LUA });
      redis.defineCommand('deskFilteredPage', { numberOfKeys: 0, lua: FILTERED_PAGE_LUA });
      redis.defineCommand('deskAddIndexes', { numberOfKeys: 0, lua: ADD_INDEXES_LUA });
    }
  }

  /** Adds an alert once: a re-delivery of a known alertId changes nothing. */
  async upsertAlert(alert: Alert, now: Date): Promise<'new' | 'duplicate'> {
    const [added] = await this.upsertAlerts([alert], now);
    return added;
  }

  /**
   * Adds a batch of alerts in one pipeline: Redis runs the scripts in one pass of its event loop,
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
        this.prefix,
        alert.alertId,
        JSON.stringify(alert),
        alert.declarationId,
        alert.version,
        alert.severity,
        SEVERITIES.indexOf(alert.severity),
        alert.score,
        now.toISOString(),
        searchText(alert, declaration),
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
      this.prefix,
      alertId,
      searchText(alert, declaration),
      ...declarationIndexes(declaration),
    );
  }

  async transition(request: TransitionRequest): Promise<TransitionResult> {
    const rule = LIFECYCLE[request.action];
    const reply = await this.redis.deskTransition(
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

  /** One page in priority order with the total; reads only, so a query costs Redis no fsync. */
  async query(query: WorklistQuery): Promise<{ items: DeskAlert[]; total: number }> {
    const open =
      OPEN_STATUSES.length === query.statuses.length &&
      OPEN_STATUSES.every((s) => query.statuses.includes(s));
    const temporary: string[] = [];
    try {
      let source: string;
      if (open) source = this.key('open');
      else if (query.statuses.length === 1) source = this.key(`status:${query.statuses[0]}`);
      else {
        // An unusual mix of statuses (e.g. NEW and CLOSED): the only case that writes a scratch key.
        source = this.key(`tmp:${randomUUID()}`);
        temporary.push(source);
        const keys = query.statuses.map((status) => this.key(`status:${status}`));
        await this.redis
          .multi()
          .zunionstore(source, keys.length, ...keys)
          .pexpire(source, 30_000)
          .exec();
      }
      const filterNames = [
        query.severity && `sev:${query.severity}`,
        query.indicator && `ind:${query.indicator}`,
        query.office && `office:${query.office}`,
        query.mode && `mode:${query.mode}`,
        query.country && `country:${query.country}`,
        query.trigger && `trigger:${query.trigger}`,
      ].filter((f): f is string => Boolean(f));
      const filters = filterNames.map((f) => this.key(`idx:${f}`));
      if (query.text && query.text.trim() !== '') return await this.textPage(source, filters, query);
      if (filters.length === 0) {
        const [ids, total] = await Promise.all([
          this.redis.zrange(source, query.offset, query.offset + query.limit - 1),
          this.redis.zcard(source),
        ]);
        return { items: await this.findMany(ids), total };
      }
      if (query.statuses.every((status) => OPEN_STATUSES.includes(status))) {
        // Per-filter sorted sets of open alerts (and the status set when only some open statuses are
        // asked for): walk the smallest, check the others.
        const keys = [...filterNames.map((f) => this.key(`oidx:${f}`)), ...(open ? [] : [source])];
        const sizes = await Promise.all(keys.map((key) => this.redis.zcard(key)));
        const ordered = keys
          .map((key, i) => [key, sizes[i]] as const)
          .sort((a, b) => a[1] - b[1])
          .map(([key]) => key);
        if (ordered.length === 1) {
          const ids = await this.redis.zrange(ordered[0], query.offset, query.offset + query.limit - 1);
          return { items: await this.findMany(ids), total: sizes[0] };
        }
        const [ids, total] = await Promise.all([
          this.redis.deskFilteredPage(ordered[0], query.offset, query.limit, ...ordered.slice(1)),
          this.redis.call('ZINTERCARD', ordered.length, ...ordered) as Promise<number>,
        ]);
        return { items: await this.findMany(ids), total: Number(total) };
      }
      // Closed or mixed statuses: the status set walked, checked against the filters' sets.
      const [ids, total] = await Promise.all([
        this.redis.deskFilteredPage(source, query.offset, query.limit, ...filters),
        this.redis.call('ZINTERCARD', 1 + filters.length, source, ...filters) as Promise<number>,
      ]);
      return { items: await this.findMany(ids), total: Number(total) };
    } finally {
      if (temporary.length > 0) await this.redis.del(...temporary);
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

  private async textPage(
    source: string,
    filters: readonly string[],
    query: WorklistQuery,
  ): Promise<{ items: DeskAlert[]; total: number }> {
    const needle = query.text!.trim().toLowerCase();
    const matched: string[] = [];
    let total = 0;
    const chunk = 1000;
    for (let start = 0; ; start += chunk) {
      const ids = await this.redis.zrange(source, start, start + chunk - 1);
      if (ids.length === 0) break;
      const pipeline = this.redis.pipeline().hmget(this.key('search'), ...ids);
      for (const filter of filters) pipeline.smismember(filter, ...ids);
      const [texts, ...memberships] = ((await pipeline.exec()) ?? []).map(([error, value]) => {
        if (error) throw error;
        return value as (string | null)[] | number[];
      });
      ids.forEach((id, i) => {
        const text = (texts as (string | null)[])[i];
        if (text?.includes(needle) && memberships.every((m) => (m as number[])[i] === 1)) {
          if (total >= query.offset && matched.length < query.limit) matched.push(id);
          total++;
        }
      });
    }
    return { items: await this.findMany(matched), total };
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
