import { SetMetadata } from '@nestjs/common';
import type { IntakeRole } from './intake-role';

export const ROLES_METADATA = 'salw.intake.roles';

/** The role a caller's API key must hold for this route; the `ApiKeyGuard` refuses routes without it. */
export const Roles = (...roles: [IntakeRole, ...IntakeRole[]]) => SetMetadata(ROLES_METADATA, roles);
