import type { Party } from '@salw/contracts';
import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';

const CODE = 'INDIVIDUAL_CONSIGNEE';
const armsItem = anItem({ hsCode: '930510', description: 'pistol parts' });

function receiving(consignee: Party, items = [armsItem]) {
  const d = aDeclaration({ items });
  return { ...d, parties: { ...d.parties, consignee } };
}

describe('INDIVIDUAL_CONSIGNEE', () => {
  it('fires when a private individual receives controlled or arms-like goods', async () => {
    const [hit] = await hitsOf(CODE, receiving({ name: 'John Okafor', kind: 'INDIVIDUAL' }));
    expect(hit).toMatchObject({
      party: 'consignee',
      evidence: { field: 'parties.consignee.kind', lines: [1] },
    });
    expect(hit?.reason).toBe(
      "consignee 'John Okafor' is a private individual receiving arms-like goods (lines 1)",
    );
  });

  it('fires on a residential address even when the kind is not given', async () => {
    const [hit] = await hitsOf(
      CODE,
      receiving({
        name: 'J. Okafor',
        address: { line: 'Apartment 4B, 12 Palm Close', city: 'Lagos', country: 'NG' },
      }),
    );
    expect(hit?.evidence.matched).toEqual(['Apartment']);
  });

  it('fires when a forwarder or free-zone address is the final consignee', async () => {
    const [forwarder] = await hitsOf(
      CODE,
      receiving({ name: 'Quick Freight Forwarding LLC', kind: 'ORGANISATION' }),
    );
    expect(forwarder?.reason).toMatch(/forwarder or free-zone address \('Freight Forwarding'\)/);
    const [freeZone] = await hitsOf(
      CODE,
      receiving({
        name: 'Gulf Star General Trading FZE',
        address: { line: 'Jebel Ali Free Zone', country: 'AE' },
      }),
    );
    expect(freeZone).toBeDefined();
  });

  it('stays quiet for an individual receiving ordinary goods, and for an ordinary company', async () => {
    expect(await hitsOf(CODE, receiving({ name: 'John Okafor', kind: 'INDIVIDUAL' }, [anItem()]))).toEqual(
      [],
    );
    expect(
      await hitsOf(
        CODE,
        receiving({
          name: 'Lagos Sporting Arms Ltd',
          kind: 'ORGANISATION',
          address: { line: '15 Broad Street', city: 'Lagos', country: 'NG' },
        }),
      ),
    ).toEqual([]);
  });
});
