import type { Exemption } from '@salw/risk-engine';
import type { ExemptionFilter } from '@salw/store';
import {
  changeFrom,
  commandArgs,
  formatTable,
  option,
  UsageError,
  type CommandContext,
  printResult,
  type RegistryCommand,
} from '../cli/registry-command';
import { describeExemption } from './describe-exemption';
import { EXEMPT_OPTIONS, ExemptUsageError, exemptionRequestFromArgs } from './exemption-request-from-args';
import {
  EXEMPTION_FILTERS,
  ExemptionRegistryService,
  type ListedExemption,
} from './exemption-registry.service';

function show(context: CommandContext, exemption: Exemption, verb: string): void {
  if (context.json) context.out(JSON.stringify(exemption, null, 2));
  else context.out(`${verb} ${exemption.id}: ${describeExemption(exemption)}`);
}

/** `registry exempt party|indicator CODE ...`: records an exemption (admin work, audited). */
export const EXEMPT_COMMAND: RegistryCommand = {
  name: 'exempt',
  usage:
    '(party --party-id ID|--party-name NAME [--role R] [--country CC] --list L --entry ID | indicator CODE --hs HEADING|--trader-id ID --role R|--address LINE [--city C] --country CC --role R) [--office O] [--mode M] [--origin CC] [--destination CC] --reason TEXT (--days N | --expires DATE)',
  summary:
    'record a false list match (party) or an indicator exempted on a lane (indicator), with a reason and an expiry of at most 365 days',
  async run(args, context) {
    const parsed = commandArgs(args, { positional: args[0] === 'indicator' ? 2 : 1, valued: EXEMPT_OPTIONS });
    const service = context.get(ExemptionRegistryService);
    let request: Record<string, unknown>;
    try {
      request = exemptionRequestFromArgs(parsed.positional, (name) => option(parsed, name), service.now());
    } catch (error) {
      if (error instanceof ExemptUsageError) throw new UsageError(error.message);
      throw error;
    }
    // The exemption's reason is the change's: --reason and an actor are required, as for every change.
    const change = changeFrom(parsed, context);
    show(context, await service.create(request, change.actor), 'recorded');
    return 0;
  },
};

function row(e: ListedExemption) {
  return {
    id: e.id,
    state: e.state,
    kind: e.kind,
    what: describeExemption(e),
    author: e.author,
    created: e.createdAt,
    reason: e.revoked ? `${e.reason} [revoked by ${e.revoked.by}: ${e.revoked.reason}]` : e.reason,
  };
}

/** `registry exemptions [--state S]` lists; `registry exemptions revoke ID --reason TEXT` revokes (audited). */
export const EXEMPTIONS_COMMAND: RegistryCommand = {
  name: 'exemptions',
  usage: '[--state active|expired|revoked|all]',
  summary: 'list exemptions by state (default: active), with author, reason and expiry',
  async run(args, context) {
    const parsed = commandArgs(args, { positional: 0, valued: ['state'] });
    const state = (option(parsed, 'state') ?? 'active') as ExemptionFilter;
    if (!EXEMPTION_FILTERS.includes(state))
      throw new UsageError(`--state must be one of ${EXEMPTION_FILTERS.join(', ')}`);
    const found = await context.get(ExemptionRegistryService).list(state);
    return printResult(context, found, () =>
      formatTable(found.map(row), ['id', 'state', 'kind', 'what', 'author', 'created', 'reason']),
    );
  },
};

export const REVOKE_EXEMPTION_COMMAND: RegistryCommand = {
  name: 'exemptions revoke',
  usage: 'ID --reason TEXT',
  summary: 'revoke an exemption from now on (the record stays, with who revoked it and why)',
  async run(args, context) {
    const parsed = commandArgs(args, { positional: 1, valued: ['reason'] });
    const id = parsed.positional[0] as string;
    show(
      context,
      await context.get(ExemptionRegistryService).revoke(id, changeFrom(parsed, context)),
      'revoked',
    );
    return 0;
  },
};

export const EXEMPTION_COMMANDS: readonly RegistryCommand[] = [
  EXEMPT_COMMAND,
  EXEMPTIONS_COMMAND,
  REVOKE_EXEMPTION_COMMAND,
];
