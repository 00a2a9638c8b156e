import { Value } from '@sinclair/typebox/value';
import type { Severity } from '@salw/contracts';
import { INDICATOR_CATALOGUE } from '../indicators/indicator-catalogue';
import { keywordRuleIndicator } from '../indicators/keyword-rule.indicator';
import { SplitShipmentsParamsSchema } from '../indicators/split-shipments.indicator';
import type { IndicatorCompileInput, IndicatorDefinition } from '../indicators/indicator.model';
import { PhraseMatcher } from '../text/phrase-matcher';
import type { ControlledHeading } from './compiled-profile-base.model';
import type { CompiledIndicator, CompiledProfile } from './compiled-profile.model';
import { HsPrefixTable } from './hs-prefix-table';
import { ProfileError } from './profile.error';
import type { IndicatorSetting } from './risk-profile.schema';
import { validateParams, validateProfileDocument } from './validate-profile';

const DEFAULT_PRIORITIES: Readonly<Record<Severity, number>> = {
  CRITICAL: 1,
  HIGH: 2,
  MEDIUM: 3,
  LOW: 4,
  NONE: 5,
};
const ARMS_VOCABULARY = 'arms';
const RANDOM = 'RANDOM_SELECTION';

type Problem = { path: string; message: string };

function fail(problems: readonly Problem[]): never {
  const [first, ...rest] = problems as [Problem, ...Problem[]];
  throw new ProfileError(first.path, first.message, rest);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Validates a risk profile document and compiles it once into what scoring reads: the phrase matcher of
 * every vocabulary, the controlled-heading table, each enabled indicator as a closure over its params,
 * and the combinations. Throws {@link ProfileError} naming the JSON path of every problem found.
 */
export function compileProfile(input: unknown): CompiledProfile {
  const checked = validateProfileDocument(input);
  if (!checked.ok) fail(checked.violations);
  const document = deepFreeze(structuredClone(checked.value));
  const problems: Problem[] = [];

  const t = document.thresholds;
  if (!(t.LOW < t.MEDIUM && t.MEDIUM < t.HIGH && t.HIGH < t.CRITICAL)) {
    problems.push({
      path: 'thresholds',
      message: `must rise LOW < MEDIUM < HIGH < CRITICAL, got ${t.LOW}, ${t.MEDIUM}, ${t.HIGH}, ${t.CRITICAL}`,
    });
  }
  if (!Object.hasOwn(document.referenceData.vocabularies, ARMS_VOCABULARY)) {
    problems.push({
      path: 'referenceData.vocabularies.arms',
      message: 'the arms vocabulary is required: it defines which goods are arms-like',
    });
  }
  if (problems.length > 0) fail(problems);

  const matcher = new PhraseMatcher();
  for (const name of Object.keys(document.referenceData.vocabularies).sort()) {
    matcher.addVocabulary(
      name,
      document.referenceData.vocabularies[name]!,
      `referenceData.vocabularies.${name}`,
    );
  }
  const controlledHs = new HsPrefixTable<ControlledHeading>();
  document.referenceData.controlledHs.entries.forEach((e, i) => {
    if (controlledHs.has(e.prefix))
      problems.push({
        path: `referenceData.controlledHs.entries[${i}].prefix`,
        message: `heading ${e.prefix} is listed twice`,
      });
    controlledHs.set(e.prefix, {
      prefix: e.prefix,
      label: e.label,
      category: e.category,
      chapter93: e.chapter93,
      points: e.points,
    });
  });

  const splitSetting = document.indicators.SPLIT_SHIPMENTS;
  const historyWindowHours =
    splitSetting?.params && Value.Check(SplitShipmentsParamsSchema, splitSetting.params)
      ? (splitSetting.params.windowHours as number)
      : 24;

  const base: IndicatorCompileInput['profile'] = {
    id: document.id,
    version: document.version,
    title: document.title,
    document,
    severitySteps: (['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const).map((severity) => ({
      severity,
      minScore: t[severity],
    })),
    alertAt: document.alertAt,
    scoreCap: document.scoreCap,
    randomSelection: document.randomSelection,
    alertPriorities: document.alertPriorities ?? DEFAULT_PRIORITIES,
    matcher,
    armsVocabulary: ARMS_VOCABULARY,
    controlledHs,
    historyWindowHours,
  };

  const indicators: CompiledIndicator[] = [];
  const codes = [...Object.keys(document.indicators)];
  if (!Object.hasOwn(document.indicators, RANDOM)) codes.push(RANDOM);
  for (const code of codes) {
    const path = `indicators.${code}`;
    const setting: IndicatorSetting = document.indicators[code] ?? {
      enabled: true,
      points: document.randomSelection.points,
    };
    const definition: Pick<IndicatorDefinition, 'paramsSchema' | 'compile'> | undefined =
      setting.kind === 'KEYWORD' ? keywordRuleIndicator : INDICATOR_CATALOGUE.get(code);
    if (!definition) {
      problems.push({
        path,
        message: `'${code}' is not a catalogue indicator; a profile-defined code needs "kind": "KEYWORD"`,
      });
      continue;
    }
    if (setting.kind !== undefined && INDICATOR_CATALOGUE.has(code)) {
      problems.push({
        path: `${path}.kind`,
        message: `'${code}' is a catalogue indicator and takes no kind`,
      });
      continue;
    }
    const params = Value.Default(definition.paramsSchema, structuredClone(setting.params ?? {})) as Record<
      string,
      unknown
    >;
    const violations = validateParams(definition.paramsSchema, params, `${path}.params`);
    if (violations.length > 0) {
      problems.push(...violations);
      continue;
    }
    if (!setting.enabled) continue;
    try {
      const run = definition.compile({ code, setting, params, document, profile: base, path });
      indicators.push({ code, maxPoints: setting.maxPoints, run });
    } catch (error) {
      if (error instanceof ProfileError) problems.push(...error.problems);
      else throw error;
    }
  }

  const known = new Set(codes);
  const combinationIds = new Set<string>();
  document.combinations.forEach((c, i) => {
    if (known.has(c.id) || combinationIds.has(c.id))
      problems.push({
        path: `combinations[${i}].id`,
        message: `'${c.id}' is already an indicator or combination code`,
      });
    combinationIds.add(c.id);
    c.all.forEach((code, k) => {
      if (!known.has(code))
        problems.push({
          path: `combinations[${i}].all[${k}]`,
          message: `'${code}' is not an indicator of this profile`,
        });
    });
  });
  if (problems.length > 0) fail(problems);

  return Object.freeze({
    ...base,
    indicators: Object.freeze(indicators),
    combinations: document.combinations,
  });
}
