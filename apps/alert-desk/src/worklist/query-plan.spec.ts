import { planQuery } from './query-plan';
import type { WorklistQuery } from './worklist-query';

const open = ['NEW', 'CLAIMED', 'UNDER_EXAMINATION'] as const;
const page = { offset: 0, limit: 50 };

describe('queue page planning', () => {
  it('reads the open queue from one sorted set when nothing is filtered', () => {
    expect(planQuery({ statuses: open, ...page }).terms).toEqual(['Sopen']);
    expect(planQuery({ statuses: ['UNDER_EXAMINATION', 'NEW', 'CLAIMED'], ...page }).terms).toEqual([
      'Sopen',
    ]);
  });

  it('reads one status from its sorted set', () => {
    expect(planQuery({ statuses: ['CLOSED'], ...page }).terms).toEqual(['Sstatus:CLOSED']);
  });

  it('uses the open per-filter sorted sets for filters over the open queue, one term a filter', () => {
    const query: WorklistQuery = { statuses: open, severity: 'HIGH', office: 'NGAPP001', ...page };
    expect(planQuery(query).terms).toEqual(['Soidx:sev:HIGH', 'Soidx:office:NGAPP001']);
  });

  it('uses the per-status filter sets when one status is asked for', () => {
    const query: WorklistQuery = { statuses: ['NEW'], indicator: 'CASH_PAYMENT', trigger: 'RETRO', ...page };
    expect(planQuery(query).terms).toEqual(['Ssidx:NEW:ind:CASH_PAYMENT', 'Ssidx:NEW:trigger:RETRO']);
  });

  it('walks every indexed alert for another mix of statuses, each filter one of its statuses', () => {
    const query: WorklistQuery = { statuses: ['NEW', 'CLOSED'], country: 'KP', ...page };
    expect(planQuery(query).terms).toEqual([
      'Sall',
      'Ostatus:NEW\nstatus:CLOSED',
      'Osidx:NEW:country:KP\nsidx:CLOSED:country:KP',
    ]);
  });

  it('adds every word of the search, the last one as a prefix while it is being typed', () => {
    const query: WorklistQuery = { statuses: ['NEW'], mode: 'SEA', text: 'Green Pine asoc', ...page };
    expect(planQuery(query).terms).toEqual(['Ssidx:NEW:mode:SEA', 'Tgreen', 'Tpine', 'Xasoc']);
    expect(planQuery({ ...query, text: 'Green Pine asoc ' }).terms.slice(1)).toEqual([
      'Tgreen',
      'Tpine',
      'Tasoc',
    ]);
  });
});
