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
    await sendUnderLimit(producer, topic, messages, from, Math.min(messages.length, from + chunk));
  }
}

/**
 * Bytes of record values per produce request. A request holds one record batch per partition and
 * the topics refuse batches above their max.message.bytes (2 MiB); a producer that has fallen
 * behind would otherwise send everything due in one request and be refused.
 */
const MAX_REQUEST_VALUE_BYTES = 1024 * 1024;

/** Sends messages[from, to) in as many requests as keep each under MAX_REQUEST_VALUE_BYTES. */
async function sendUnderLimit(
  producer: Producer,
  topic: string,
  messages: readonly PreparedDeclaration[],
  from: number,
  to: number,
): Promise<number> {
  let requests = 0;
  let start = from;
  while (start < to) {
    let end = start;
    let bytes = 0;
    while (end < to && (end === start || bytes + messages[end]!.value.length <= MAX_REQUEST_VALUE_BYTES)) {
      bytes += messages[end]!.value.length;
      end++;
    }
    await producer.send({ topic, messages: messages.slice(start, end) });
    requests++;
    start = end;
  }
  return requests;
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
    sends += await sendUnderLimit(producer, topic, messages, sent, due);
    sent = due;
  }
  const elapsedMs = wallClockMs() - started;
  return { sent, elapsedMs, achievedPerSecond: sent / (elapsedMs / 1000), maxBehind, sends };
}
