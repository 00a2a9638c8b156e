/** Injection token of the process' `MetricsRegistry`. */
export const METRICS_REGISTRY = 'salw.observability.metrics-registry';

/** Injection token of the `MetricsAccess` (accepted scrape token hashes). */
export const METRICS_ACCESS = 'salw.observability.metrics-access';
