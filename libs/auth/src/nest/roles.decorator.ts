import { SetMetadata } from '@nestjs/common';
import type { Role } from '../roles/role';
import { ROLES_KEY } from './auth.constants';

/** The roles admitted to a route (or every route of a controller); a route without it admits nobody. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
