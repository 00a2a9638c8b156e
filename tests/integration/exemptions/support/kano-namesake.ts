import type { Declaration } from '@salw/contracts';
import { aDeclaration } from '@salw/risk-engine/testing/screening.fixture';

/** Why the namesake is not the listed company, as an analyst records it. */
export const KANO_REASON = 'Kano Allied Ventures of Zaria, RC 44107; not the listed Kano company';

/**
 * `registry exempt party ...` for the namesake (without the expiry option): its consignee, by trader id,
 * is not entry NAT-0002 of the project's sample national list.
 */
export const EXEMPT_KANO_ARGS = [
  'exempt',
  'party',
  '--party-id',
  'NG441077',
  '--role',
  'consignee',
  '--list',
  'national',
  '--entry',
  'NAT-0002',
  '--reason',
  KANO_REASON,
];

/** An ordinary declaration whose consignee bears the name of sample entry NAT-0002 'Kano Allied Ventures Ltd'. */
export function kanoNamesake(declarationId: string): Declaration {
  const d = aDeclaration({ declarationId });
  return {
    ...d,
    parties: {
      ...d.parties,
      consignee: { name: 'Kano Allied Ventures Ltd', id: 'NG-4410-77', address: { country: 'NG' } },
    },
  };
}
