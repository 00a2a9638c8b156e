import { buildSnapshot, type CompiledProfile, type WatchlistFileSource } from '@salw/risk-engine';
import { SeededRandom } from '@salw/synthetic-traffic/random/seeded-random';
import type { WatchlistEntry } from '@salw/watchlists';
import { ARMS_EMBARGOED_COUNTRIES } from './data/arms-embargoed-countries.data';
import type { EvaluationReport } from './evaluation-report.model';
import { compareWithFuse } from './measure/fuse-comparison';
import { alertsOfficer, atLeast, findingSeverity } from './measure/at-alert';
import { measureLabelledSet, type LabelledCase } from './measure/measure-labelled-set';
import { measureNameVariants } from './measure/measure-name-variants';
import { measureOrdinaryNames } from './measure/measure-ordinary-names';
import { measureOrdinaryTraffic } from './measure/measure-ordinary-traffic';
import { generateListedNameVariants } from './names/listed-name-variant.generator';
import { listedNameTest } from './names/listed-name-keys';
import { generateOrdinaryNames } from './names/ordinary-name.generator';
import { detectionBars } from './report/detection-bars';
import { EngineScreener } from './screening/engine-screener';
import { OrdinaryTrafficGenerator } from './traffic/ordinary-traffic.generator';

export interface EvaluationInputs {
  readonly profile: CompiledProfile;
  /** The real UN consolidated list, parsed. */
  readonly unList: WatchlistFileSource & { readonly entries: readonly WatchlistEntry[] };
  /** The fictional lists the labelled set was written against. */
  readonly labelledLists: readonly WatchlistFileSource[];
  readonly labelled: readonly LabelledCase[];
}

export interface EvaluationOptions {
  readonly seed?: string;
  readonly ordinaryDeclarations?: number;
  readonly variantsPerKind?: number;
  readonly ordinaryNames?: number;
  /** Also run the same name probes through fuse.js (slow: a linear scan per query). */
  readonly compareWithFuse?: boolean;
}

export const DEFAULT_EVALUATION_SEED = 'salw-eval-2026-12';

/**
 * Generates every evaluation set from its seed, screens each through the whole engine and measures
 * the result at the alert an officer receives.
 */
export async function runEvaluation(
  inputs: EvaluationInputs,
  options: EvaluationOptions = {},
): Promise<EvaluationReport> {
  const seed = options.seed ?? DEFAULT_EVALUATION_SEED;
  const root = new SeededRandom(seed);
  const snapshot = buildSnapshot({ profile: inputs.profile, watchlists: [inputs.unList] });

  const isListedName = listedNameTest(inputs.unList.entries);
  const traffic = new OrdinaryTrafficGenerator(root.fork('ordinary-traffic'), { isListedName }).generate(
    options.ordinaryDeclarations ?? 3000,
  );
  const ordinaryTraffic = await measureOrdinaryTraffic(snapshot, traffic);

  const quiet = (code: string) => !ARMS_EMBARGOED_COUNTRIES.has(code);
  const carriers = new OrdinaryTrafficGenerator(root.fork('carriers'), {
    partnerAllowed: quiet,
    administrationAllowed: quiet,
    idPrefix: 'NP',
    isListedName,
  })
    .generate(400)
    .map((d) => d.declaration);
  const baselineScreener = new EngineScreener(snapshot);
  const carrierBaseline = { declarations: carriers.length, alerts: 0, mediumOrAbove: 0 };
  for (const carrier of carriers) {
    const { result } = await baselineScreener.screen(carrier);
    if (alertsOfficer(result)) carrierBaseline.alerts += 1;
    if (atLeast(findingSeverity(result, snapshot.profile), 'MEDIUM')) carrierBaseline.mediumOrAbove += 1;
  }

  const variants = generateListedNameVariants(
    inputs.unList.entries,
    options.variantsPerKind ?? 60,
    root.fork('variants'),
  );
  const { measure: nameVariants } = await measureNameVariants(
    snapshot,
    variants,
    carriers,
    root.fork('variant-probes'),
  );

  const generated = generateOrdinaryNames(
    options.ordinaryNames ?? 5000,
    root.fork('ordinary-names'),
    isListedName,
  );
  const { measure: ordinaryNames } = await measureOrdinaryNames(
    snapshot,
    generated.names,
    generated.droppedAsListed.length,
    carriers,
    carrierBaseline,
    root.fork('name-probes'),
  );

  const labelledSnapshot = buildSnapshot({ profile: inputs.profile, watchlists: inputs.labelledLists });
  const labelled = await measureLabelledSet(labelledSnapshot, inputs.labelled);

  const comparison = options.compareWithFuse
    ? compareWithFuse(inputs.unList.entries, variants, generated.names, {
        variants: nameVariants,
        names: ordinaryNames,
      })
    : undefined;

  const measured = {
    seed,
    profile: { id: inputs.profile.id, version: inputs.profile.version },
    watchlists: { version: snapshot.watchlists.version, lists: snapshot.watchlists.lists },
    ordinaryTraffic,
    nameVariants,
    ordinaryNames,
    labelled,
    ...(comparison ? { comparison } : {}),
  };
  return { ...measured, bars: detectionBars(measured) };
}
