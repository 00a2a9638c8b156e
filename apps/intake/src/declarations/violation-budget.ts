import type { ContractViolation } from '@salw/contracts';

/** Violations listed per batch line; the rest are counted in one closing entry. */
export const MAX_LINE_VIOLATIONS = 5;
/** Longest path and message kept in a batch report (a hostile line can make either long). */
const MAX_TEXT_CHARS = 300;
/** What every batch report may spend on violations besides its multiple of the request's bytes. */
const BASE_BUDGET_CHARS = 64 * 1024;
const BUDGET_PER_REQUEST_BYTE = 2;

/**
 * Keeps a batch report within a fixed multiple of its request: each rejected line lists at most
 * {@link MAX_LINE_VIOLATIONS} violations with short texts, and all lines together spend at most
 * 64 KiB + 2 characters per request byte on them. Past that, a line keeps its reason and one entry
 * saying its violations were left out. (Each line's own entry is bounded too, and lines are at least
 * 2 bytes, so the whole report stays under 64 KiB + ~40 × the request.)
 */
export class ViolationBudget {
  private spent = 0;

  constructor(private readonly requestBytes: () => number) {}

  take(violations: readonly ContractViolation[]): ContractViolation[] {
    const listed = violations.slice(0, MAX_LINE_VIOLATIONS).map((v) => ({
      path: clip(v.path),
      rule: clip(v.rule),
      message: clip(v.message),
    }));
    if (violations.length > MAX_LINE_VIOLATIONS) {
      listed.push({
        path: '(root)',
        rule: 'more',
        message: `and ${violations.length - MAX_LINE_VIOLATIONS} more problems in this line`,
      });
    }
    const cost = listed.reduce((sum, v) => sum + v.path.length + v.rule.length + v.message.length + 40, 0);
    const budget = BASE_BUDGET_CHARS + BUDGET_PER_REQUEST_BYTE * this.requestBytes();
    if (this.spent + cost > budget) {
      return [
        {
          path: '(root)',
          rule: 'omitted',
          message: 'violations left out: the report reached its size limit; fix the lines above and resend',
        },
      ];
    }
    this.spent += cost;
    return listed;
  }
}

function clip(text: string): string {
  return text.length <= MAX_TEXT_CHARS ? text : `${text.slice(0, MAX_TEXT_CHARS - 1)}…`;
}
