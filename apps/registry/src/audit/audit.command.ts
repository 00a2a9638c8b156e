import { AuditLogRepository } from '@salw/store';
import { commandArgs, formatTable, option, printResult, type RegistryCommand } from '../cli/registry-command';
import { parseAuditLimit } from './audit.controller';

export const AUDIT_COMMAND: RegistryCommand = {
  name: 'audit',
  usage: '[--limit N] [--action ACTION] [--subject TEXT]',
  summary: 'who changed what, when, why, and what changed (newest first)',
  async run(args, context) {
    const parsed = commandArgs(args, { positional: 0, valued: ['limit', 'action', 'subject'] });
    const records = await context.get(AuditLogRepository).recent({
      limit: parseAuditLimit(option(parsed, 'limit')),
      action: option(parsed, 'action'),
      subject: option(parsed, 'subject'),
    });
    return printResult(context, records, () =>
      formatTable(records, ['at', 'actor', 'action', 'subject', 'reason', 'summary']),
    );
  },
};
