import type { Alert, ScreeningResult } from '@salw/contracts';
import { runRegistryCli } from '../../../apps/registry/src/cli/registry.cli';
import type { OutputCollector } from '../screener/support/output-collector';
import { ScreenerTestBed } from '../screener/support/screener-test-bed';
import { withChildLogs } from '../screener/support/with-child-logs';
import { EXEMPT_KANO_ARGS, kanoNamesake } from './support/kano-namesake';

/** Longer than the screener's exemption poll (the snapshot poll, 2 s by default): a lost announcement is caught up. */
const RELOAD_MS = 2_500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A running screener (child process, real broker and Redis) honours exemptions recorded through the
 * registry: the exempted namesake's result carries the hit with zero points and no alert is published;
 * once the exemption expires (on the screening clock, with no reload) or is revoked, the alert returns.
 */
describe('exemptions in a running screener', () => {
  let bed: ScreenerTestBed;
  let outputs: OutputCollector;
  let sequence = 0;

  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runRegistryCli(
      ['--actor', 'it-admin', '--json', ...argv],
      { out: (t) => out.push(t), err: (t) => err.push(t) },
      bed.env(),
    );
    if (code !== 0) throw new Error(`registry ${argv.join(' ')} exited with ${code}: ${err.join('\n')}`);
    return JSON.parse(out.join('\n')) as { id: string };
  };

  /** A declaration whose consignee has the name of sample entry NAT-0002; screened, with its alert if any. */
  async function screenKanoNamesake(): Promise<{ result: ScreeningResult; alert?: Alert }> {
    const declarationId = `D-EXM-RUN-${bed.id}-${++sequence}`;
    const declaration = kanoNamesake(declarationId);
    await bed.produceDeclarations([declaration]);
    const valueOf = (topic: string) => {
      const record = outputs.records(topic).find((r) => r.key === declarationId);
      return record?.value ? JSON.parse(record.value.toString('utf8')) : undefined;
    };
    await outputs.waitFor(
      `the result of ${declarationId}`,
      () => valueOf(bed.topics.screeningResults) !== undefined,
      30_000,
    );
    const result = valueOf(bed.topics.screeningResults) as ScreeningResult;
    // An alerting result's alert is committed with it; the alerts topic may be read a moment later.
    if (result.alert)
      await outputs.waitFor(
        `the alert of ${declarationId}`,
        () => valueOf(bed.topics.alerts) !== undefined,
        30_000,
      );
    return { result, alert: valueOf(bed.topics.alerts) };
  }

  const partyHit = (result: ScreeningResult) => result.hits.find((h) => h.indicator === 'SANCTIONED_PARTY');

  const exemptKano = (expires: string) => cli(...EXEMPT_KANO_ARGS, '--expires', expires);

  beforeAll(async () => {
    bed = await ScreenerTestBed.create('exemptions');
    await bed.seed();
    await bed.startScreener();
    outputs = await bed.outputs();
  });

  afterAll(async () => {
    await bed?.close();
  });

  it(
    'shows the hit with zero points and raises no alert until the exemption expires, then alerts again',
    withChildLogs(
      () => bed,
      async () => {
        const baseline = await screenKanoNamesake();
        expect(partyHit(baseline.result)?.points).toBeGreaterThan(0);
        expect(baseline.alert).toBeDefined();

        const expiresAt = Date.now() + 20_000;
        const { id } = await exemptKano(new Date(expiresAt).toISOString());
        await sleep(RELOAD_MS);
        const exempted = await screenKanoNamesake();
        expect(partyHit(exempted.result)).toMatchObject({
          points: 0,
          evidence: { exemptionId: id, exemptionAuthor: 'it-admin' },
        });
        expect(exempted.result.alert).toBe(false);
        expect(exempted.alert).toBeUndefined();

        await sleep(Math.max(0, expiresAt - Date.now()) + 200);
        const expired = await screenKanoNamesake();
        expect(partyHit(expired.result)?.points).toBeGreaterThan(0);
        expect(partyHit(expired.result)?.evidence.exemptionId).toBeUndefined();
        expect(expired.alert).toBeDefined();
      },
    ),
    120_000,
  );

  it(
    'stops applying a revoked exemption as soon as the revocation is announced',
    withChildLogs(
      () => bed,
      async () => {
        const { id } = await exemptKano(new Date(Date.now() + 30 * 86_400_000).toISOString());
        await sleep(RELOAD_MS);
        expect((await screenKanoNamesake()).alert).toBeUndefined();
        await cli('exemptions', 'revoke', id, '--reason', 'a common director found');
        await sleep(RELOAD_MS);
        const revoked = await screenKanoNamesake();
        expect(partyHit(revoked.result)?.points).toBeGreaterThan(0);
        expect(revoked.alert).toBeDefined();
      },
    ),
    120_000,
  );
});
