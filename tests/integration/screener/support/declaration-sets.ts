import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Declaration } from '@salw/contracts';
import { generateDeclarations } from '@salw/synthetic-traffic';
import { REPO_ROOT } from './screener-test-bed';

/** The 200 realistic sample declarations of deploy/samples (some risky). */
export function sampleDeclarations(): Declaration[] {
  return readFileSync(join(REPO_ROOT, 'deploy/samples/declarations.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as Declaration);
}

/** `count` generated declarations (deterministic for a seed), `riskyShare` of them from risky scenarios. */
export function generatedDeclarations(seed: string, count: number, riskyShare = 0.05): Declaration[] {
  return [...generateDeclarations({ seed, count, riskyShare, startAt: '2026-11-02T06:00:00Z' })].map(
    (labelled) => labelled.declaration,
  );
}

/** The next version of a declaration, as a clearance system would send after a correction. */
export function amended(declaration: Declaration): Declaration {
  const [first, ...rest] = declaration.items;
  return {
    ...declaration,
    version: declaration.version + 1,
    items: [{ ...first, description: `${first.description} (corrected)`.slice(0, 2048) }, ...rest],
  };
}

/** Throws, naming them, when two declarations share an id: every test counts results per id. */
export function assertUniqueIds(declarations: readonly Declaration[]): void {
  const seen = new Set<string>();
  const doubled = new Set<string>();
  for (const { declarationId } of declarations) (seen.has(declarationId) ? doubled : seen).add(declarationId);
  if (doubled.size > 0)
    throw new Error(`test input reuses declaration ids: ${[...doubled].slice(0, 10).join(', ')}`);
}
