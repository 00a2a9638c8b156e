/** Injection token of the process' `MetricsRegistry`. */
export const METRICS_REGISTRY = 'salw.observability.metrics-registry';
