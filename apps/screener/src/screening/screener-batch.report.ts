/** What a batch screened, kept for the metrics counted once its transaction has committed. */
export interface ScreenerBatchReport {
  readonly screened: ReadonlyArray<{
    readonly trigger: string;
    readonly severity: string;
    readonly alert: boolean;
    readonly indicators: readonly string[];
    /** Indicators of the hits an exemption zeroed (also in `indicators`). */
    readonly exempted?: readonly string[];
    readonly submittedAt: string;
    readonly producedAt?: string;
  }>;
  readonly replays: number;
  readonly deadLetters: readonly string[];
}
