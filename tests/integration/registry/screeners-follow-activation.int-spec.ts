import type { Declaration, ScreeningResult } from '@salw/contracts';
import { KeySpace, ScreenerHeartbeatRepository, SnapshotStoreRepository } from '@salw/store';
import { runRegistryCli } from '../../../apps/registry/src/cli/registry.cli';
import { ScreenerDirectoryService } from '../../../apps/registry/src/screeners/screener-directory.service';
import { generatedDeclarations } from '../screener/support/declaration-sets';
import { ScreenerTestBed } from '../screener/support/screener-test-bed';
import type { ScreenerProcess } from '../screener/support/screener-process';
import { waitUntil } from '../screener/support/wait-until';
import { withChildLogs } from '../screener/support/with-child-logs';
import { partyEntry, RegistryBed } from './support/registry-bed';

const NEWLY_LISTED = 'Tramontane Ordnance Logistics FZCO';
const ENTRY_ID = 'NAT-IT-7001';

/**
 * Two running screeners (child processes, one consumer group, real broker and Redis) follow what the
 * registry activates: each reports the activation in its readiness and its heartbeat, results use the
 * new list, and a rollback takes both back.
 */
describe('registry: running screeners follow activation and rollback', () => {
  let bed: ScreenerTestBed;
  let files: RegistryBed;
  let screeners: ScreenerProcess[];
  let directory: ScreenerDirectoryService;

  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runRegistryCli(
      ['--actor', 'it-admin', ...argv],
      { out: (t) => out.push(t), err: (t) => err.push(t) },
      bed.env(),
    );
    if (code !== 0) throw new Error(`registry ${argv.join(' ')} exited with ${code}: ${err.join('\n')}`);
    return out.join('\n');
  };

  const activationInReadiness = async (screener: ScreenerProcess): Promise<number | undefined> => {
    const { status, body } = await screener.readiness();
    if (status !== 200) return undefined;
    const match = /"snapshot":\{[^}]*"activation":(\d+)/.exec(body);
    return match ? Number(match[1]) : undefined;
  };

  const bothOn = async (activation: number) => {
    let last = '';
    await waitUntil(
      `both screeners to report activation ${activation} in readiness and heartbeat`,
      async () => {
        const ready = await Promise.all(screeners.map(activationInReadiness));
        const seen = await directory.directory();
        last = `readiness ${JSON.stringify(ready)}, heartbeats ${JSON.stringify(seen.screeners)}`;
        return (
          ready.every((n) => n === activation) &&
          seen.screeners.filter((s) => s.activation === activation && s.current).length === 2
        );
      },
      { timeoutMs: 60_000, intervalMs: 200, progress: () => last },
    );
  };

  beforeAll(async () => {
    bed = await ScreenerTestBed.create('registry');
    files = new RegistryBed('screeners-files');
    await bed.seed();
    screeners = [
      await bed.startScreener({ SCREENER_INSTANCE: 'screener-a', SCREENER_HEARTBEAT_SECONDS: '1' }),
      await bed.startScreener({ SCREENER_INSTANCE: 'screener-b', SCREENER_HEARTBEAT_SECONDS: '1' }),
    ];
    const redis = bed.redis();
    const keys = new KeySpace(bed.redisKeyPrefix);
    directory = new ScreenerDirectoryService(
      new ScreenerHeartbeatRepository(redis, keys),
      new SnapshotStoreRepository(redis, keys),
    );
  });

  afterAll(async () => {
    await bed?.close();
    await files?.close();
  });

  it(
    'both screeners switch to an activated version, screen with it, and return to the previous one on rollback',
    withChildLogs(
      () => bed,
      async () => {
        const seeded = await directory.directory();
        await bothOn(seeded.activation!);

        const file = files.nationalListWith('with-new-entry', [partyEntry(ENTRY_ID, NEWLY_LISTED)]);
        expect(await cli('import', 'national', file, '--reason', 'listed by circular 7/2026')).toContain(
          'stored list "national" v2',
        );
        await cli('activate', 'national', '2', '--reason', 'circular 7/2026 in force');
        const activated = (await directory.directory()).activation!;
        await bothOn(activated);
        expect(await cli('screeners')).toMatch(/screener-a\s+\d+\s+yes/);

        // Declarations on every partition (so both screeners take some) are screened with the new list.
        const templates = generatedDeclarations(`registry-${bed.id}`, 12, 0);
        const listed: Declaration[] = templates.map((t, i) => ({
          ...t,
          declarationId: `${t.declarationId}-R${i}`,
          parties: { ...t.parties, consignee: { ...t.parties.consignee, name: NEWLY_LISTED } },
        }));
        const outputs = await bed.outputs();
        await bed.produceDeclarations(listed);
        const resultOf = (id: string) => {
          const record = outputs.records(bed.topics.screeningResults).find((r) => r.key === id);
          return record?.value ? (JSON.parse(record.value.toString('utf8')) as ScreeningResult) : undefined;
        };
        await outputs.waitFor(
          'results of every listed declaration',
          () => listed.every((d) => resultOf(d.declarationId)),
          60_000,
        );
        for (const declaration of listed) {
          const result = resultOf(declaration.declarationId)!;
          expect(result.watchlists.lists.national).toBe(2);
          expect(
            result.hits.some(
              (hit) => (hit.evidence as { entryId?: string } | undefined)?.entryId === ENTRY_ID,
            ),
          ).toBe(true);
        }

        await cli('rollback', 'national', '--reason', 'circular withdrawn');
        const rolledBack = (await directory.directory()).activation!;
        expect(rolledBack).toBeGreaterThan(activated);
        await bothOn(rolledBack);
        const seen = await directory.directory();
        expect(seen.screeners.map((s) => [s.instance, s.lists?.national])).toEqual([
          ['screener-a', 1],
          ['screener-b', 1],
        ]);
      },
    ),
    180_000,
  );
});
