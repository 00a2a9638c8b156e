import { CONTROLLED_GOODS, DISGUISED_ARMS, GOODS } from '../data/reference-data';
import { TrafficContext } from '../builders/traffic-context';
import { INDICATOR_CODES, type IndicatorCode } from '@salw/contracts';
import type { LabelledDeclaration } from '../model/traffic-label';
import { GENERIC_LOOKALIKES, buildGenericNameParty } from '../ordinary/generic-name-party.builder';
import { LawfulArmsTrade } from '../ordinary/lawful-arms-trade.builder';
import { buildOrdinaryShipment } from '../ordinary/ordinary-shipment.builder';
import { WEAK_CUES, buildWeakCue } from '../ordinary/weak-cue.builder';
import { SeededRandom } from '../random/seeded-random';
import { buildArmsKeywordCase } from '../scenarios/arms-keyword-mismatch.scenario';
import { SCENARIOS } from '../scenarios/risky-scenarios';

export interface EvaluationSetOptions {
  readonly seed?: string;
  readonly startAt?: string;
  /** Runs of each risky scenario before topping up thin indicators. */
  readonly runsPerScenario?: number;
  /** Least number of cases expecting each indicator (RANDOM_SELECTION excepted: it is never expected). */
  readonly minimumPerIndicator?: number;
}

const MINUTE_MS = 60_000;

/**
 * The labelled evaluation set for the risk engine: every risky scenario several times, every
 * arms description, every hard negative wording, lawful licensed arms trade, generic-name
 * look-alikes, lone weak cues and plain traffic, on one timeline in submission order.
 */
export function buildEvaluationSet(options: EvaluationSetOptions = {}): LabelledDeclaration[] {
  const random = new SeededRandom(options.seed ?? 'salw-evaluation-v1');
  const context = new TrafficContext(random.fork('content'), 'EVAL');
  const gaps = random.fork('timeline');
  let clock = Date.parse(options.startAt ?? '2026-11-02T06:00:00Z');
  const next = () => (clock += gaps.int(30, 180) * MINUTE_MS);
  const cases: LabelledDeclaration[] = [];
  const runs = options.runsPerScenario ?? 10;
  const minimum = options.minimumPerIndicator ?? 6;

  for (const scenario of SCENARIOS) {
    for (let run = 0; run < runs; run += 1) cases.push(...scenario.build(context, next()));
  }
  for (const arms of DISGUISED_ARMS) cases.push(buildArmsKeywordCase(context, next(), arms));

  // Top up any indicator still thin, from the scenario that exists for it.
  for (const code of INDICATOR_CODES) {
    if (code === 'RANDOM_SELECTION') continue;
    const scenario = SCENARIOS.find((candidate) => candidate.indicator === code)!;
    for (let guard = 0; countExpecting(cases, code) < minimum; guard += 1) {
      if (guard > 50)
        throw new Error(`scenario '${scenario.name}' does not produce ${code}; check its label`);
      cases.push(...scenario.build(context, next()));
    }
  }

  for (const goods of GOODS.filter((candidate) => candidate.ambiguousTerm)) {
    goods.descriptions.forEach((description, index) => {
      const parcel = index % 2 === 1 && goods.unitNetKg[1] < 3;
      cases.push(
        buildOrdinaryShipment(context, next(), {
          goods,
          description,
          toIndividual: parcel,
          itemsPerDeclaration: [1, 2],
        }),
      );
    });
  }
  const lawful = new LawfulArmsTrade(context);
  for (const controlled of CONTROLLED_GOODS) {
    cases.push(lawful.build(next(), controlled), lawful.build(next(), controlled));
  }
  GENERIC_LOOKALIKES.forEach((_, index) => cases.push(buildGenericNameParty(context, next(), index)));
  for (const cue of WEAK_CUES) {
    for (let i = 0; i < 4; i += 1) cases.push(buildWeakCue(context, next(), cue));
  }
  const plainGoods = GOODS.filter(
    (goods) => !goods.ambiguousTerm && !goods.coverPhrase && !goods.mayReadAsCover,
  );
  for (let i = 0; i < 30; i += 1)
    cases.push(buildOrdinaryShipment(context, next(), { goods: plainGoods[i % plainGoods.length]! }));

  // Stable sort: a split-shipment series interleaves with the traffic lodged around it.
  return cases
    .map((item, index) => ({ item, index, at: Date.parse(item.declaration.submittedAt) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ item }) => item);
}

export function countExpecting(cases: readonly LabelledDeclaration[], code: IndicatorCode): number {
  return cases.filter((item) => item.label.expectedIndicators.includes(code)).length;
}
