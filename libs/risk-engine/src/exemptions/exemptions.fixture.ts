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
