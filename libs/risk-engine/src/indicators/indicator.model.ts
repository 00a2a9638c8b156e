import type { TSchema } from '@sinclair/typebox';
import type { Declaration, DeclarationItem, Hit, Party, PartyRole } from '@salw/contracts';
import type { CompiledProfileBase, ControlledHeading } from '../profile/compiled-profile-base.model';
import type { IndicatorSetting, RiskProfileDocument } from '../profile/risk-profile.schema';
import type { TermMatch, TextMatches } from '../text/phrase-matcher';
import type { HistoryFacts } from '../history/history-facts.model';
import type { TraderKey } from '../history/trader-key.model';
import type { WatchlistTables } from '../snapshot/watchlist-tables.model';

/** What the engine worked out about one item before any indicator runs. */
export interface ItemAnalysis {
  readonly index: number;
  readonly item: DeclarationItem;
  /** The most specific controlled heading the HS code falls under. */
  readonly controlled: ControlledHeading | undefined;
  readonly text: TextMatches;
  /** Accepted matches of the arms vocabulary in the description. */
  readonly arms: readonly TermMatch[];
  readonly armsLike: boolean;
}

/** A party the declaration names, with its role. */
export interface RoleParty {
  readonly role: PartyRole;
  readonly party: Party;
}

export interface DeclarationAnalysis {
  readonly items: readonly ItemAnalysis[];
  /** The parties present, in `PARTY_ROLES` order. */
  readonly parties: readonly RoleParty[];
  readonly anyControlled: boolean;
  readonly anyArmsLike: boolean;
  /** `submittedAt` as YYYY-MM-DD, for date-only comparisons (licence and embargo validity). */
  readonly submittedDate: string;
}

/** Everything an indicator may read. All of it is an input: no clock, no I/O. */
export interface IndicatorContext {
  readonly declaration: Declaration;
  /** The screening snapshot's watchlists (an indicator reads its profile when it is compiled). */
  readonly snapshot: WatchlistTables;
  readonly analysis: DeclarationAnalysis;
  readonly history: HistoryFacts;
  readonly historyKeys: readonly TraderKey[];
}

/** A compiled indicator: context in, hits out. Pure. */
export type IndicatorRunner = (context: IndicatorContext) => readonly Hit[];

/** Compile-time inputs of an indicator: its own setting and the profile (reference data, other parts). */
export interface IndicatorCompileInput {
  readonly code: string;
  readonly setting: IndicatorSetting;
  /** The setting's params, validated against the indicator's schema with defaults applied. */
  readonly params: Record<string, unknown>;
  readonly document: RiskProfileDocument;
  readonly profile: CompiledProfileBase;
  /** JSON path of the setting, for errors (`indicators.EMBARGO_COUNTRY`). */
  readonly path: string;
}

export interface IndicatorDefinition {
  readonly code: string;
  /** TypeBox schema of `params`; defaults in it are applied before `compile` sees them. */
  readonly paramsSchema: TSchema;
  compile(input: IndicatorCompileInput): IndicatorRunner;
}
