import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface TimeShare {
  readonly name: string;
  readonly ms: number;
  /** Share of the busy (non-idle) time. */
  readonly share: number;
}

export interface CpuProfileSummary {
  readonly wallMs: number;
  readonly busyMs: number;
  readonly idleMs: number;
  /** Self time per package or workspace library; a V8 builtin (JSON.parse, RegExp…) counts for the JS code that called it. */
  readonly byArea: TimeShare[];
  readonly topSelf: TimeShare[];
  /** Time spent in or under each function of our own code (libs/, apps/). */
  readonly topInclusiveOwnCode: TimeShare[];
}

const SPECIAL = new Set(['(idle)', '(garbage collector)', '(program)', '(root)']);

/** Where a sampled CPU profile of a Node process spent its time, by area and by function. */
export function summariseCpuProfile(profile: CpuProfile, top = 20): CpuProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<string, number>();
  const areas = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let idleMs = 0;
  let wallMs = 0;
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);

  // The profiler's own start/stop calls (cpu-profile.preload.ts) are not the screener's work.
  const underProfilerSwitch = (node: ProfileNode): boolean => {
    for (
      let current: ProfileNode | undefined = node;
      current;
      current = byId.get(parent.get(current.id) ?? -1)
    ) {
      if (current.callFrame.url.endsWith('cpu-profile.preload.ts')) return true;
    }
    return false;
  };

  profile.samples.forEach((id, index) => {
    // timeDeltas[i] is the gap before sample i; attributing it to sample i is how Chrome DevTools does it.
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    wallMs += ms;
    const node = byId.get(id);
    if (!node) return;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') {
      idleMs += ms;
      return;
    }
    if (SPECIAL.has(name)) {
      add(self, frameLabel(node), ms);
      add(areas, name, ms);
      return;
    }
    if (underProfilerSwitch(node)) return;
    const seen = new Set<string>();
    let areaOfSample: string | undefined;
    for (
      let current: ProfileNode | undefined = node;
      current;
      current = byId.get(parent.get(current.id) ?? -1)
    ) {
      const area = areaOf(current.callFrame.url);
      areaOfSample ??= area;
      if (area.startsWith('libs/') || area.startsWith('apps/')) {
        const label = frameLabel(current);
        if (!seen.has(label)) {
          seen.add(label);
          add(inclusive, label, ms);
        }
      }
    }
    add(self, frameLabel(node), ms);
    add(areas, areaOfSample ?? '(native, no JS caller)', ms);
  });

  const busyMs = wallMs - idleMs;
  const rank = (map: Map<string, number>, limit: number): TimeShare[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, ms]) => ({
        name,
        ms: Math.round(ms),
        share: busyMs > 0 ? Math.round((ms / busyMs) * 1000) / 1000 : 0,
      }));
  return {
    wallMs: Math.round(wallMs),
    busyMs: Math.round(busyMs),
    idleMs: Math.round(idleMs),
    byArea: rank(areas, top),
    topSelf: rank(self, top),
    topInclusiveOwnCode: rank(inclusive, top),
  };
}

function areaOf(url: string): string {
  if (url.length === 0) return '';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const workspace = /\/((?:libs|apps)\/[^/]+)\//.exec(url);
  if (workspace) return workspace[1];
  if (url.startsWith('node:')) return 'node core';
  return url;
}

function frameLabel(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  if (url.length === 0) return name;
  const file = url.replace(/^.*\/(node_modules|libs|apps)\//, '$1/').replace(/^file:\/\//, '');
  // Our code runs compiled (tsc, or tsx for preloads), so V8's line numbers of libs/ and apps/ are not source lines.
  return file.startsWith('libs/') || file.startsWith('apps/')
    ? `${name} ${file}`
    : `${name} ${file}:${lineNumber + 1}`;
}

/** `tsx tests/bench/pipeline/cpu-profile-summary.ts FILE.cpuprofile`: prints the summary of one profile. */
if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: tsx tests/bench/pipeline/cpu-profile-summary.ts FILE.cpuprofile\n');
    process.exit(2);
  }
  process.stdout.write(
    `${JSON.stringify(summariseCpuProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, 30), null, 2)}\n`,
  );
}
