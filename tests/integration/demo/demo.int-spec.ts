import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * The README's main job, as a new user runs it: `npm run demo -- --once` brings the stack up (or reuses
 * it), builds, seeds, starts intake and screener, streams generated traffic through HTTP and Kafka, and
 * ends with every accepted declaration screened. Ports are off the defaults so a demo already running
 * on this machine is not disturbed.
 */
const ROOT = join(__dirname, '..', '..', '..');

function runDemo(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['apps/cli/src/demo/demo.command.ts', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGINT'), 240_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('npm run demo -- --once (the main job)', () => {
  it('screens every declaration it streams and shows alerts with their explanations', async () => {
    const { code, output } = await runDemo([
      '--once',
      '--count',
      '400',
      '--rate',
      '400',
      '--intake-port',
      '3190',
      '--screener-port',
      '3191',
      '--desk-port',
      '3192',
    ]);
    const tail = output.slice(-3000);
    expect({ code, tail }).toEqual({ code: 0, tail: expect.any(String) });
    expect(output).toMatch(/declarations sent\s+400 \(400 accepted by the intake, 0 refused\)/);
    expect(output).toMatch(/screening results\s+400\n/);
    expect(output).toMatch(/alerts\s+[1-9]\d*/);
    expect(output).toMatch(/ - [A-Z_]+ \+\d+: .+/);
  }, 300_000);
});
