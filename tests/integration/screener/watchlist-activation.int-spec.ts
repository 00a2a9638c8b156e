import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Declaration, ScreeningResult } from '@salw/contracts';
import { generatedDeclarations } from './support/declaration-sets';
import { REPO_ROOT } from './support/screener-test-bed';
import { screenerSuite } from './support/screener-suite';

const NEWLY_LISTED = 'Harmattan Vektor Armaments Trading SARL';
const ENTRY_ID = 'NAT-IT-9001';
const ACTIVATION_TO_RESULT_LIMIT_MS = 5_000;

/**
 * Lists change while the screener runs: activating a new watchlist version must change results
 * within seconds, without a restart, and each result must name the list versions it used.
 */
describe('screener: activating a new watchlist version', () => {
  const suite = screenerSuite('activation');

  it(
    `flags a consignee listed by a newly activated national list version within ${ACTIVATION_TO_RESULT_LIMIT_MS / 1000} s, without a restart, and names that version`,
    suite.test(async (bed) => {
      const [template] = generatedDeclarations(`activation-${bed.id}`, 1, 0);
      const withConsignee = (declarationId: string): Declaration => ({
        ...template,
        declarationId,
        parties: { ...template.parties, consignee: { ...template.parties.consignee, name: NEWLY_LISTED } },
      });
      const outputs = await bed.outputs();
      const resultOf = (declarationId: string): ScreeningResult | undefined => {
        const record = outputs.records(bed.topics.screeningResults).find((r) => r.key === declarationId);
        return record?.value ? (JSON.parse(record.value.toString('utf8')) as ScreeningResult) : undefined;
      };
      const listsHit = (result: ScreeningResult) =>
        result.hits.filter(
          (hit) =>
            (hit.indicator === 'SANCTIONED_PARTY' || hit.indicator.startsWith('WATCHLISTED_')) &&
            (hit.evidence as { entryId?: string } | undefined)?.entryId === ENTRY_ID,
        );

      const before = `${template.declarationId}-BEFORE`;
      await bed.produceDeclarations([withConsignee(before)]);
      await outputs.waitFor(`the result of ${before}`, () => resultOf(before) !== undefined, 30_000);
      const beforeResult = resultOf(before)!;
      expect(listsHit(beforeResult)).toEqual([]);
      expect(beforeResult.watchlists.lists.national).toBe(1);

      const national = join(bed.dir, 'national-with-new-entry.jsonl');
      const sample = readFileSync(join(REPO_ROOT, 'deploy/samples/national-watchlist.jsonl'), 'utf8');
      const entry = {
        list: 'national',
        entryId: ENTRY_ID,
        kind: 'PARTY',
        name: NEWLY_LISTED,
        aliases: ['Harmattan Vektor'],
        country: template.parties.consignee.address?.country ?? 'NG',
        reason: 'integration test: consignee listed while the screener runs',
        points: 45,
        listedOn: '2026-11-01',
        expiresOn: null,
      };
      writeFileSync(national, `${sample.trimEnd()}\n${JSON.stringify(entry)}\n`);
      await bed.seed([national]);
      const active = JSON.parse(
        (await bed.redis().get(`${bed.redisKeyPrefix}snapshot:active`)) ?? 'null',
      ) as {
        activatedAt: string;
        lists: Record<string, number>;
      };
      expect(active.lists.national).toBe(2);
      const activatedAt = Date.parse(active.activatedAt);

      // New declaration ids keep coming, as live traffic does, until one is screened with the new list.
      const probes: string[] = [];
      let flagged: { id: string; result: ScreeningResult; receivedAt: number } | undefined;
      while (!flagged && Date.now() - activatedAt < ACTIVATION_TO_RESULT_LIMIT_MS * 3) {
        const id = `${template.declarationId}-P${probes.length + 1}`;
        probes.push(id);
        await bed.produceDeclarations([withConsignee(id)]);
        await new Promise((resolve) => setTimeout(resolve, 250));
        for (const probe of probes) {
          const record = outputs.records(bed.topics.screeningResults).find((r) => r.key === probe);
          const result = record?.value
            ? (JSON.parse(record.value.toString('utf8')) as ScreeningResult)
            : undefined;
          if (record && result && listsHit(result).length > 0) {
            flagged = { id: probe, result, receivedAt: record.receivedAt };
            break;
          }
        }
      }
      if (!flagged)
        throw new Error(
          `none of ${probes.length} declarations sent after the activation was flagged within ${ACTIVATION_TO_RESULT_LIMIT_MS * 3} ms`,
        );
      const elapsed = flagged.receivedAt - activatedAt;
      console.info(
        `activation to first flagged result: ${elapsed} ms (${probes.indexOf(flagged.id) + 1} of ${probes.length} probes)`,
      );

      expect(elapsed).toBeLessThan(ACTIVATION_TO_RESULT_LIMIT_MS);
      expect(listsHit(flagged.result)).toEqual([
        expect.objectContaining({
          party: 'consignee',
          evidence: expect.objectContaining({ list: 'national', entryId: ENTRY_ID }),
        }),
      ]);
      expect(flagged.result.watchlists.lists.national).toBe(2);
      expect(flagged.result.watchlists.version).not.toBe(beforeResult.watchlists.version);
    }),
    120_000,
  );
});
