/** A batch handler broke its contract of one outcome per record: a defect, retried like any failure. */
export class OutcomeCountError extends Error {
  override readonly name = 'OutcomeCountError';
  constructor(
    readonly outcomes: number,
    readonly records: number,
  ) {
    super(`batch handler returned ${outcomes} outcomes for ${records} records`);
  }
}
