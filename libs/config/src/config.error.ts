/** One thing wrong with the environment, named by the variable an operator has to fix. */
export interface ConfigProblem {
  readonly variable: string;
  readonly message: string;
}

/** Every configuration problem found at startup, in one error, so an operator fixes them in one pass. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      [
        `Invalid configuration (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):`,
        ...problems.map((problem) => `  ${problem.variable}: ${problem.message}`),
      ].join('\n'),
    );
  }
}
