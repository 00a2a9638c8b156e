import { Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery } from '@nestjs/swagger';
import { Roles } from '@salw/auth';
import { AuditLogRepository } from '@salw/store';
import { RegistryError } from '../shared/registry.error';
import { RegistryController } from '../shared/registry-controller.decorator';

/** Parses `limit` of an audit query: 1-1000, 100 by default. */
export function parseAuditLimit(value: unknown): number {
  if (value === undefined) return 100;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new RegistryError('invalid', 'limit must be an integer from 1 to 1000');
  return limit;
}

/** The audit trail: who changed what, when, why, and what changed. */
@RegistryController('audit')
export class AuditController {
  constructor(@Inject(AuditLogRepository) private readonly audit: AuditLogRepository) {}

  @Get()
  @Roles('analyst', 'admin')
  @ApiOperation({ summary: 'The newest audit records first' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'action', required: false, example: 'list.activate' })
  @ApiQuery({ name: 'subject', required: false, example: 'list national' })
  recent(@Query() query: Record<string, string | undefined>) {
    return this.audit.recent({
      limit: parseAuditLimit(query.limit),
      action: query.action,
      subject: query.subject,
    });
  }
}
