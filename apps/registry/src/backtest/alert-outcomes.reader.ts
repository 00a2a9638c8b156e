import { alertOutcomeValidator } from '@salw/contracts';
import { replayKafkaTopic } from '@salw/messaging';
import { AlertOutcomeIndex } from '@salw/screening';
import type { Kafka } from 'kafkajs';

/**
 * Reads every decision the alert desk published on the outcomes topic (up to its end now) into an
 * index by alertId and by declaration version. A record that is not a valid AlertOutcome is counted
 * and skipped: the desk's topic is not this reader's to correct.
 */
export async function readAlertOutcomes(
  kafka: Kafka,
  topic: string,
): Promise<{ index: AlertOutcomeIndex; invalid: number }> {
  const index = new AlertOutcomeIndex();
  let invalid = 0;
  for await (const batch of replayKafkaTopic(kafka, { topic, groupIdPrefix: 'salw-backtest-outcomes' })) {
    for (const record of batch.records) {
      const parsed = record.value === null ? undefined : alertOutcomeValidator.parse(record.value);
      if (parsed?.ok) index.add(parsed.value);
      else invalid++;
    }
  }
  return { index, invalid };
}
