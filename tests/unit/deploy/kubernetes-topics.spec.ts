import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractTopicSpecs } from '@salw/messaging';

const SCRIPT = join(__dirname, '../../../deploy/kubernetes/base/create-topics.sh');

/** `ensure NAME PARTITIONS RETENTION_MS MAX_MESSAGE_BYTES` lines of the Kubernetes topic job. */
function ensuredTopics(): Map<string, { retentionMs: string; maxMessageBytes?: string }> {
  const topics = new Map<string, { retentionMs: string; maxMessageBytes?: string }>();
  for (const line of readFileSync(SCRIPT, 'utf8').split('\n')) {
    const match = /^ensure (\S+) \S+ (\d+)(?: (\d+))?$/.exec(line.trim());
    if (match) topics.set(match[1], { retentionMs: match[2], maxMessageBytes: match[3] });
  }
  return topics;
}

describe('deploy/kubernetes/base/create-topics.sh', () => {
  it('creates every contract topic with the retention and max.message.bytes of contractTopicSpecs', () => {
    const ensured = ensuredTopics();
    expect(contractTopicSpecs().map((spec) => [spec.topic, ensured.get(spec.topic)])).toEqual(
      contractTopicSpecs().map((spec) => [
        spec.topic,
        { retentionMs: spec.config['retention.ms'], maxMessageBytes: spec.config['max.message.bytes'] },
      ]),
    );
  });
});
