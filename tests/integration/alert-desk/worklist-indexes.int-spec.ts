import Redis, { Cluster } from 'ioredis';
import { SEVERITIES, type Alert } from '@salw/contracts';
import { OPEN_STATUSES, type DeskStatus } from '../../../apps/alert-desk/src/worklist/desk-alert.model';
import { alertTokens, textTerms } from '../../../apps/alert-desk/src/worklist/search-tokens';
import { worklistIndexes } from '../../../apps/alert-desk/src/worklist/worklist-indexes';
import type { WorklistQuery } from '../../../apps/alert-desk/src/worklist/worklist-query';
import { WorklistRepository } from '../../../apps/alert-desk/src/worklist/worklist.repository';
import { LocalCluster } from '../redis-ha/support/local-cluster';
import { redisBinariesPresent } from '../redis-ha/support/redis-node';
import { PrivateRedis } from './support/private-redis';
import { INDICATORS, OFFICES, variedAlert } from './support/varied-alerts';

/** What the worklist should answer, computed the slow way from the alerts themselves. */
interface Expected {
  readonly alert: Alert;
  readonly filters: Set<string>;
  readonly tokens: string[];
  status: DeskStatus;
  readonly arrival: number;
}

function expectedPage(rows: readonly Expected[], query: WorklistQuery): { ids: string[]; total: number } {
  const wanted = [
    query.severity && `sev:${query.severity}`,
    query.indicator && `ind:${query.indicator}`,
    query.office && `office:${query.office}`,
    query.country && `country:${query.country}`,
  ].filter(Boolean) as string[];
  const terms = query.text ? textTerms(query.text) : [];
  const matching = rows
    .filter((r) => query.statuses.includes(r.status))
    .filter((r) => wanted.every((f) => r.filters.has(f)))
    .filter((r) =>
      terms.every((t) => r.tokens.some((tok) => (t.prefix ? tok.startsWith(t.token) : tok === t.token))),
    )
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(b.alert.severity) - SEVERITIES.indexOf(a.alert.severity) ||
        b.alert.score - a.alert.score ||
        a.arrival - b.arrival,
    );
  return {
    ids: matching.slice(query.offset, query.offset + query.limit).map((r) => r.alert.alertId),
    total: matching.length,
  };
}

/** Where the worklist lives: one Redis, or a Redis Cluster (the desk's keys then share the hash tag {desk}). */
interface Backend {
  start(): Promise<Redis | Cluster>;
  stop(): Promise<void>;
  prefix(run: string): string;
}

function singleNode(): Backend {
  const server = new PrivateRedis();
  return {
    start: async () => {
      await server.start();
      return new Redis(server.url);
    },
    stop: () => server.stop(),
    prefix: (run) => `it-${run}:desk:`,
  };
}

function threeMasterCluster(): Backend {
  let cluster: LocalCluster | undefined;
  return {
    start: async () => {
      cluster = await LocalCluster.start(3);
      const client = new Cluster(cluster.nodes.map((n) => ({ host: '127.0.0.1', port: n.port })));
      await client.ping();
      return client;
    },
    stop: async () => cluster?.stop(),
    prefix: (run) => `it-${run}:{desk}:`,
  };
}

const BACKENDS: [string, () => Backend][] = [['one Redis', singleNode]];
if (redisBinariesPresent()) BACKENDS.push(['a 3-master Redis Cluster', threeMasterCluster]);

