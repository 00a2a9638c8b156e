/**
 * What hostile bodies cost the intake: each body is posted REPEAT times to an in-process intake (the
 * real HTTP stack, guards, validators and batch reader; a fake publisher and in-memory owners, so the
 * figures are the intake's own work, not Kafka's). Prints time per request, response size and the
 * process's peak RSS, and writes reports/intake-hostile-bench.json.
 *
 *   npm run -s bench:intake:hostile
 */
import { validDeclaration } from '@salw/contracts/testing';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createTestIntake, SUBMITTER_KEY } from '../src/testing/intake-test-app';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);

interface Case {
  readonly name: string;
  readonly route: string;
  readonly contentType: string;
  readonly body: () => Buffer;
}

const hostileLine = JSON.stringify({
  schemaVersion: '1',
  declarationId: '!'.repeat(200),
  version: -1,
  kind: 'X',
  items: Array.from({ length: 40 }, () => ({ line: 0, hsCode: 'x' })),
});

const CASES: Case[] = [
  {
    name: '1 MiB JSON of {"items":[{},{},...]}',
    route: '/v1/declarations',
    contentType: 'application/json',
    body: () => Buffer.from(`{"items":[${Array.from({ length: 349_000 }, () => '{}').join(',')}]}`),
  },
  {
    name: 'XML with 60,000 empty <GoodsShipment/>',
    route: '/v1/declarations',
    contentType: 'application/xml',
    body: () => Buffer.from(`<Declaration>${'<GoodsShipment/>'.repeat(60_000)}</Declaration>`),
  },
  {
    name: 'XML nesting left open, 450 KB',
    route: '/v1/declarations',
    contentType: 'application/xml',
    body: () => Buffer.from(`<Declaration>${'<GoodsShipment><Name>x</Name>'.repeat(16_000)}`),
  },
  {
    name: 'XML with a DOCTYPE behind <Declaration a="<!--">',
    route: '/v1/declarations',
    contentType: 'application/xml',
    body: () => Buffer.from('<Declaration a="<!--"><!DOCTYPE x [<!ENTITY a "b">]><X>&a;</X></Declaration>'),
  },
  {
    name: 'NDJSON batch of 630 KB, 50 violations a line',
    route: '/v1/declarations/batch',
    contentType: 'application/x-ndjson',
    body: () =>
      Buffer.from(
        Array.from({ length: Math.ceil(630_000 / hostileLine.length) }, () => hostileLine).join('\n'),
      ),
  },
  {
    name: 'NDJSON batch, one line of 32 MB',
    route: '/v1/declarations/batch',
    contentType: 'application/x-ndjson',
    body: () =>
      Buffer.concat([Buffer.from('{"a":"'), Buffer.alloc(32 * 1024 * 1024, 120), Buffer.from('"}\n')]),
  },
  {
    name: 'valid declaration (reference)',
    route: '/v1/declarations',
    contentType: 'application/json',
    body: () => Buffer.from(JSON.stringify(validDeclaration())),
  },
];

async function main(): Promise<void> {
  const intake = await createTestIntake({ INTAKE_MAX_BATCH_BODY_BYTES: String(64 * 1024 * 1024) });
  await intake.app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(intake.app.getHttpServer().address() as AddressInfo).port}`;
  const rows = [];
  try {
    for (const hostile of CASES) {
      const body = hostile.body();
      const times: number[] = [];
      let status = 0;
      let responseBytes = 0;
      for (let i = 0; i < REPEAT; i++) {
        intake.ownership.owners.clear();
        const started = performance.now();
        const response = await fetch(`${url}${hostile.route}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${SUBMITTER_KEY}`, 'Content-Type': hostile.contentType },
          body,
        });
        responseBytes = (await response.arrayBuffer()).byteLength;
        times.push(performance.now() - started);
        status = response.status;
      }
      times.sort((a, b) => a - b);
      rows.push({
        body: hostile.name,
        requestBytes: body.length,
        status,
        msPerRequestMedian: Math.round(times[Math.floor(times.length / 2)] * 10) / 10,
        msPerRequestMax: Math.round(times[times.length - 1] * 10) / 10,
        responseBytes,
        peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      });
    }
  } finally {
    await intake.app.close();
  }
  console.table(rows);
  const out = path.resolve(__dirname, '../../../reports/intake-hostile-bench.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), repeat: REPEAT, rows }, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

void main();
