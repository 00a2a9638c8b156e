import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertUniqueIds, generatedDeclarations } from './support/declaration-sets';
import { cachedKafkaLib, KafkaServerProcess } from './support/kafka-server-process';
import type { Readiness, ScreenerProcess } from './support/screener-process';
import { ScreenerTestBed } from './support/screener-test-bed';
import { expectEachScreenedOnce } from './support/screening-output-report';
import { sleep } from './support/wait-until';
import { withChildLogs } from './support/with-child-logs';

/**
 * A broker restart mid-stream must cost time, not results. The shared broker of deploy/local/stack.sh
 * serves other engineers and test runs at the same time, so this test restarts a PRIVATE broker built
 * from the same cached jars and settings (own ports, own data), never the shared one.
 */
const kafkaLib = cachedKafkaLib();
if (!kafkaLib.lib) console.warn(`broker-restart test skipped: ${kafkaLib.reason}`);
const itWithBroker = kafkaLib.lib ? it : it.skip;

describe('screener: broker restart mid-stream', () => {
  let broker: KafkaServerProcess | undefined;
  let bed: ScreenerTestBed | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'it-scr-broker-'));
  let failed = false;
  let screener: ScreenerProcess | undefined;

  beforeAll(async () => {
    if (!kafkaLib.lib) return;
    broker = await KafkaServerProcess.start(kafkaLib.lib, dir);
    bed = await ScreenerTestBed.create('broker', { brokers: broker.brokers });
    bed.addLogSource(() => broker?.tail() ?? '');
    await bed.seed();
  }, 180_000);

  afterAll(async () => {
    if (broker && !broker.running) await broker.startAgain().catch(() => undefined); // lets close() delete what it made
    await bed?.close();
    await broker?.stop();
    if (!failed) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  itWithBroker(
    'loses and doubles no result or alert when the broker stops and starts again while 3000 declarations are screened',
    withChildLogs(
      () => bed,
      async () => {
        failed = true;
        const test = bed!;
        const server = broker!;
        const declarations = generatedDeclarations(`broker-${test.id}`, 3000, 0.05);
        assertUniqueIds(declarations);
        // The screener joins the fresh broker first: its consumer may crash once while the group
        // coordinator loads, and must still become ready by itself.
        screener = await test.startScreener();
        let outputs = await test.outputs();
        await outputs.joined;
        const results = () => outputs.records(test.topics.screeningResults).length;

        await test.produceDeclarations(declarations.slice(0, 1500));
        await outputs.waitFor('the first 300 results before the restart', () => results() >= 300, 60_000);
        const atStop = results();
        const stopMs = await server.stop();
        const downAt = Date.now();
        const during: Readiness[] = [];
        while (Date.now() - downAt < 5_000) {
          during.push(await screener!.readiness());
          await sleep(250);
        }
        const startMs = await server.startAgain();
        console.info(
          `broker stopped after ${atStop} results (controlled shutdown ${stopMs} ms), down ${Date.now() - downAt} ms, started again in ${startMs} ms; ` +
            `readiness while down: ${during.map((r) => r.status).join(',')}`,
        );
        expect(during.some((r) => r.status === 503 && /kafka/i.test(r.body))).toBe(true);

        const upAt = Date.now();
        await test.produceDeclarations(declarations.slice(1500));
        await test.waitAllConsumed(120_000);
        outputs = await test.freshOutputs();
        await outputs.waitFor(
          `${declarations.length} results`,
          () => results() >= declarations.length,
          90_000,
        );
        console.info(`all results committed and readable ${Date.now() - upAt} ms after the broker was back`);
        await sleep(2_000);

        expectEachScreenedOnce(declarations, outputs, test.topics);
        expect(screener.running).toBe(true);
        failed = false;
      },
    ),
    300_000,
  );

  itWithBroker(
    'reports ready again by itself once the broker is back and batches commit again',
    withChildLogs(
      () => bed,
      async () => {
        if (!screener) throw new Error('the restart test above did not get as far as starting the screener');
        failed = true;
        await screener.waitReady(30_000);
        failed = false;
      },
    ),
    60_000,
  );
});