describe.each(BACKENDS)(
  'worklist indexes on %s: filters, free text and the retention of closed alerts',
  (_, backendOf) => {
    const backend = backendOf();
    let redis: Redis | Cluster;
    let worklist: WorklistRepository;
    const rows: Expected[] = [];
    const run = `ix${Date.now().toString(36)}`;

    beforeAll(async () => {
      redis = await backend.start();
      worklist = new WorklistRepository(redis, backend.prefix(run), 1000);
      const items = Array.from({ length: 400 }, (_, i) => variedAlert(i, run));
      // Half the declarations come before their alert, half after it (their filters and words arrive late).
      for (const { declaration } of items.slice(0, 200)) await worklist.storeDeclaration(declaration, 3600);
      for (let i = 0; i < items.length; i++) {
        await worklist.upsertAlert(items[i].alert, new Date());
        rows.push({
          alert: items[i].alert,
          filters: new Set(worklistIndexes(items[i].alert, items[i].declaration)),
          tokens: alertTokens(items[i].alert, items[i].declaration),
          status: 'NEW',
          arrival: i,
        });
      }
      for (const { declaration } of items.slice(200)) await worklist.storeDeclaration(declaration, 3600);
      for (const [i, row] of rows.entries()) {
        if (i % 3 === 0) continue;
        const claim = await worklist.transition({
          alertId: row.alert.alertId,
          action: 'CLAIM',
          actor: 'ada',
          ownership: 'any',
          now: new Date(),
        });
        expect(claim.kind).toBe('ok');
        row.status = 'CLAIMED';
        if (i % 3 === 2) {
          await worklist.transition({
            alertId: row.alert.alertId,
            action: 'CLOSE',
            actor: 'ada',
            ownership: 'own',
            now: new Date(),
            resolution: i % 2 ? 'NO_FIND' : 'SEIZURE',
            note: 'checked',
          });
          row.status = 'CLOSED';
        }
      }
    }, 120_000);

    afterAll(async () => {
      redis.disconnect();
      await backend.stop();
    });

    const open = OPEN_STATUSES;
    const queries: [string, WorklistQuery][] = [
      ['open, no filter, second page', { statuses: open, offset: 50, limit: 50 }],
      ['one status and one filter', { statuses: ['NEW'], severity: 'HIGH', offset: 0, limit: 50 }],
      [
        'two filters',
        { statuses: open, severity: 'CRITICAL', indicator: INDICATORS[1], offset: 0, limit: 20 },
      ],
      [
        'three filters, one status',
        {
          statuses: ['CLAIMED'],
          indicator: INDICATORS[2],
          office: OFFICES[1],
          country: 'PA',
          offset: 0,
          limit: 50,
        },
      ],
      ['closed with a filter', { statuses: ['CLOSED'], office: OFFICES[3], offset: 0, limit: 50 }],
      [
        'a mix of statuses with a filter',
        { statuses: ['NEW', 'CLOSED'], severity: 'LOW', offset: 5, limit: 10 },
      ],
      ['a word of the goods', { statuses: open, text: 'hunting', offset: 0, limit: 50 }],
      [
        'a party name and a filter',
        { statuses: open, text: 'okafor trading', severity: 'MEDIUM', offset: 0, limit: 50 },
      ],
      ['a prefix of a name', { statuses: open, text: 'mens', offset: 0, limit: 50 }],
      ['a declaration id', { statuses: open, text: `DECL-${run}-17.`, offset: 0, limit: 50 }],
      [
        'a hit reason word and an office',
        { statuses: ['NEW'], text: 'CASH_PAYMENT', office: OFFICES[0], offset: 0, limit: 50 },
      ],
      ['accents and case folded', { statuses: open, text: 'TRAORÉ', offset: 0, limit: 50 }],
      ['a word no alert has', { statuses: open, text: 'zanzibar', severity: 'HIGH', offset: 0, limit: 50 }],
      [
        'the customs office as a word',
        { statuses: ['CLOSED'], text: OFFICES[2].toLowerCase(), offset: 0, limit: 50 },
      ],
    ];

    it.each(queries)('returns exactly the expected alerts in priority order: %s', async (_, query) => {
      const expected = expectedPage(rows, query);
      const page = await worklist.query(query);
      expect(page.items.map((row) => row.alert.alertId)).toEqual(expected.ids);
      expect(page.total).toBe(expected.total);
      expect(page.totalExact).toBe(true);
    });

    it('counts at most the cap for a page of several sets, saying the total is a lower bound', async () => {
      const capped = new WorklistRepository(redis, backend.prefix(run), 1000, 20);
      const query: WorklistQuery = { statuses: open, text: 'parts', offset: 10, limit: 15 };
      const expected = expectedPage(rows, query);
      expect(expected.total).toBeGreaterThan(30);
      const page = await capped.query(query);
      expect(page.items.map((row) => row.alert.alertId)).toEqual(expected.ids);
      expect(page).toMatchObject({ total: 25, totalExact: false });
    });

    it('walks a mix of statuses in priority order and stops counting past the cap', async () => {
      const capped = new WorklistRepository(redis, backend.prefix(run), 1000, 20);
      const query: WorklistQuery = { statuses: ['NEW', 'CLAIMED'], text: 'parts', offset: 0, limit: 30 };
      const expected = expectedPage(rows, query);
      const page = await capped.query(query);
      expect(page.items.map((row) => row.alert.alertId)).toEqual(expected.ids);
      expect(page.totalExact).toBe(false);
      expect(page.total).toBeGreaterThanOrEqual(30);
      expect(page.total).toBeLessThan(expected.total);
    });

    it('finds an alert by a word of its late declaration, and by its declaration id as typed', async () => {
      const late = rows[250];
      const page = await worklist.query({
        statuses: ['NEW', 'CLAIMED', 'UNDER_EXAMINATION', 'CLOSED'],
        text: late.alert.declarationId,
        offset: 0,
        limit: 50,
      });
      expect(page.items.map((row) => row.alert.alertId)).toContain(late.alert.alertId);
    });

    it('takes closed alerts out of the CLOSED queue, its filters and the search after the retention, keeping their history and outcome', async () => {
      const closed = rows.filter((r) => r.status === 'CLOSED');
      // Its id ends in a 3-digit number, a word of its own (one-letter words are not indexed).
      const searched = closed.find((r) => r.arrival >= 100)!;
      const byIdQuery: WorklistQuery = {
        statuses: ['NEW', 'CLOSED'],
        text: searched.alert.declarationId,
        offset: 0,
        limit: 50,
      };
      expect((await worklist.query(byIdQuery)).items.map((row) => row.alert.alertId)).toContain(
        searched.alert.alertId,
      );
      const performanceBefore = await worklist.performanceCounts();
      const closedQuery: WorklistQuery = { statuses: ['CLOSED'], offset: 0, limit: 200 };
      expect((await worklist.query(closedQuery)).total).toBe(closed.length);

      expect(await worklist.archiveClosed(new Date(Date.now() - 3_600_000))).toBe(0);
      expect((await worklist.query(closedQuery)).total).toBe(closed.length);

      expect(await worklist.archiveClosed(new Date(Date.now() + 1000))).toBe(closed.length);
      expect((await worklist.query(closedQuery)).total).toBe(0);
      expect((await worklist.query({ ...closedQuery, office: OFFICES[3] })).total).toBe(0);
      const byId = await worklist.query(byIdQuery);
      expect(byId.items.map((row) => row.alert.alertId)).not.toContain(searched.alert.alertId);
      // The open queue is untouched.
      const openQuery: WorklistQuery = {
        statuses: open,
        severity: 'HIGH',
        text: 'parts',
        offset: 0,
        limit: 50,
      };
      expect((await worklist.query(openQuery)).items.map((r) => r.alert.alertId)).toEqual(
        expectedPage(rows, openQuery).ids,
      );

      const detail = await worklist.detail(closed[0].alert.alertId);
      expect(detail?.state).toMatchObject({
        status: 'CLOSED',
        resolution: expect.stringMatching(/NO_FIND|SEIZURE/),
      });
      expect(detail?.history.map((h) => h.action)).toEqual(['RECEIVED', 'CLAIM', 'CLOSE']);
      expect(await worklist.performanceCounts()).toEqual(performanceBefore);
    });

    it('puts an archived alert back into the queue indexes when a supervisor reopens it', async () => {
      const row = rows.find((r) => r.status === 'CLOSED' && r.arrival >= 100)!;
      const reopened = await worklist.transition({
        alertId: row.alert.alertId,
        action: 'REOPEN',
        actor: 'chief',
        ownership: 'any',
        now: new Date(),
      });
      expect(reopened.kind).toBe('ok');
      const newQueue: WorklistQuery = { statuses: ['NEW'], offset: 0, limit: 200 };
      for (const query of [
        { ...newQueue, text: row.alert.declarationId },
        { ...newQueue, severity: row.alert.severity },
      ]) {
        expect((await worklist.query(query)).items.map((r) => r.alert.alertId)).toContain(row.alert.alertId);
      }
    });
  },
);
