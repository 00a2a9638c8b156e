/** The queue pages the bench times, by shape: what officers ask for, from the plain queue to words and filters. */
import { SEVERITIES } from '@salw/contracts';
import type { WorklistQuery } from '../../../apps/alert-desk/src/worklist/worklist-query';
import { INDICATORS, OFFICES } from '../../integration/alert-desk/support/varied-alerts';

const OPEN = ['NEW', 'CLAIMED', 'UNDER_EXAMINATION'] as const;
const page = (q: number) => ({ offset: (q % 10) * 50, limit: 50 });
const severity = (q: number) => SEVERITIES[1 + (q % 4)];

/** Filtered and sorted pages of 50 rows, offsets 0 to 450. */
export const FILTER_SHAPES: Record<string, (q: number) => WorklistQuery> = {
  'open queue': (q) => ({ statuses: OPEN, ...page(q) }),
  'NEW only': (q) => ({ statuses: ['NEW'], ...page(q) }),
  'open + severity': (q) => ({ statuses: OPEN, severity: severity(q), ...page(q) }),
  'NEW + severity': (q) => ({ statuses: ['NEW'], severity: severity(q), ...page(q) }),
  'open + severity + indicator': (q) => ({
    statuses: OPEN,
    severity: severity(q),
    indicator: INDICATORS[q % INDICATORS.length],
    ...page(q),
  }),
  'NEW + severity + indicator + office (some empty)': (q) => ({
    statuses: ['NEW'],
    severity: severity(q),
    indicator: INDICATORS[q % INDICATORS.length],
    office: OFFICES[(q + (q >> 2)) % OFFICES.length],
    ...page(q),
  }),
  'open + indicator + office': (q) => ({
    statuses: OPEN,
    indicator: INDICATORS[q % INDICATORS.length],
    office: OFFICES[q % OFFICES.length],
    ...page(q),
  }),
};

/** Free-text pages: a declaration id as pasted, words of goods and names, a prefix being typed. */
export function textShapes(run: string, count: number): Record<string, (q: number) => WorklistQuery> {
  return {
    'text: declaration id': (q) => ({
      statuses: OPEN,
      text: `DECL-${run}-${(q * 7919) % count} `,
      offset: 0,
      limit: 50,
    }),
    'text: goods or name words': (q) => ({
      statuses: OPEN,
      text: ['receiver ', 'spare parts ', 'okafor trading ', 'hunting knives '][q % 4],
      ...page(q),
    }),
    'text: prefix + severity': (q) => ({
      statuses: OPEN,
      severity: severity(q),
      text: ['recei', 'okaf', 'mens', 'hydra'][q % 4],
      offset: 0,
      limit: 50,
    }),
    'text: word + NEW + office': (q) => ({
      statuses: ['NEW'],
      office: OFFICES[q % OFFICES.length],
      text: ['tractor ', 'boateng ', 'syringes ', 'scopes '][q % 4],
      offset: 0,
      limit: 50,
    }),
  };
}
