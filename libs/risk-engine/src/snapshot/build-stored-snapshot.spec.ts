import type { RiskProfileDocument } from '../profile/risk-profile.schema';
import { defaultProfileDocument, nationalList } from '../testing/screening.fixture';
import { buildStoredSnapshot } from './build-stored-snapshot';

describe('buildStoredSnapshot', () => {
  const national = nationalList([{ entryId: 'NAT-0042', kind: 'PARTY', name: 'Sahel Logistics SARL' }]);

  it('names a national list by the number the store gave it, the UN list by its own version', async () => {
    const profile = (await defaultProfileDocument()) as unknown as RiskProfileDocument;
    const un = {
      ...nationalList([{ entryId: 'QDi.001', kind: 'PARTY', name: 'Ahmad Khan' }], 'un-sc'),
      version: '2024-09-26T00:00:00Z',
    };
    const snapshot = buildStoredSnapshot({
      profile,
      watchlists: [
        { version: 7, file: { ...national, format: 'json-lines' } },
        { version: 3, file: { ...un, format: 'un-sc-xml' } },
      ],
    });
    expect(snapshot.watchlists.lists).toEqual({ national: 7, 'un-sc': '2024-09-26T00:00:00Z' });
    expect(snapshot.profile.id).toBe(profile.id);
    expect([...snapshot.parties.keys()]).toEqual(['national/NAT-0042', 'un-sc/QDi.001']);
  });
});
