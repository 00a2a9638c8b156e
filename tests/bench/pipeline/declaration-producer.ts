import type { Message, Producer } from 'kafkajs';
import { sleep, wallClockMs } from './wall-clock';

/** A declaration ready to send: its key (the declarationId) and its serialised bytes. */
export type PreparedDeclaration = Message & { readonly key: string; readonly value: Buffer };

export interface PacedRunReport {
  readonly sent: number;
  readonly elapsedMs: number;
  readonly achievedPerSecond: number;
  /** Most declarations that were due but not yet handed to the producer at one moment (the producer falling behind). */
  readonly maxBehind: number;
  readonly sends: number;
}

/** Sends everything as fast as the idempotent producer takes it, in large requests; for the saturation preload. */
export async function sendAll(
  producer: Producer,
  topic: string,
  messages: readonly PreparedDeclaration[],
  deadlineMs: number,
  chunk = 2_000,
): Promise<void> {
  for (let from = 0; from < messages.length; from += chunk) {
    if (Date.now() > deadlineMs)
      throw new Error(
        `preloading ${topic} passed its time limit after ${from} of ${messages.length} declarations`,
      );
    await producer.send({ topic, messages: messages.slice(from, from + chunk) });
  }
}

/**
 * Offers `messages` at `ratePerSecond`: every few milliseconds, whatever has come due since the last
 * send goes out in one request. `onSent` gets the time each slice was handed to the producer: that is
 * the send time latencies count from. Stops at `deadlineMs` even if not everything went out.
 */
export async function sendPaced(
  producer: Producer,
  topic: string,
  messages: readonly PreparedDeclaration[],
  ratePerSecond: number,
  deadlineMs: number,
  onSent: (from: number, to: number, sentAtMs: number) => void,
): Promise<PacedRunReport> {
  const started = wallClockMs();
  let sent = 0;
  let sends = 0;
  let maxBehind = 0;
  while (sent < messages.length && Date.now() < deadlineMs) {
    const now = wallClockMs();
    const due = Math.min(messages.length, Math.floor(((now - started) / 1000) * ratePerSecond));
    if (due <= sent) {
      await sleep(Math.max(1, Math.min(5, ((sent + 1) / ratePerSecond) * 1000 - (now - started))));
      continue;
    }
    maxBehind = Math.max(maxBehind, due - sent);
    onSent(sent, due, now);
    await producer.send({ topic, messages: messages.slice(sent, due) });
    sent = due;
    sends++;
  }
  const elapsedMs = wallClockMs() - started;
  return { sent, elapsedMs, achievedPerSecond: sent / (elapsedMs / 1000), maxBehind, sends };
}
