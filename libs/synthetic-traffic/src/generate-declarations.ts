import type { Party } from '@salw/contracts';
import { ORDINARY_COUNTRIES } from './data/reference-data';
import { TrafficContext } from './builders/traffic-context';
import type { LabelledDeclaration } from './model/traffic-label';
import { buildGenericNameParty } from './ordinary/generic-name-party.builder';
import { LawfulArmsTrade } from './ordinary/lawful-arms-trade.builder';
import { buildOrdinaryShipment, drawOrdinaryGoods } from './ordinary/ordinary-shipment.builder';
import { WEAK_CUES, buildWeakCue } from './ordinary/weak-cue.builder';
import { SeededRandom, hashString } from './random/seeded-random';
import { SCENARIOS } from './scenarios/risky-scenarios';

export interface GenerateOptions {
  readonly seed: number | string;
  readonly count: number;
  /** Share of declarations drawn from the risky scenarios (default 0.03). */
  readonly riskyShare?: number;
  /** First submission time, RFC 3339 (default 2026-11-02T06:00:00Z). */
  readonly startAt?: string;
  /** Mean arrival rate; gaps are exponential, as arrivals of independent traders are (default 1 per 30 s). */
  readonly ratePerSecond?: number;
  readonly itemsPerDeclaration?: readonly [number, number];
  /** Size of the pool of ordinary trading companies; unlimited (each one new) when absent. */
  readonly parties?: number;
}

const SHARE_LAWFUL_ARMS = 0.005;
const SHARE_GENERIC_NAMES = 0.01;
const SHARE_WEAK_CUES = 0.02;
const RISKY_SCENARIOS = SCENARIOS.filter((scenario) => scenario.indicator !== 'RANDOM_SELECTION');

/**
 * Yields `count` labelled declarations in submission order. Deterministic: the same options give
 * the same declarations, byte for byte. Multi-declaration scenarios (split shipments) keep their own
 * timeline and are interleaved with the traffic around them; the slots they use count against the
 * risky share, so the share holds whatever scenarios are drawn.
 */
export function* generateDeclarations(options: GenerateOptions): Generator<LabelledDeclaration> {
  const riskyShare = options.riskyShare ?? 0.03;
  if (!(riskyShare >= 0 && riskyShare <= 1))
    throw new RangeError(`riskyShare must be between 0 and 1, got ${riskyShare}`);
  if (!Number.isInteger(options.count) || options.count < 0)
    throw new RangeError(`count must be a whole number >= 0, got ${options.count}`);
  const rate = options.ratePerSecond ?? 1 / 30;
  if (!(rate > 0)) throw new RangeError(`ratePerSecond must be positive, got ${rate}`);
  const startMs = Date.parse(options.startAt ?? '2026-11-02T06:00:00Z');
  if (Number.isNaN(startMs)) throw new RangeError(`startAt '${options.startAt}' is not an RFC 3339 time`);

  const root = new SeededRandom(options.seed);
  const timeline = root.fork('timeline');
  const selection = root.fork('selection');
  const context = new TrafficContext(
    root.fork('content'),
    String(hashString(String(options.seed)) % 10000).padStart(4, '0'),
  );
  const lawful = new LawfulArmsTrade(context);
  const pool = options.parties ? buildPool(context, options.parties) : undefined;

  const pending: LabelledDeclaration[] = [];
  let slotsOwed = 0;
  let genericIndex = 0;
  let nowMs = startMs;
  for (let emitted = 0; emitted < options.count; emitted += 1) {
    nowMs += Math.round((-Math.log(1 - timeline.next()) / rate) * 1000);
    const due = pending[0];
    if (due && Date.parse(due.declaration.submittedAt) <= nowMs) {
      yield pending.shift()!;
      continue;
    }
    const roll = selection.next();
    if (roll < riskyShare) {
      if (slotsOwed > 0) {
        slotsOwed -= 1;
      } else {
        const [first, ...rest] = selection.pick(RISKY_SCENARIOS).build(context, nowMs);
        pending.push(...rest);
        pending.sort((a, b) => Date.parse(a.declaration.submittedAt) - Date.parse(b.declaration.submittedAt));
        slotsOwed += rest.length;
        yield first!;
        continue;
      }
    }
    const kind = selection.next();
    if (kind < SHARE_LAWFUL_ARMS) yield lawful.build(nowMs);
    else if (kind < SHARE_LAWFUL_ARMS + SHARE_GENERIC_NAMES)
      yield buildGenericNameParty(context, nowMs, genericIndex++);
    else if (kind < SHARE_LAWFUL_ARMS + SHARE_GENERIC_NAMES + SHARE_WEAK_CUES)
      yield buildWeakCue(context, nowMs, selection.pick(WEAK_CUES));
    else yield ordinary(context, nowMs, options.itemsPerDeclaration, pool);
  }
}

function ordinary(
  context: TrafficContext,
  atMs: number,
  items: readonly [number, number] | undefined,
  pool: readonly Party[] | undefined,
): LabelledDeclaration {
  if (!pool) return buildOrdinaryShipment(context, atMs, items ? { itemsPerDeclaration: items } : {});
  const random = context.random;
  const goods = drawOrdinaryGoods(random, false);
  const senders = pool.filter((party) => goods.origins.includes(party.address!.country));
  const consignor = random.pick(senders.length > 0 ? senders : pool);
  const receivers = pool.filter((party) => party.address!.country !== consignor.address!.country);
  return buildOrdinaryShipment(context, atMs, {
    goods,
    consignor,
    consignee: random.pick(receivers),
    toIndividual: false,
    ...(items ? { itemsPerDeclaration: items } : {}),
  });
}

function buildPool(context: TrafficContext, size: number): Party[] {
  const countries = ORDINARY_COUNTRIES.map((country) => country.code);
  return Array.from({ length: Math.max(2, size) }, (_, index) =>
    context.parties.company(countries[index % countries.length]!),
  );
}
