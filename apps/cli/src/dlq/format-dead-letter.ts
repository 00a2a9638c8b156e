import type { StoredDeadLetter } from '@salw/messaging/dlq/stored-dead-letter';

const SHOW_VALUE_MAX = 64 * 1024;

function source(letter: StoredDeadLetter): string {
  return `${letter.sourceTopic || '?'}:${letter.sourcePartition ?? '?'}@${letter.sourceOffset || '?'}`;
}

/** One line per dead letter: id, time, reason, source, key, detail (cut to the terminal's taste). */
export function listLine(letter: StoredDeadLetter): string {
  return [
    letter.id.padEnd(8),
    letter.deadLetteredAt.toISOString(),
    letter.reason.padEnd(26),
    source(letter).padEnd(32),
    (letter.key?.toString('utf8') ?? '(no key)').padEnd(24),
    letter.detail.length > 120 ? `${letter.detail.slice(0, 119)}…` : letter.detail,
  ].join('  ');
}

/** Everything about one dead letter; the value pretty-printed when it is JSON, else as text. */
export function showText(letter: StoredDeadLetter): string {
  const raw = letter.value?.toString('utf8') ?? '';
  let body = raw;
  try {
    body = JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    // not JSON (that may be why it was refused): show it as it is
  }
  if (body.length > SHOW_VALUE_MAX)
    body = `${body.slice(0, SHOW_VALUE_MAX)}\n… (${body.length} characters in all)`;
  const headers = Object.entries(letter.sourceHeaders)
    .map(([name, value]) => `  ${name}: ${String(value)}`)
    .join('\n');
  return [
    `dead letter      ${letter.id}`,
    `dead-lettered at ${letter.deadLetteredAt.toISOString()}`,
    `reason           ${letter.reason}`,
    `detail           ${letter.detail}`,
    `source           ${source(letter)}`,
    `key              ${letter.key?.toString('utf8') ?? '(no key)'}`,
    `source headers${headers ? `\n${headers}` : '   (none)'}`,
    `value (${letter.value?.length ?? 0} bytes):`,
    body,
  ].join('\n');
}
