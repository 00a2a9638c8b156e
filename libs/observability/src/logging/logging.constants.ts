/** Injection token of the process' pino `Logger`. */
export const LOGGER = 'salw.observability.logger';
