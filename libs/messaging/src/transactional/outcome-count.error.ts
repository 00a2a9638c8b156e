/** A batch handler broke its contract of one outcome per record: a defect, retried like any failure. */
export class OutcomeCountError extends Error {
  override readonly name = 'OutcomeCountError';
  constructor(
    /** Outcomes returned; undefined when the handler returned no `{ outcomes: [...] }` at all. */
    readonly outcomes: number | undefined,
    readonly records: number,
  ) {
    super(
      outcomes === undefined
        ? `batch handler returned no { outcomes } reply for ${records} records`
        : `batch handler returned ${outcomes} outcomes for ${records} records`,
    );
  }
}
