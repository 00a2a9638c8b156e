import type { Message } from 'kafkajs';
import { buildDeadLetterMessage } from '../dlq/build-dead-letter-message';
import type { InboundBatch, RecordOutcome } from './batch-processing.types';
import { RECORD_BATCH_OVERHEAD_BYTES, recordBytes } from './record-bytes';

export interface FittedOutputs {
  /** The outcomes as committed: an outcome whose output would not fit became an OUTPUT_TOO_LARGE dead letter. */
  readonly outcomes: readonly RecordOutcome[];
  /** What to send, per topic, in input order. */
  readonly byTopic: ReadonlyMap<string, Message[]>;
  /** Inputs whose outputs were replaced by a dead letter, with why (for the log). */
  readonly refused: readonly { readonly offset: string; readonly detail: string }[];
}

/**
 * Turns a batch's outcomes into the messages of its transaction, each within its topic's record size
 * limit (`limits`, bytes per record batch; a topic not in it is not checked). An input whose result or
 * alert would not fit is dead-lettered instead, with reason OUTPUT_TOO_LARGE naming the topic and both
 * sizes, so that one input is parked and its partition moves on instead of failing the same
 * transaction forever. A dead letter too large for the DLQ loses the source's own headers first, then
 * its value (the detail header says so): it still records where the input was.
 */
export function fitOutputs(
  batch: InboundBatch,
  outcomes: readonly RecordOutcome[],
  dlqTopic: string,
  limits: ReadonlyMap<string, number>,
): FittedOutputs {
  const fits = (
    topic: string,
    message: Message,
  ): { ok: true } | { ok: false; bytes: number; limit: number } => {
    const limit = limits.get(topic);
    if (limit === undefined) return { ok: true };
    const bytes = recordBytes(message) + RECORD_BATCH_OVERHEAD_BYTES;
    return bytes <= limit ? { ok: true } : { ok: false, bytes, limit };
  };
  const byTopic = new Map<string, Message[]>();
  const add = (topic: string, message: Message) => {
    const list = byTopic.get(topic);
    if (list) list.push(message);
    else byTopic.set(topic, [message]);
  };
  const refused: { offset: string; detail: string }[] = [];
  const fitted = outcomes.map((outcome, index): RecordOutcome => {
    const source = batch.records[index];
    let deadLetter = outcome.kind === 'dead-letter' ? outcome : undefined;
    if (outcome.kind === 'publish') {
      for (const out of outcome.messages) {
        const check = fits(out.topic, out.message);
        if (check.ok) continue;
        const detail = `the ${out.topic} record for this input would be ${check.bytes} bytes, over the topic's max.message.bytes of ${check.limit}`;
        deadLetter = { kind: 'dead-letter', reason: 'OUTPUT_TOO_LARGE', detail };
        refused.push({ offset: source.offset, detail });
        break;
      }
      if (!deadLetter) {
        for (const out of outcome.messages) add(out.topic, out.message);
        return outcome;
      }
    }
    if (!deadLetter) return outcome;
    add(
      dlqTopic,
      fittedDeadLetter(source, deadLetter.reason, deadLetter.detail, (m) => fits(dlqTopic, m).ok),
    );
    return deadLetter;
  });
  return { outcomes: fitted, byTopic, refused };
}

function fittedDeadLetter(
  source: InboundBatch['records'][number],
  reason: Extract<RecordOutcome, { kind: 'dead-letter' }>['reason'],
  detail: string,
  fits: (message: Message) => boolean,
): Message {
  const full = buildDeadLetterMessage({ source, reason, detail });
  if (fits(full)) return full;
  const withoutHeaders = buildDeadLetterMessage({ source: { ...source, headers: {} }, reason, detail });
  if (fits(withoutHeaders)) return withoutHeaders;
  const valueBytes = source.value?.length ?? 0;
  return buildDeadLetterMessage({
    source: { ...source, headers: {}, value: null },
    reason,
    detail: `original value of ${valueBytes} bytes not kept: over the DLQ's max.message.bytes; ${detail}`,
  });
}
