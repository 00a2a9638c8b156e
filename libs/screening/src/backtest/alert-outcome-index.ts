import type { AlertOutcome } from '@salw/contracts';

/** What the alert desk decided about an alert, as a backtest shows it. */
export interface KnownOutcome {
  readonly alertId: string;
  readonly outcome: AlertOutcome['outcome'];
  readonly status: AlertOutcome['status'];
  readonly decidedAt: string;
}

/**
 * The decisions read from `salw.alert-outcomes.v1`, by alertId and by declaration version: a lost alert
 * is found by its own id; a gained one never reached the desk, so the decision the desk took on
 * another alert of the same declaration version is what tells whether it would have mattered. The
 * latest decision of an alert wins (outcomes are re-published when an alert is re-decided).
 */
export class AlertOutcomeIndex {
  private readonly byAlert = new Map<string, KnownOutcome>();
  private readonly byVersion = new Map<string, KnownOutcome>();

  get size(): number {
    return this.byAlert.size;
  }

  add(outcome: AlertOutcome): void {
    const known: KnownOutcome = {
      alertId: outcome.alertId,
      outcome: outcome.outcome,
      status: outcome.status,
      decidedAt: outcome.decidedAt,
    };
    keepLatest(this.byAlert, outcome.alertId, known);
    keepLatest(this.byVersion, versionKey(outcome.declarationId, outcome.version), known);
  }

  find(alertId: string | undefined, declarationId: string, version: number): KnownOutcome | undefined {
    return (
      (alertId === undefined ? undefined : this.byAlert.get(alertId)) ??
      this.byVersion.get(versionKey(declarationId, version))
    );
  }
}

function versionKey(declarationId: string, version: number): string {
  return `${declarationId}\u0000${version}`;
}

function keepLatest(map: Map<string, KnownOutcome>, key: string, known: KnownOutcome): void {
  const current = map.get(key);
  if (current === undefined || Date.parse(known.decidedAt) >= Date.parse(current.decidedAt))
    map.set(key, known);
}
