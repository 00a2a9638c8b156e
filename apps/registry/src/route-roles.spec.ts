import type { Role } from '@salw/auth';
import {
  itAdmitsExactlyTheRolesListed,
  routeHandlersOf,
  type RouteRoles,
} from '@salw/auth/testing/route-roles';
import { REGISTRY_CONTROLLERS } from './app.module';
import { AuditController } from './audit/audit.controller';
import { BacktestsController } from './backtest/backtests.controller';
import { ExemptionsController } from './exemptions/exemptions.controller';
import { ImportsController } from './imports/imports.controller';
import { ListsController } from './lists/lists.controller';
import { ProfilesController } from './profiles/profiles.controller';
import { RetroScreeningsController } from './retro/retro-screenings.controller';
import { ScreenersController } from './screeners/screeners.controller';

/** Which roles each route admits: the registry's whole access policy in one table. */
const READ: Role[] = ['analyst', 'admin'];
const CHANGE: Role[] = ['admin'];
const EXPECTED: RouteRoles[] = [
  [ListsController, 'all', READ],
  [ListsController, 'versions', READ],
  [ListsController, 'diff', READ],
  [ListsController, 'activate', CHANGE],
  [ListsController, 'rollback', CHANGE],
  [ImportsController, 'import', CHANGE],
  [ProfilesController, 'all', READ],
  [ProfilesController, 'diff', READ],
  [ProfilesController, 'validate', READ],
  [ProfilesController, 'publish', CHANGE],
  [ProfilesController, 'activate', CHANGE],
  [ProfilesController, 'rollback', CHANGE],
  [AuditController, 'recent', READ],
  [ScreenersController, 'running', READ],
  [BacktestsController, 'run', READ],
  [RetroScreeningsController, 'run', CHANGE],
  [ExemptionsController, 'list', READ],
  [ExemptionsController, 'one', READ],
  [ExemptionsController, 'create', CHANGE],
  [ExemptionsController, 'revoke', CHANGE],
];

describe('every route of the registry admits exactly the roles it should', () => {
  it('covers every route handler of the registry controllers', () => {
    for (const controller of REGISTRY_CONTROLLERS) {
      const listed = EXPECTED.filter(([c]) => c === controller).map(([, m]) => m);
      expect(routeHandlersOf(controller).sort()).toEqual(listed.sort());
    }
  });

  itAdmitsExactlyTheRolesListed(EXPECTED);
});
