export * from './profile/risk-profile.schema';
export * from './profile/compiled-profile-base.model';
export * from './profile/compiled-profile.model';
export { compileProfile } from './profile/compile-profile';
export { validateProfileDocument, type ProfileValidation } from './profile/validate-profile';
export { ProfileError } from './profile/profile.error';
export { INDICATOR_CATALOGUE } from './indicators/indicator-catalogue';
export type {
  IndicatorContext,
  IndicatorDefinition,
  IndicatorRunner,
  DeclarationAnalysis,
  ItemAnalysis,
} from './indicators/indicator.model';
export { PhraseMatcher, type TermMatch, type TextMatches, type CompiledTerm } from './text/phrase-matcher';
export { tokenise, type TokenList } from './text/tokenise.util';
export {
  evaluate,
  evaluateWithObservation,
  compareHits,
  type EvaluateInput,
  type Evaluation,
} from './evaluate/evaluate';
export { analyseDeclaration } from './evaluate/analyse-declaration';
export { alertPriority, toAlert } from './evaluate/alert-priority';
export { resultIdFor, alertIdFor, type ResultIdentity } from './evaluate/result-ids';
export { severityForScore } from './evaluate/severity';
export { ENGINE_VERSION } from './evaluate/engine-version.constant';
export { buildSnapshot, type BuildSnapshotInput } from './snapshot/build-snapshot';
export { buildStoredSnapshot, type StoredSnapshotDocuments } from './snapshot/build-stored-snapshot';
export type { ScreeningSnapshot } from './snapshot/screening-snapshot.model';
export type { WatchlistTables, PartyEntries, PartyEntryFacts } from './snapshot/watchlist-tables.model';
export type { PartyNameMatcher, PartyNameCandidate } from './snapshot/party-name-matcher.model';
export type { WatchlistEntrySource, WatchlistFileSource } from './snapshot/watchlist-source.model';
export { createNameIndexMatcher, entryKeyOf } from './snapshot/name-index-matcher';
export { historyKeysFor } from './history/history-keys';
export type { TraderKey, HistoryQuery, HistoryRole } from './history/trader-key.model';
export { NO_HISTORY, type HistoryFacts, type FirstSeen } from './history/history-facts.model';
export type { TraderObservation } from './history/trader-observation.model';
export type { TraderHistoryPort } from './history/trader-history.port';
export { InMemoryTraderHistory } from './history/in-memory-trader-history';
export { severityRank } from './evaluate/severity';
export * from './exemptions';
