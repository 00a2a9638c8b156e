import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './screener-test-bed';

export type Codec = 'gzip' | 'snappy' | 'lz4' | 'zstd';

/** The jars of Kafka's command-line tools, fetched by tests/support/ensure-test-tools.sh. */
function kafkaToolsClasspath(): string {
  const cache = join(REPO_ROOT, 'deploy/local/.cache');
  const dir = existsSync(cache)
    ? readdirSync(cache)
        .filter((name) => name.startsWith('kafka-tools-'))
        .map((name) => join(cache, name, 'lib'))
        .find((lib) => existsSync(join(lib, '.complete')))
    : undefined;
  if (!dir) throw new Error('Kafka tools jars missing: run bash tests/support/ensure-test-tools.sh');
  return `${dir}/*`;
}

function run(command: string, args: string[], input: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 && !/exception|error/i.test(output)
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
    child.stdin.end(input);
  });
}

/** One line per record, `key<TAB>value`, written in one compressed batch by librdkafka (kcat -z). */
export function produceWithKcat(
  brokers: readonly string[],
  topic: string,
  codec: Codec,
  lines: ReadonlyArray<{ key: string; value: string }>,
): Promise<void> {
  return run(
    'kcat',
    ['-P', '-b', brokers.join(','), '-t', topic, '-z', codec, '-K', '\t', '-X', 'linger.ms=50'],
    lines.map((l) => `${l.key}\t${l.value}`).join('\n') + '\n',
  );
}

/** The same with the Java client: Kafka's console producer (what kafka-console-producer.sh runs). */
export function produceWithJavaConsoleProducer(
  brokers: readonly string[],
  topic: string,
  codec: Codec,
  lines: ReadonlyArray<{ key: string; value: string }>,
): Promise<void> {
  return run(
    'java',
    [
      '-cp',
      kafkaToolsClasspath(),
      'org.apache.kafka.tools.ConsoleProducer',
      '--bootstrap-server',
      brokers.join(','),
      '--topic',
      topic,
      '--compression-codec',
      codec,
      '--sync',
      '--property',
      'parse.key=true',
      '--property',
      'key.separator=\t',
    ],
    lines.map((l) => `${l.key}\t${l.value}`).join('\n') + '\n',
  );
}
