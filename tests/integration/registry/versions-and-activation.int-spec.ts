import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Redis from 'ioredis';
import type { Declaration } from '@salw/contracts';
import { buildStoredSnapshot } from '@salw/risk-engine';
import { InMemoryBatchHistory, InMemoryScreeningLedger, screenBatch } from '@salw/screening';
import { KeySpace, SnapshotStoreRepository, type Activation, type AuditEntry } from '@salw/store';
import { redisUrl } from '../support/kafka-kit';
import { sampleDeclarations } from '../screener/support/declaration-sets';
import { partyEntry, REPO_ROOT, RegistryBed, SAMPLE_NATIONAL } from './support/registry-bed';

const NEWLY_LISTED = 'Harmattan Vektor Armaments Trading SARL';
const FIXED_NOW = new Date('2026-12-01T12:00:00Z');

/** Screens the same declarations against whatever is active now, through the screening core; the results as one string. */
async function screenWithActive(bed: RegistryBed, declarations: readonly Declaration[]): Promise<string> {
  const loaded = await new SnapshotStoreRepository(bed.redis, new KeySpace(bed.prefix)).loadActive();
  if (!loaded) throw new Error('nothing is active');
  const { outcomes } = await screenBatch(
    declarations.map((d, i) => ({
      value: JSON.stringify(d),
      key: d.declarationId,
      position: { partition: 0, offset: String(i) },
    })),
    { ledger: new InMemoryScreeningLedger(), history: new InMemoryBatchHistory() },
    { snapshot: buildStoredSnapshot(loaded), now: FIXED_NOW },
  );
  return outcomes.map((o) => JSON.stringify(o.kind === 'screened' ? o.result : o)).join('\n');
}

/**
 * Lists change through the registry: an import is a new version that is not active, activation is one
 * atomic step with an audit record naming who and why, rollback returns to the previous version
 * exactly, concurrent activations take turns, and old versions go except those still needed.
 */
