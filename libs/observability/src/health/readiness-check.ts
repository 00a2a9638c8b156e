/** What one readiness check found; `detail` is shown in the /health/ready body (no secrets). */
export interface ReadinessState {
  readonly ready: boolean;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/**
 * An app-specific condition for serving traffic (e.g. "snapshot loaded"). Register one by giving its
 * injection token to `HealthModule.forRoot({ readinessChecks: [...] })`; `name` becomes its key
 * in the readiness answer, so a 503 names the component that is not ready.
 */
export interface ReadinessCheck {
  readonly name: string;
  isReady(): ReadinessState | Promise<ReadinessState>;
}
