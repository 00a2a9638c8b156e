import { declarationValidator, describeRejection } from '@salw/contracts';
import type { StoredDeadLetter } from '@salw/messaging/dlq/stored-dead-letter';

export interface ReplayPlan {
  /** Pass the current schema now: these go back to the declarations topic. */
  readonly replay: readonly StoredDeadLetter[];
  /** Still refused, with the reason as the screener would give it today. */
  readonly refused: ReadonlyArray<{ readonly letter: StoredDeadLetter; readonly detail: string }>;
}

/**
 * Re-validates each dead letter with the declaration contract as this build has it (the fix that
 * makes a replay worthwhile), and with the screener's key rule (the record key is the declarationId).
 * Only those that pass are replayed; the rest stay in the DLQ, untouched.
 */
export function planReplay(letters: readonly StoredDeadLetter[]): ReplayPlan {
  const replay: StoredDeadLetter[] = [];
  const refused: Array<{ letter: StoredDeadLetter; detail: string }> = [];
  for (const letter of letters) {
    if (!letter.value || letter.value.length === 0) {
      refused.push({ letter, detail: 'EMPTY_MESSAGE: the dead letter has no value' });
      continue;
    }
    const result = declarationValidator.parse(letter.value);
    if (!result.ok) {
      refused.push({ letter, detail: `${result.reason}: ${describeRejection(result)}` });
      continue;
    }
    const key = letter.key?.toString('utf8');
    if (key !== result.value.declarationId) {
      refused.push({
        letter,
        detail: `KEY_MISMATCH: record key "${key ?? ''}" is not the declarationId "${result.value.declarationId}"`,
      });
      continue;
    }
    replay.push(letter);
  }
  return { replay, refused };
}
