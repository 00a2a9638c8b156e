/** A risk profile that cannot be used, with the JSON path of each problem (`indicators.CASH_PAYMENT.points`). */
export class ProfileError extends Error {
  readonly problems: readonly { readonly path: string; readonly message: string }[];

  constructor(path: string, message: string, more: readonly { path: string; message: string }[] = []) {
    const problems = [{ path, message }, ...more];
    super(`risk profile is invalid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'ProfileError';
    this.problems = problems;
  }
}
