import { readFileSync } from 'node:fs';
import type { Declaration } from '@salw/contracts';
import { compileExemptions, type Exemption } from '@salw/risk-engine';
import { defaultProfile, snapshotOf } from '@salw/risk-engine/testing/screening.fixture';
import { InMemoryBatchHistory, InMemoryScreeningLedger, screenBatch } from '@salw/screening';
import { ExemptionStoreRepository, KeySpace, type AuditEntry } from '@salw/store';
import { parseJsonLinesWatchlist } from '@salw/watchlists';
import { RegistryBed, SAMPLE_NATIONAL } from '../registry/support/registry-bed';
import { EXEMPT_KANO_ARGS, KANO_REASON, kanoNamesake } from './support/kano-namesake';

type Listed = Exemption & { state: string };

/**
 * `registry exempt` / `registry exemptions` on the real Redis: an administrator records a false match
 * with a reason and an expiry, the audit names them, the screening core honours it, revocation needs a
 * reason and is audited too, and refusals name the field.
 */
describe('registry exemptions through the CLI (real Redis)', () => {
  const bed = new RegistryBed('exemptions');
  async function screenNow(declaration: Declaration) {
    const loaded = await new ExemptionStoreRepository(bed.redis, new KeySpace(bed.prefix)).loadActive(
      new Date(),
    );
    const national = parseJsonLinesWatchlist(readFileSync(SAMPLE_NATIONAL, 'utf8'));
    const { outcomes } = await screenBatch(
      [
        {
          value: JSON.stringify(declaration),
          key: declaration.declarationId,
          position: { partition: 0, offset: '0' },
        },
      ],
      { ledger: new InMemoryScreeningLedger(), history: new InMemoryBatchHistory() },
      {
        snapshot: snapshotOf(await defaultProfile(), [national]),
        now: new Date(),
        exemptions: compileExemptions(loaded.exemptions),
      },
    );
    const [outcome] = outcomes;
    if (outcome?.kind !== 'screened') throw new Error(`expected screened, got ${outcome?.kind}`);
    return outcome.result;
  }

  afterAll(() => bed.close());

  let id: string;

  it('records a false match with its author, lists it as active, and audits it', async () => {
    const recorded = await bed.json<Exemption>('--actor', 'ana', ...EXEMPT_KANO_ARGS, '--days', '30');

    id = recorded.id;
    expect(recorded).toMatchObject({
      kind: 'PARTY_NOT_LISTED',
      author: 'ana',
      entry: { entryId: 'NAT-0002' },
    });
    const active = await bed.json<Listed[]>('exemptions');
    expect(active.map((e) => [e.id, e.state])).toEqual([[id, 'active']]);
    const [audit] = await bed.json<AuditEntry[]>('audit');
    expect(audit).toMatchObject({
      actor: 'ana',
      action: 'exemption.create',
      subject: `exemption ${id}`,
      reason: KANO_REASON,
    });
    expect(audit?.summary).toContain('consignee id NG441077 is not national/NAT-0002');
  });

  it('the screening core shows the exempted hit with zero points and raises no alert', async () => {
    const result = await screenNow(kanoNamesake('D-REG-EXM-1'));
    expect(result.hits.find((h) => h.indicator === 'SANCTIONED_PARTY')).toMatchObject({
      points: 0,
      evidence: { entryId: 'NAT-0002', exemptionId: id, exemptionAuthor: 'ana' },
    });
    expect(result.alert).toBe(false);
  });

  it('refuses what may not be exempted, naming the field, and records nothing', async () => {
    const random = await bed.cli(
      '--actor',
      'ana',
      'exempt',
      'indicator',
      'RANDOM_SELECTION',
      '--hs',
      '9302',
      '--office',
      'NGAPP001',
      '--reason',
      'trying to silence the random sample',
      '--days',
      '10',
    );
    expect(random.code).toBe(1);
    expect(random.err).toContain('indicator: RANDOM_SELECTION cannot be exempted');
    const long = await bed.cli(
      '--actor',
      'ana',
      'exempt',
      'party',
      '--party-id',
      'X1',
      '--list',
      'national',
      '--entry',
      'NAT-0001',
      '--reason',
      'an exemption for longer than a year',
      '--days',
      '400',
    );
    expect(long.code).toBe(1);
    expect(long.err).toContain('expiresAt: must be at most 365 days ahead');
    expect((await bed.json<Listed[]>('exemptions', '--state', 'all')).length).toBe(1);
  });

  it('revokes only with a reason, audits it, and the alert returns', async () => {
    const bare = await bed.cli('--actor', 'root', 'exemptions', 'revoke', id);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('--reason');
    const revoked = await bed.json<Exemption>(
      '--actor',
      'root',
      'exemptions',
      'revoke',
      id,
      '--reason',
      'the register shows a common director',
    );
    expect(revoked.revoked).toMatchObject({ by: 'root', reason: 'the register shows a common director' });
    const [audit] = await bed.json<AuditEntry[]>('audit');
    expect(audit).toMatchObject({ actor: 'root', action: 'exemption.revoke', subject: `exemption ${id}` });
    expect((await bed.json<Listed[]>('exemptions', '--state', 'revoked')).map((e) => e.id)).toEqual([id]);
    expect((await bed.json<Listed[]>('exemptions')).length).toBe(0);
    const again = await bed.cli('--actor', 'root', 'exemptions', 'revoke', id, '--reason', 'twice');
    expect(again.code).toBe(1);
    expect(again.err).toContain('was revoked');
    expect((await screenNow(kanoNamesake('D-REG-EXM-2'))).alert).toBe(true);
  });
});
