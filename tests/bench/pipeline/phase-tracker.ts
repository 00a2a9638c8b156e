/**
 * The declarations of one benchmark phase, and what became of them: when each was sent, when its
 * committed result reached the reader, and the result record's own timestamp (set by the screener's
 * producer just before its transaction commits).
 */
export class PhaseTracker {
  private readonly sentAt = new Map<string, number>();
  private readonly measured = new Set<string>();
  readonly receiveLatenciesMs: number[] = [];
  readonly recordTimestampLatenciesMs: number[] = [];
  received = 0;
  measuredReceived = 0;
  deadLetters = 0;
  firstReceivedAtMs?: number;
  lastReceivedAtMs?: number;

  constructor(readonly name: string) {}

  /** `measured` keys count towards the latency figures; the others are warm-up. `sentAtMs` is absent for preloaded records. */
  expect(key: string, measured: boolean, sentAtMs = Number.NaN): void {
    this.sentAt.set(key, sentAtMs);
    if (measured) this.measured.add(key);
  }

  markSent(key: string, sentAtMs: number): void {
    if (this.sentAt.has(key)) this.sentAt.set(key, sentAtMs);
  }

  get outstanding(): number {
    return this.sentAt.size;
  }

  /** Takes a committed result if it belongs to this phase; false otherwise. */
  takeResult(key: string, receivedAtMs: number, recordTimestampMs: number): boolean {
    const sentAtMs = this.sentAt.get(key);
    if (sentAtMs === undefined) return false;
    this.sentAt.delete(key);
    this.received++;
    this.firstReceivedAtMs ??= receivedAtMs;
    this.lastReceivedAtMs = receivedAtMs;
    if (this.measured.delete(key)) {
      this.measuredReceived++;
      if (!Number.isNaN(sentAtMs)) {
        this.receiveLatenciesMs.push(receivedAtMs - sentAtMs);
        this.recordTimestampLatenciesMs.push(recordTimestampMs - sentAtMs);
      }
    }
    return true;
  }

  /** A dead letter ends its declaration too (no result will come); counted apart, never as a result. */
  takeDeadLetter(key: string): boolean {
    if (!this.sentAt.delete(key)) return false;
    this.measured.delete(key);
    this.deadLetters++;
    return true;
  }
}