describe('registry: versions, activation, rollback and audit (real Redis)', () => {
  const bed = new RegistryBed('versions', { REGISTRY_KEEP_VERSIONS: '3' });

  beforeAll(() => {
    const seeded = spawnSync(
      join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['apps/registry/src/cli/registry.cli.ts', 'seed', '--watchlist', SAMPLE_NATIONAL],
      {
        cwd: REPO_ROOT,
        env: { ...bed.env(), USER: 'seeder' },
        encoding: 'utf8',
      },
    );
    if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  });

  afterAll(() => bed.close());

  it('seeds through the registry: profile and list activated in one step, audited with the reason "seed"', async () => {
    const audit = await bed.json<AuditEntry[]>('audit');
    expect(audit.map((a) => [a.action, a.actor, a.reason])).toEqual([
      ['seed.activate', 'seeder', 'seed'],
      ['list.import', 'seeder', 'seed'],
    ]);
    const lists = await bed.json<{ list: string; active: number }[]>('lists');
    expect(lists).toEqual([expect.objectContaining({ list: 'national', active: 1, latest: 1, versions: 1 })]);
  });

  it('shows a dry run as the diff against the active version, with names, and stores nothing', async () => {
    const file = bed.nationalListWith('dry', [partyEntry('NAT-IT-1', NEWLY_LISTED)], ['NAT-0002']);
    const run = await bed.cli('--actor', 'ana', 'import', 'national', file, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.out).toContain('1 added, 1 removed, 0 changed, 16 unchanged');
    expect(run.out).toContain(`+ NAT-IT-1  ${NEWLY_LISTED}`);
    expect(run.out).toContain('- NAT-0002  Kano Allied Ventures Ltd');
    expect((await bed.json<unknown[]>('versions', 'national')).length).toBe(1);
  });

  it('refuses every change without --reason and changes nothing', async () => {
    const file = bed.nationalListWith('no-reason', [partyEntry('NAT-IT-1', NEWLY_LISTED)]);
    const imported = await bed.cli('--actor', 'ana', 'import', 'national', file);
    expect(imported.code).toBe(2);
    expect(imported.err).toContain('--reason');
    const activated = await bed.cli('--actor', 'ana', 'activate', 'national', '1');
    expect(activated.code).toBe(2);
    expect((await bed.json<unknown[]>('versions', 'national')).length).toBe(1);
    expect((await bed.json<AuditEntry[]>('audit')).length).toBe(2);
  });

  it('activates an imported version and rolls back to the previous one with results byte-identical to before; the audit names the actor', async () => {
    const consignee = sampleDeclarations()[0];
    const declarations: Declaration[] = [
      ...sampleDeclarations().slice(0, 60),
      {
        ...consignee,
        declarationId: `${consignee.declarationId}-LISTED`,
        parties: { ...consignee.parties, consignee: { ...consignee.parties.consignee, name: NEWLY_LISTED } },
      },
    ];
    const before = await screenWithActive(bed, declarations);

    const file = bed.nationalListWith('v2', [partyEntry('NAT-IT-1', NEWLY_LISTED)]);
    const imported = await bed.cli(
      '--actor',
      'ana',
      'import',
      'national',
      file,
      '--reason',
      'CIRC 12/2026 lists Harmattan Vektor',
    );
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('stored list "national" v2');
    const activated = await bed.json<Activation>(
      '--actor',
      'ana',
      'activate',
      'national',
      '2',
      '--reason',
      'go live with CIRC 12/2026',
    );
    expect(activated.lists.national).toBe(2);
    const during = await screenWithActive(bed, declarations);
    expect(during).not.toBe(before);
    expect(during).toContain('NAT-IT-1');

    const rolledBack = await bed.json<Activation>(
      '--actor',
      'bob',
      'rollback',
      'national',
      '--reason',
      'false positives at the border',
    );
    expect(rolledBack.lists.national).toBe(1);
    expect(rolledBack.activation).toBeGreaterThan(activated.activation);
    expect(await screenWithActive(bed, declarations)).toBe(before);

    const [rollback, activation, importRecord] = await bed.json<AuditEntry[]>('audit', '--limit', '3');
    expect(rollback).toMatchObject({
      actor: 'bob',
      action: 'list.rollback',
      subject: 'list national v1',
      reason: 'false positives at the border',
      summary: '+0 -1 ~0 entries (v2 -> v1)',
      activation: rolledBack.activation,
    });
    expect(activation).toMatchObject({
      actor: 'ana',
      action: 'list.activate',
      subject: 'list national v2',
      summary: '+1 -0 ~0 entries (v1 -> v2)',
    });
    expect(importRecord).toMatchObject({ actor: 'ana', action: 'list.import', subject: 'list national v2' });
  });

  it('serialises concurrent activations: each gets its own number, none is lost, the pointer is the last one', async () => {
    const clients = Array.from({ length: 8 }, () => new Redis(redisUrl));
    try {
      const versions = await bed.json<{ version: number }[]>('versions', 'national');
      const [a, b] = versions.map((v) => v.version);
      const keys = new KeySpace(bed.prefix);
      const results = await Promise.all(
        clients.flatMap((client, i) =>
          [0, 1, 2].map((j) =>
            new SnapshotStoreRepository(client, keys).activate(
              { lists: { national: (i + j) % 2 === 0 ? a : b }, actor: `racer-${i}`, reason: 'race' },
              new Date(),
            ),
          ),
        ),
      );
      const numbers = results.map((r) => r.activation).sort((x, y) => x - y);
      expect(new Set(numbers).size).toBe(results.length);
      expect(numbers.at(-1)! - numbers[0]).toBe(results.length - 1);
      const last = results.find((r) => r.activation === numbers.at(-1))!;
      const store = new SnapshotStoreRepository(bed.redis, keys);
      expect(await store.getActive()).toEqual(last);
      const history = (await bed.redis.lrange(keys.activationHistory(), 0, results.length - 1)).map(
        (raw) => (JSON.parse(raw) as Activation).activation,
      );
      // Each replaced pointer went to the history once, newest first, down to the one active before the race.
      expect(history).toEqual([...numbers.slice(0, -1).reverse(), numbers[0] - 1]);
    } finally {
      await Promise.all(clients.map((c) => c.quit()));
    }
  });

  it('keeps the newest versions and never deletes the active version or the rollback target', async () => {
    await bed
      .json('--actor', 'ana', 'activate', 'national', '2', '--reason', 'v2 again')
      .catch(() => undefined);
    const active = (await bed.json<{ list: string; active: number; rollbackTo: number }[]>('lists'))[0];
    for (let i = 3; i <= 7; i++) {
      const file = bed.nationalListWith(`v${i}`, [partyEntry(`NAT-IT-${i}`, `Retention Test Company ${i}`)]);
      expect(
        (await bed.cli('--actor', 'ana', 'import', 'national', file, '--reason', `version ${i}`)).code,
      ).toBe(0);
    }
    const kept = (await bed.json<{ version: number }[]>('versions', 'national')).map((v) => v.version);
    expect(kept).toEqual([...new Set([active.rollbackTo, active.active, 5, 6, 7])].sort((x, y) => x - y));
  });
});
