import type { Declaration, IndicatorCode } from '@salw/contracts';

/**
 * The ground truth that travels with a generated declaration.
 *
 * - `risky`: the consignment is, in the scenario's story, an attempt to move arms, parts or ammunition
 *   irregularly (or involves a listed party); lawful licensed arms trade and hard negatives are not risky.
 * - `expectAlert`: a targeting officer must see it, i.e. the result should reach the alert threshold (HIGH
 *   or above). A lone weak cue (cash alone, one vague description alone) is not an expected alert.
 * - `expectedIndicators`: what a correct engine raises, weak ones included (sorted, no duplicates).
 * - `allowedIndicators`: indicators that may fire without being wrong (e.g. NEW_TRADER on the first
 *   shipment of an established licensed exporter the engine has not seen yet). RANDOM_SELECTION is
 *   always allowed and never expected: the pick is the engine's own hash, unknown to the generator.
 */
export interface TrafficLabel {
  readonly risky: boolean;
  readonly expectAlert: boolean;
  readonly expectedIndicators: readonly IndicatorCode[];
  readonly allowedIndicators?: readonly IndicatorCode[];
  readonly scenario: string;
  readonly note: string;
  readonly evidence?: LabelEvidence;
}

/** What the scenario planted, so a test (or a reader) can find it in the declaration. */
export interface LabelEvidence {
  /** Arms words placed in item descriptions, exactly as written. */
  readonly keywords?: readonly string[];
  /** Watchlist entries the declaration was built to hit (UN reference numbers or national entry ids). */
  readonly watchlistEntries?: readonly string[];
  /** Declarations of one split-shipment series share this id. */
  readonly seriesId?: string;
  /** A cover phrase placed in a description. */
  readonly coverPhrase?: string;
  /** The ambiguous ordinary word a hard negative carries. */
  readonly ambiguousTerm?: string;
}

export interface LabelledDeclaration {
  readonly declaration: Declaration;
  readonly label: TrafficLabel;
}
