import type { Severity } from '@salw/contracts';
import type { NameVariantKind } from './names/name-variant-kind';

/** A case an analyst looks at: what went in and what the engine made of it. */
export interface Example {
  readonly input: string;
  readonly outcome: string;
}

export interface IndicatorFiring {
  /** Declarations where the indicator scored points. */
  readonly withPoints: number;
  readonly rate: number;
  /** Declarations where it left only a zero-point note. */
  readonly notesOnly: number;
  readonly examples: readonly Example[];
}

export interface OrdinaryTrafficMeasure {
  readonly declarations: number;
  readonly severities: Readonly<Record<Severity, number>>;
  readonly alerts: number;
  readonly alertRate: number;
  readonly randomSelections: number;
  readonly mediumOrAbove: number;
  readonly mediumOrAboveRate: number;
  readonly hardNegatives: {
    readonly declarations: number;
    readonly alerts: number;
    readonly mediumOrAbove: number;
  };
  readonly originShares: Readonly<Record<string, number>>;
  readonly indicators: Readonly<Record<string, IndicatorFiring>>;
  readonly alertExamples: readonly Example[];
  readonly mediumExamples: readonly Example[];
  readonly msPerDeclaration: number;
}

export interface VariantKindMeasure {
  readonly probes: number;
  readonly alerted: number;
  readonly recall: number;
  readonly misses: readonly Example[];
}

export interface NameVariantMeasure {
  readonly probes: number;
  readonly alerted: number;
  readonly recall: number;
  /** Alerts that named another entry than the one the variant was made from (not counted as found). */
  readonly alertedOnAnotherEntry: number;
  readonly byKind: Readonly<Record<NameVariantKind, VariantKindMeasure>>;
  readonly msPerQuery: number;
}

export interface OrdinaryNameMeasure {
  readonly names: number;
  /** Generated names left out because they are, word for word, a listed name or alias. */
  readonly droppedAsListed: number;
  readonly alerts: number;
  readonly alertRate: number;
  readonly mediumOrAbove: number;
  readonly mediumOrAboveRate: number;
  readonly byCulture: Readonly<
    Record<string, { readonly names: number; readonly alerts: number; readonly mediumOrAbove: number }>
  >;
  readonly worst: readonly Example[];
  readonly msPerQuery: number;
  /** The carrier declarations screened with their own parties: what the lanes alone would raise. */
  readonly carrierBaseline: {
    readonly declarations: number;
    readonly alerts: number;
    readonly mediumOrAbove: number;
  };
}

export interface LabelledIndicatorMeasure {
  /** Cases whose label expects the indicator. */
  readonly positives: number;
  readonly firedOnPositives: number;
  /** Cases where it fired although the label neither expects nor allows it. */
  readonly firedUnexpected: number;
  readonly precision: number;
  readonly recall: number;
  /** Positives an officer must see (label `expectAlert`), and how many alerted at HIGH or above. */
  readonly mustAlert: number;
  readonly alerted: number;
  readonly alertRecall: number;
  readonly misses: readonly Example[];
}

export interface LabelledMeasure {
  readonly cases: number;
  readonly indicators: Readonly<Record<string, LabelledIndicatorMeasure>>;
}

export interface MatcherComparison {
  readonly fuse: {
    readonly version: string;
    readonly threshold: number;
    readonly recall: number;
    readonly byKind: Readonly<Record<string, number>>;
    readonly ordinaryAlerts: number;
    readonly ordinaryNamesQueried: number;
    readonly ordinaryAlertRate: number;
    readonly msPerQuery: number;
    readonly indexedNames: number;
  };
  readonly engine: {
    readonly recall: number;
    readonly ordinaryAlertRate: number;
    readonly msPerQuery: number;
  };
  /** Engine time per declaration over fuse.js time per name query. */
  readonly engineToFuseTime: number;
}

export interface BarCheck {
  readonly id: string;
  readonly description: string;
  readonly value: number;
  readonly limit: number;
  readonly direction: 'at least' | 'at most';
  readonly pass: boolean;
  readonly worst: readonly string[];
}

export interface EvaluationReport {
  readonly seed: string;
  readonly profile: { readonly id: string; readonly version: number };
  readonly watchlists: {
    readonly version: string;
    readonly lists: Readonly<Record<string, string | number>>;
  };
  readonly ordinaryTraffic: OrdinaryTrafficMeasure;
  readonly nameVariants: NameVariantMeasure;
  readonly ordinaryNames: OrdinaryNameMeasure;
  readonly labelled: LabelledMeasure;
  readonly comparison?: MatcherComparison;
  readonly bars: readonly BarCheck[];
}
