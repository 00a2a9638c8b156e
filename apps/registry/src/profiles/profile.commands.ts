import { readProfileDocument } from '@salw/risk-engine/node';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  commandArgs,
  changeFrom,
  listingCommand,
  printResult,
  type RegistryCommand,
} from '../cli/registry-command';
import { describeActivation } from '../lists/list.commands';
import type { ProfileDiff } from './profile-diff';
import { parseProfileRef, ProfileRegistryService } from './profile-registry.service';
import { parseVersion } from '../shared/parse-version';

function formatProfileDiff(diff: ProfileDiff): string {
  const lines = [`profile ${diff.from.id} v${diff.from.version} -> ${diff.to.id} v${diff.to.version}`];
  const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));
  for (const code of diff.indicatorsAdded) lines.push(`+ indicator ${code}`);
  for (const code of diff.indicatorsRemoved) lines.push(`- indicator ${code}`);
  for (const [code, changes] of Object.entries(diff.indicators))
    for (const c of changes) lines.push(`~ ${code}.${c.path}: ${show(c.from)} -> ${show(c.to)}`);
  for (const c of [...diff.thresholds, ...diff.other])
    lines.push(`~ ${c.path}: ${show(c.from)} -> ${show(c.to)}`);
  if (lines.length === 1) lines.push('no differences');
  return lines.join('\n');
}

export const PROFILE_COMMANDS: readonly RegistryCommand[] = [
  listingCommand({
    name: 'profiles',
    summary: 'every stored profile version, marking the active one',
    read: (context) => context.get(ProfileRegistryService).list(),
    columns: ['id', 'version', 'active', 'name'],
    row: (p) => ({ ...p, active: p.active ? '*' : '' }),
  }),
  {
    name: 'profile validate',
    usage: 'DIR',
    summary: 'check a profile folder as the screener would compile it; every problem by its JSON path',
    async run(args, context) {
      const parsed = commandArgs(args, { positional: 1 });
      const outcome = await context.get(ProfileRegistryService).validateDir(parsed.positional[0]);
      if (context.json)
        context.out(
          JSON.stringify(
            outcome.ok ? { ok: true, id: outcome.id, version: outcome.version } : outcome,
            null,
            2,
          ),
        );
      else if (outcome.ok) context.out(`valid: profile ${outcome.id} v${outcome.version}`);
      else context.out(`not valid:\n${outcome.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
      return outcome.ok ? 0 : 1;
    },
  },
  {
    name: 'profile publish',
    usage: 'DIR --reason TEXT',
    summary: 'store a valid profile version as a draft (not active)',
    async run(args, context) {
      const parsed = commandArgs(args, { positional: 1, valued: ['reason'] });
      const change = changeFrom(parsed, context);
      const target = parsed.positional[0];
      const file = (await stat(target)).isDirectory() ? join(target, 'profile.json') : target;
      const saved = await context
        .get(ProfileRegistryService)
        .publish(await readProfileDocument(file), change);
      context.out(
        context.json
          ? JSON.stringify(saved)
          : `${saved.created ? 'published' : 'already stored (same content)'}: profile ${saved.id} v${saved.version} (draft; activate with \`profile activate ${saved.id} ${saved.version}\`)`,
      );
      return 0;
    },
  },
  {
    name: 'profile diff',
    usage: 'ID:FROM ID:TO',
    summary: 'indicators, params and thresholds changed between two stored profile versions',
    async run(args, context) {
      const [from, to] = commandArgs(args, { positional: 2 }).positional;
      const diff = await context.get(ProfileRegistryService).diff(parseProfileRef(from), parseProfileRef(to));
      return printResult(context, diff, () => formatProfileDiff(diff));
    },
  },
  {
    name: 'profile activate',
    usage: 'ID VERSION --reason TEXT',
    summary: 'make a stored profile version the active one (atomic; screeners switch; audited)',
    async run(args, context) {
      const parsed = commandArgs(args, { positional: 2, valued: ['reason'] });
      const [id, version] = parsed.positional;
      const active = await context
        .get(ProfileRegistryService)
        .activate(parseProfileRef(`${id}:${parseVersion(version)}`), changeFrom(parsed, context));
      return printResult(context, active, () => describeActivation(active));
    },
  },
  {
    name: 'profile rollback',
    usage: '--reason TEXT',
    summary: 'return to the profile version the previous activation used (audited)',
    async run(args, context) {
      const parsed = commandArgs(args, { positional: 0, valued: ['reason'] });
      const active = await context.get(ProfileRegistryService).rollback(changeFrom(parsed, context));
      return printResult(context, active, () => describeActivation(active));
    },
  },
];
