import { Test } from '@nestjs/testing';
import { KAFKA_CONFIG } from '@salw/config';
import { alertValidator, screeningResultValidator, topicNames } from '@salw/contracts';
import type { InboundBatch, InboundRecord } from '@salw/messaging';
import { LOGGER } from '@salw/observability';
import {
  compileExemptions,
  NO_EXEMPTIONS,
  type CompiledExemptions,
  type ScreeningSnapshot,
} from '@salw/risk-engine';
import {
  aDeclaration,
  defaultProfile,
  nationalList,
  snapshotOf,
  withItem,
} from '@salw/risk-engine/testing/screening.fixture';
import {
  ActiveSnapshotPort,
  BatchTraderHistoryPort,
  InMemoryBatchHistory,
  InMemoryScreeningLedger,
  ScreeningLedgerPort,
  SnapshotNotLoadedError,
} from '@salw/screening';
import pino from 'pino';
import { ScreeningController } from './screening.controller';
import { ExemptionsHolder } from '../exemptions/exemptions-holder';

const topics = topicNames('t.');
let offset = 0;
function record(value: unknown, key: string | null = null): InboundRecord {
  const bytes = typeof value === 'string' ? Buffer.from(value) : Buffer.from(JSON.stringify(value));
  return {
    topic: topics.declarations,
    partition: 3,
    offset: String(offset++),
    key: key === null ? null : Buffer.from(key),
    value: bytes,
    headers: {},
    timestamp: '1764410400000',
  };
}
const batchOf = (...records: InboundRecord[]): InboundBatch => ({
  topic: topics.declarations,
  partition: 3,
  records,
});

describe('the screener handler of the declarations topic', () => {
  let snapshot: ScreeningSnapshot;
  let current: ScreeningSnapshot | undefined;
  let exemptions: CompiledExemptions;
  let ledger: InMemoryScreeningLedger;
  let controller: ScreeningController;

  beforeAll(async () => {
    snapshot = snapshotOf(await defaultProfile(), [
      nationalList([{ entryId: 'NAT-1', kind: 'PARTY', name: 'Sahel Logistics SARL', points: 45 }]),
    ]);
  });
  beforeEach(async () => {
    current = snapshot;
    exemptions = NO_EXEMPTIONS;
    ledger = new InMemoryScreeningLedger();
    // Wired as the app wires it: the core's ports are bound by their class tokens.
    const moduleRef = await Test.createTestingModule({
      controllers: [ScreeningController],
      providers: [
        { provide: ActiveSnapshotPort, useValue: { current: () => current } },
        { provide: ScreeningLedgerPort, useValue: ledger },
        { provide: BatchTraderHistoryPort, useValue: new InMemoryBatchHistory() },
        { provide: ExemptionsHolder, useValue: { current: () => exemptions } },
        { provide: KAFKA_CONFIG, useValue: { topicPrefix: 't.' } },
        { provide: LOGGER, useValue: pino({ level: 'silent' }) },
      ],
    }).compile();
    controller = moduleRef.get(ScreeningController);
  });

  it('publishes a contract-valid ScreeningResult keyed by declarationId, with its source and version in headers', async () => {
    const { outcomes } = await controller.screen(
      batchOf(record(aDeclaration({ declarationId: 'D-1' }), 'D-1')),
    );
    const [outcome] = outcomes;
    if (outcome.kind !== 'publish') throw new Error(`expected publish, got ${outcome.kind}`);
    expect(outcome.messages).toHaveLength(1);
    const [{ topic, message }] = outcome.messages;
    expect(topic).toBe(topics.screeningResults);
    expect(message.key).toBe('D-1');
    expect(message.headers).toMatchObject({
      'x-salw-declaration-version': '1',
      'x-salw-source': `${topics.declarations}/3/${offset - 1}`,
    });
    expect(screeningResultValidator.parse(String(message.value)).ok).toBe(true);
  });

  it('also publishes a contract-valid Alert when the result crosses the alert threshold', async () => {
    const risky = withItem('AR-15 upper receivers, stripped', '847990', {
      declarationId: 'D-2',
      parties: {
        ...aDeclaration().parties,
        consignee: { name: 'Sahel Logistics SARL', address: { country: 'ML' } },
      },
    });
    const { outcomes, report } = await controller.screen(batchOf(record(risky)));
    const [outcome] = outcomes;
    if (outcome.kind !== 'publish') throw new Error(`expected publish, got ${outcome.kind}`);
    expect(outcome.messages.map((m) => m.topic)).toEqual([topics.screeningResults, topics.alerts]);
    expect(alertValidator.parse(String(outcome.messages[1].message.value)).ok).toBe(true);
    expect(report?.screened[0]).toMatchObject({ alert: true, producedAt: '1764410400000' });
  });

  it('screens with the exemptions held: an exempted namesake is shown with zero points and raises no alert', async () => {
    exemptions = compileExemptions([
      {
        id: 'exm-7',
        kind: 'PARTY_NOT_LISTED',
        party: { name: 'Sahel Logistics SARL', country: 'ML' },
        entry: { list: 'national', entryId: 'NAT-1' },
        author: 'a.analyst',
        reason: 'a different company, checked with the register',
        createdAt: '2020-01-01T00:00:00Z',
        expiresAt: '2100-01-01T00:00:00Z',
      },
    ]);
    const namesake = aDeclaration({
      declarationId: 'D-EX',
      parties: {
        ...aDeclaration().parties,
        consignee: { name: 'Sahel Logistics SARL', address: { country: 'ML' } },
      },
    });
    const { outcomes, report } = await controller.screen(batchOf(record(namesake)));
    const [outcome] = outcomes;
    expect(report?.screened[0]?.exempted).toEqual(['SANCTIONED_PARTY']);
    if (outcome.kind !== 'publish') throw new Error(`expected publish, got ${outcome.kind}`);
    expect(outcome.messages.map((m) => m.topic)).toEqual([topics.screeningResults]);
    const result = JSON.parse(String(outcome.messages[0].message.value)) as {
      hits: { indicator: string; points: number; evidence: Record<string, unknown> }[];
    };
    expect(result.hits.find((h) => h.indicator === 'SANCTIONED_PARTY')).toMatchObject({
      points: 0,
      evidence: { exemptionId: 'exm-7' },
    });
  });

  it('dead-letters bad records, ignores replays, and reports both for the metrics', async () => {
    const good = aDeclaration({ declarationId: 'G-1' });
    const { outcomes, report } = await controller.screen(
      batchOf(
        record(good),
        record('{"broken"'),
        record(good),
        record(aDeclaration({ declarationId: 'G-2' }), 'G-9'),
      ),
    );
    expect(outcomes.map((o) => o.kind)).toEqual(['publish', 'dead-letter', 'ignore', 'dead-letter']);
    expect(outcomes[1]).toMatchObject({ reason: 'INVALID_JSON' });
    expect(outcomes[2]).toEqual({
      kind: 'ignore',
      why: 'version 1 of G-1 replayed; version 1 already screened',
    });
    expect(outcomes[3]).toMatchObject({ reason: 'KEY_MISMATCH' });
    expect(report).toMatchObject({ replays: 1, deadLetters: ['INVALID_JSON', 'KEY_MISMATCH'] });
    expect(ledger.entriesOf('G-1')).toEqual([expect.objectContaining({ version: 1, partition: 3 })]);
  });

  it('throws SnapshotNotLoadedError (the batch is retried, never skipped) while no snapshot is loaded', async () => {
    current = undefined;
    await expect(controller.screen(batchOf(record(aDeclaration())))).rejects.toBeInstanceOf(
      SnapshotNotLoadedError,
    );
  });
});
