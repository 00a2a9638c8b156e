import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditEntry } from '@salw/store';
import { SALW_DEFAULT_PROFILE_DIR } from '@salw/risk-engine/node';
import { RegistryBed, SAMPLE_NATIONAL } from './support/registry-bed';

/** The parts of profile.json these tests edit. */
interface EditableProfile {
  version: number;
  alertAt: string;
  thresholds: Record<string, number>;
  indicators: Record<string, { points: number }>;
}

/** A copy of the default profile with `edit` applied to its profile.json. */
function profileCopy(bed: RegistryBed, name: string, edit: (doc: EditableProfile) => void): string {
  const dir = join(bed.dir, name);
  cpSync(SALW_DEFAULT_PROFILE_DIR, dir, { recursive: true });
  const file = join(dir, 'profile.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as EditableProfile;
  edit(doc);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return dir;
}

/** Risk profiles as versioned data: validated like the screener compiles them, published as drafts, compared, switched, rolled back. */
describe('registry: risk profiles (real Redis)', () => {
  const bed = new RegistryBed('profiles');
  let current: { version: number; points: number; high: number };

  beforeAll(async () => {
    const doc = JSON.parse(
      readFileSync(join(SALW_DEFAULT_PROFILE_DIR, 'profile.json'), 'utf8'),
    ) as EditableProfile;
    current = { version: doc.version, points: doc.indicators.CASH_PAYMENT.points, high: doc.thresholds.HIGH };
    for (const argv of [
      ['profile', 'publish', SALW_DEFAULT_PROFILE_DIR],
      ['profile', 'activate', 'salw-default', String(current.version)],
      ['import', 'national', SAMPLE_NATIONAL],
      ['activate', 'national', '1'],
    ])
      expect((await bed.cli('--actor', 'setup', ...argv, '--reason', 'setup')).code).toBe(0);
  });

  afterAll(() => bed.close());

  it('refuses an invalid profile naming each problem by its JSON path, and stores nothing', async () => {
    const dir = profileCopy(bed, 'bad', (doc) => {
      doc.version = current.version + 1;
      doc.indicators.CASH_PAYMENT.points = 500;
      doc.alertAt = 'SEVERE';
    });
    const validated = await bed.cli('profile', 'validate', dir);
    expect(validated.code).toBe(1);
    expect(validated.out).toContain('indicators.CASH_PAYMENT.points');
    expect(validated.out).toContain('alertAt');
    const published = await bed.cli('--actor', 'ana', 'profile', 'publish', dir, '--reason', 'try');
    expect(published.code).toBe(1);
    expect(published.err).toContain('indicators.CASH_PAYMENT.points');
    expect((await bed.json<{ version: number }[]>('profiles')).map((p) => p.version)).toEqual([
      current.version,
    ]);
  });

  it('publishes a draft that is not active, and shows which indicators and thresholds changed', async () => {
    const next = current.version + 1;
    const dir = profileCopy(bed, 'next', (doc) => {
      doc.version = next;
      doc.indicators.CASH_PAYMENT.points = current.points + 5;
      doc.thresholds.HIGH = current.high - 5;
    });
    expect((await bed.cli('profile', 'validate', dir)).out).toBe(`valid: profile salw-default v${next}`);
    expect(
      (await bed.cli('--actor', 'ana', 'profile', 'publish', dir, '--reason', 'cash weighs more')).code,
    ).toBe(0);
    const profiles = await bed.json<{ version: number; active: boolean }[]>('profiles');
    expect(profiles.map((p) => [p.version, p.active])).toEqual([
      [current.version, true],
      [next, false],
    ]);
    const diff = await bed.cli('profile', 'diff', `salw-default:${current.version}`, `salw-default:${next}`);
    expect(diff.out).toContain(`~ CASH_PAYMENT.points: ${current.points} -> ${current.points + 5}`);
    expect(diff.out).toContain(`~ thresholds.HIGH: ${current.high} -> ${current.high - 5}`);
  });

  it('activates the draft and rolls back to the previous profile, keeping the lists, audited with actor and reason', async () => {
    const next = current.version + 1;
    const activated = await bed.json<{ profile: { version: number }; lists: Record<string, number> }>(
      '--actor',
      'ana',
      'profile',
      'activate',
      'salw-default',
      String(next),
      '--reason',
      'approved by the risk board',
    );
    expect(activated.profile.version).toBe(next);
    expect(activated.lists).toEqual({ national: 1 });
    const rolled = await bed.json<{ profile: { version: number }; lists: Record<string, number> }>(
      '--actor',
      'bob',
      'profile',
      'rollback',
      '--reason',
      'alert rate doubled',
    );
    expect(rolled.profile.version).toBe(current.version);
    expect(rolled.lists).toEqual({ national: 1 });
    const [rollback, activation, publish] = await bed.json<AuditEntry[]>('audit', '--limit', '3');
    expect(rollback).toMatchObject({
      actor: 'bob',
      action: 'profile.rollback',
      reason: 'alert rate doubled',
    });
    expect(rollback.summary).toContain('CASH_PAYMENT');
    expect(activation).toMatchObject({
      actor: 'ana',
      action: 'profile.activate',
      subject: `profile salw-default v${next}`,
    });
    expect(publish).toMatchObject({ actor: 'ana', action: 'profile.publish', reason: 'cash weighs more' });
  });
});
