import type { Declaration } from '@salw/contracts';
import { aDeclaration, nationalList } from '../testing/screening.fixture';
import type { Exemption } from './exemption.schema';

/** A stored exemption for specs: in force from 2026-11-01 to 2027-01-01 unless patched. */
export function anExemption(patch: Partial<Exemption> & Pick<Exemption, 'kind'>): Exemption {
  return {
    id: 'exm-1',
    author: 'a.analyst',
    createdAt: '2026-11-01T00:00:00Z',
    expiresAt: '2027-01-01T00:00:00Z',
    reason: 'checked with the trade register: a different company',
    ...patch,
  };
}

/** A national list with one entry, NAT-0042 'Sahel Logistics SARL' (ML, 60 points), and one other. */
export const SAHEL_LIST = nationalList([
  { entryId: 'NAT-0042', kind: 'PARTY', name: 'Sahel Logistics SARL', country: 'ML', points: 60 },
  { entryId: 'NAT-0050', kind: 'PARTY', name: 'Green Pine Associated Corporation', country: 'KP' },
]);

/** A Malian consignee (id ML-778-123) whose name is that of listed entry NAT-0042. */
export function namesake(patch: Partial<Declaration> = {}): Declaration {
  const d = aDeclaration(patch);
  return {
    ...d,
    parties: {
      ...d.parties,
      consignee: {
        name: 'Sahel Logistics SARL',
        id: 'ML-778-123',
        kind: 'ORGANISATION',
        address: { line: '12 Rue du Fleuve', city: 'Bamako', country: 'ML' },
      },
    },
  };
}
