import { aDeclaration, hitsOf, nationalList } from '../testing/screening.fixture';
import type { Declaration, Party } from '@salw/contracts';

const CODE = 'SANCTIONED_PARTY';

const list = nationalList([
  {
    entryId: 'NAT-0042',
    kind: 'PARTY',
    name: 'Sahel Logistics SARL',
    aliases: ['Sahel Log'],
    country: 'ML',
    reason: 'known SALW broker',
    points: 45,
  },
  { entryId: 'NAT-0050', kind: 'PARTY', name: 'Green Pine Associated Corporation', country: 'KP' },
  {
    entryId: 'NAT-0060',
    kind: 'PARTY',
    name: 'Viktor Arkadyevich Brokov',
    country: 'RU',
    expiresOn: '2026-01-01',
  },
]);

function withConsignee(consignee: Party): Declaration {
  const d = aDeclaration();
  return { ...d, parties: { ...d.parties, consignee } };
}

describe('SANCTIONED_PARTY', () => {
  it('fires on a listed name, naming list, entry, matched name and similarity', async () => {
    const [hit] = await hitsOf(
      CODE,
      withConsignee({ name: 'Sahel Logistics SARL', address: { country: 'ML' } }),
      { watchlists: [list] },
    );
    expect(hit).toMatchObject({
      party: 'consignee',
      evidence: {
        list: 'national',
        entryId: 'NAT-0042',
        matchedName: 'Sahel Logistics SARL',
        similarity: 1,
        countryAgrees: true,
      },
    });
    expect(hit?.reason).toBe(
      "consignee 'Sahel Logistics SARL' matches national list NAT-0042 'Sahel Logistics SARL' (1.00)",
    );
  });

  it("scales the entry's points: a country match adds, a country mismatch takes off", async () => {
    const misspelt = 'Sahal Lojistiks SARL';
    const [same] = await hitsOf(CODE, withConsignee({ name: misspelt, address: { country: 'ML' } }), {
      watchlists: [list],
    });
    const [unknown] = await hitsOf(CODE, withConsignee({ name: misspelt }), { watchlists: [list] });
    const [other] = await hitsOf(CODE, withConsignee({ name: misspelt, address: { country: 'FR' } }), {
      watchlists: [list],
    });
    expect(unknown!.evidence.similarity).toBeLessThan(0.97);
    expect(same!.points).toBeGreaterThan(unknown!.points);
    expect(other!.points).toBeLessThan(unknown!.points);
  });

  it('keeps a near-exact name at full points despite a foreign address: listed parties use fronts abroad', async () => {
    const [unknown] = await hitsOf(CODE, withConsignee({ name: 'Sahel Logistics SARL' }), {
      watchlists: [list],
    });
    const [abroad] = await hitsOf(
      CODE,
      withConsignee({ name: 'Sahel Logistics SARL', address: { country: 'FR' } }),
      { watchlists: [list] },
    );
    expect(unknown!.points).toBe(45);
    expect(abroad).toMatchObject({ points: 45, evidence: { countryAgrees: false } });
  });

  it('gives a misspelt name fewer points than an exact one', async () => {
    const [exact] = await hitsOf(CODE, withConsignee({ name: 'Green Pine Associated Corporation' }), {
      watchlists: [list],
    });
    const [fuzzy] = await hitsOf(CODE, withConsignee({ name: 'Green Pine Asociated Corp' }), {
      watchlists: [list],
    });
    expect(fuzzy).toBeDefined();
    expect(fuzzy!.points).toBeLessThanOrEqual(exact!.points);
    expect(fuzzy!.evidence.similarity).toBeLessThanOrEqual(1);
  });

  it('stays quiet on unrelated and generic names and on expired entries', async () => {
    expect(
      await hitsOf(CODE, withConsignee({ name: 'Lagos Apparel Stores Ltd' }), { watchlists: [list] }),
    ).toEqual([]);
    expect(
      await hitsOf(CODE, withConsignee({ name: 'General Trading Company' }), { watchlists: [list] }),
    ).toEqual([]);
    expect(
      await hitsOf(CODE, withConsignee({ name: 'Viktor Arkadyevich Brokov' }), { watchlists: [list] }),
    ).toEqual([]);
  });

  it('matches on an identity-document number alone, at similarity 1', async () => {
    const withDocument = {
      list: 'un-sc',
      version: 'v1',
      entries: [
        {
          list: 'un-sc',
          entryId: 'QDi.999',
          kind: 'PARTY' as const,
          name: 'Someone Else Entirely',
          aliases: [],
          countries: ['SO'],
          documents: [{ type: 'Passport', number: 'P-1234567' }],
          referenceNumber: 'QDi.999',
        },
      ],
    };
    const [hit] = await hitsOf(CODE, withConsignee({ name: 'A Different Name', id: 'p1234567' }), {
      watchlists: [withDocument],
    });
    expect(hit).toMatchObject({ evidence: { entryId: 'QDi.999', viaIdentifier: true, similarity: 1 } });
  });
});
