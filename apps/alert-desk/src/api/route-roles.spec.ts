import { AuthController, type Role } from '@salw/auth';
import {
  itAdmitsExactlyTheRolesListed,
  routeHandlersOf,
  type RouteRoles,
} from '@salw/auth/testing/route-roles';
import { EventsController } from '../live/events.controller';
import { AlertsController } from './alerts.controller';
import { PerformanceController } from './performance.controller';

/** Which roles each route admits: the whole access policy of the desk in one table. */
const READ: Role[] = ['officer', 'supervisor', 'analyst', 'admin'];
const WORK: Role[] = ['officer', 'supervisor'];
const EXPECTED: RouteRoles[] = [
  [AlertsController, 'list', READ],
  [AlertsController, 'detail', READ],
  [AlertsController, 'claim', WORK],
  [AlertsController, 'examine', WORK],
  [AlertsController, 'note', WORK],
  [AlertsController, 'close', WORK],
  [AlertsController, 'release', WORK],
  [AlertsController, 'assign', ['supervisor']],
  [AlertsController, 'reopen', ['supervisor']],
  [EventsController, 'stream', READ],
  [PerformanceController, 'performance', ['analyst', 'supervisor', 'admin']],
  [AuthController, 'postSignOut', READ],
  [AuthController, 'me', READ],
];

describe('every route of the desk admits exactly the roles it should', () => {
  it('covers every route handler of the desk controllers', () => {
    for (const controller of [AlertsController, EventsController, PerformanceController]) {
      const listed = EXPECTED.filter(([c]) => c === controller).map(([, m]) => m);
      expect(routeHandlersOf(controller).sort()).toEqual(listed.sort());
    }
  });

  itAdmitsExactlyTheRolesListed(EXPECTED);
});
