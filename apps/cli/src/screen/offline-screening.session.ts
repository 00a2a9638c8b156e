import {
  declarationValidator,
  describeRejection,
  type RejectReason,
  type ScreeningResult,
} from '@salw/contracts';
import {
  evaluateWithObservation,
  historyKeysFor,
  InMemoryTraderHistory,
  type ScreeningSnapshot,
} from '@salw/risk-engine';

/** What one input line became. */
export type LineOutcome =
  | { readonly kind: 'screened'; readonly result: ScreeningResult }
  | {
      readonly kind: 'replay';
      readonly declarationId: string;
      readonly version: number;
      readonly screenedVersion: number;
    }
  | { readonly kind: 'invalid'; readonly reason: RejectReason; readonly message: string };

/**
 * The embedded screener: the live pipeline's rules without Kafka or Redis, for users without a stack
 * and for analysts screening exported traffic. Declarations are screened in the order given; a higher
 * version of a declaration id is an AMENDMENT, an equal or lower one a replay (no result); trader
 * history lives in memory for the session, so SPLIT_SHIPMENTS and NEW_TRADER see the earlier lines.
 */
export class OfflineScreeningSession {
  private readonly screenedVersions = new Map<string, number>();
  private readonly history = new InMemoryTraderHistory();

  constructor(
    private readonly snapshot: ScreeningSnapshot,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async screen(bytes: Uint8Array | string): Promise<LineOutcome> {
    const parsed = declarationValidator.parse(bytes);
    if (!parsed.ok) return { kind: 'invalid', reason: parsed.reason, message: describeRejection(parsed) };
    const declaration = parsed.value;
    const screened = this.screenedVersions.get(declaration.declarationId);
    if (screened !== undefined && declaration.version <= screened) {
      return {
        kind: 'replay',
        declarationId: declaration.declarationId,
        version: declaration.version,
        screenedVersion: screened,
      };
    }
    const query = historyKeysFor(declaration, this.snapshot.profile);
    const facts = await this.history.load(query, new Date(declaration.submittedAt));
    const { result, observation } = evaluateWithObservation({
      snapshot: this.snapshot,
      declaration,
      history: facts,
      historyKeys: query.keys,
      now: this.clock(),
      trigger: screened === undefined ? 'LIVE' : 'AMENDMENT',
    });
    await this.history.record(observation);
    this.screenedVersions.set(declaration.declarationId, declaration.version);
    return { kind: 'screened', result };
  }
}
