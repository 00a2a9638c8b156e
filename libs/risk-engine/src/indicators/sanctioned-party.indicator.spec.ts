import type { Declaration, Party } from '@salw/contracts';
import { compileProfile } from '../profile/compile-profile';
import { ProfileError } from '../profile/profile.error';
import { evaluate } from '../evaluate/evaluate';
import {
  aDeclaration,
  defaultProfile,
  defaultProfileDocument,
  hitsOf,
  nationalList,
  NOW,
  snapshotOf,
} from '../testing/screening.fixture';
import type { WatchlistFileSource } from '../snapshot/watchlist-source.model';

const CODE = 'SANCTIONED_PARTY';

const national = nationalList([
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

/** A UN-style individual with what the UN list gives to identify him. */
const un: WatchlistFileSource = {
  list: 'un-sc',
  version: '2024-09-26T00:00:07Z',
  entries: [
    {
      list: 'un-sc',
      entryId: 'CDi.015',
      kind: 'PARTY',
      name: 'JAMIL MUKULU',
      aliases: [
        { name: 'Professor Musharaf', quality: 'good' },
        { name: 'Commander Putol', quality: 'low' },
      ],
      partyKind: 'INDIVIDUAL',
      country: 'UG',
      countries: ['UG'],
      nationalities: ['UG'],
      datesOfBirth: [{ type: 'exact', date: '1965-01-01' }],
      placesOfBirth: [{ city: 'Ntoke Village', country: 'UG' }],
      titles: ['Sheikh'],
      designations: ['Leader of the Allied Democratic Forces'],
      documents: [{ type: 'Passport', number: 'DA0074999', country: 'UG' }],
      referenceNumber: 'CDi.015',
    },
  ],
};

function withConsignee(consignee: Party): Declaration {
  const d = aDeclaration();
  return { ...d, parties: { ...d.parties, consignee } };
}

async function screened(consignee: Party, lists: readonly WatchlistFileSource[] = [un]) {
  return evaluate({
    snapshot: snapshotOf(await defaultProfile(), lists),
    declaration: withConsignee(consignee),
    now: NOW,
  });
}

async function hitFor(consignee: Party, lists: readonly WatchlistFileSource[] = [un]) {
  const [hit] = await hitsOf(CODE, withConsignee(consignee), { watchlists: lists });
  return hit;
}

describe('SANCTIONED_PARTY', () => {
  it('alerts on a listed name through the whole engine, naming list, entry, matched name and similarity', async () => {
    const result = await screened({ name: 'Jamil Mukulu' });
    expect(result).toMatchObject({ alert: true, severity: 'HIGH' });
    const hit = result.hits.find((h) => h.indicator === CODE);
    expect(hit).toMatchObject({
      party: 'consignee',
      points: 70,
      evidence: { list: 'un-sc', entryId: 'CDi.015', matchedName: 'JAMIL MUKULU', similarity: 1 },
    });
    expect(hit?.reason).toBe(
      "consignee 'Jamil Mukulu' matches un-sc list CDi.015 'JAMIL MUKULU' (1.00): possible match, confirm or dismiss",
    );
  });

  it('scores the same name in another order, or as "LAST, First", as the listed name itself', async () => {
    expect((await hitFor({ name: 'Mukulu Jamil' }))?.evidence).toMatchObject({ similarity: 1 });
    expect((await hitFor({ name: 'MUKULU, Jamil' }))?.evidence).toMatchObject({ similarity: 1 });
  });

  it('alerts on a name disguised with look-alike letters of another alphabet', async () => {
    const result = await screened({ name: 'J\u0430mil \u041cukulu' });
    expect(result.alert).toBe(true);
    expect(result.hits.find((h) => h.indicator === CODE)?.evidence).toMatchObject({ similarity: 1 });
  });

  it('gives a possible match at the review threshold the alert score, rising with similarity to the exact-match points', async () => {
    const fuzzy = await hitFor({ name: 'Jamill Mukulo' });
    const exact = await hitFor({ name: 'Jamil Mukulu' });
    expect(fuzzy!.evidence.similarity).toBeLessThan(1);
    expect(fuzzy!.points).toBeGreaterThanOrEqual(50);
    expect(fuzzy!.points).toBeLessThan(exact!.points);
    expect((await screened({ name: 'Jamill Mukulo' })).alert).toBe(true);
  });

  it('adds points when the address country is a country of the entry, and says so', async () => {
    const hit = await hitFor({ name: 'Jamil Mukulu', address: { country: 'UG' } });
    expect(hit).toMatchObject({
      points: 75,
      evidence: {
        countryAgrees: true,
        adjustments: [
          {
            fact: 'country',
            agrees: true,
            points: 5,
            detail: 'address country UG is a nationality of the entry',
          },
        ],
      },
    });
  });

  it('takes points off for a foreign address but never below the alert, however weak the name match', async () => {
    const exactAbroad = await hitFor({ name: 'Jamil Mukulu', address: { country: 'FR' } });
    expect(exactAbroad).toMatchObject({ points: 60, evidence: { countryAgrees: false } });
    expect(exactAbroad?.reason).toContain("address country FR is not among the entry's countries (UG) (-10)");
    const fuzzy = await hitFor({ name: 'Jamill Mukulo' });
    const fuzzyAbroadAsCompany = await screened({
      name: 'Jamill Mukulo',
      kind: 'ORGANISATION',
      address: { country: 'FR' },
    });
    expect(fuzzy!.points - 20).toBeLessThan(50);
    expect(fuzzyAbroadAsCompany).toMatchObject({ alert: true, severity: 'HIGH' });
    expect(fuzzyAbroadAsCompany.hits.find((h) => h.indicator === CODE)?.points).toBe(50);
  });

  it('adds points when the party id is the number of a listed identity document, naming the document', async () => {
    const hit = await hitFor({ name: 'Jamil Mukulu', id: 'da 0074999' });
    expect(hit).toMatchObject({
      points: 90,
      evidence: {
        adjustments: [
          {
            fact: 'identifier',
            agrees: true,
            points: 20,
            detail: "id da 0074999 is the entry's Passport (UG) number",
          },
        ],
      },
    });
  });

  it('takes points off when the declared kind of party differs from the listed one, never below the alert', async () => {
    const hit = await hitFor({ name: 'Jamil Mukulu', kind: 'ORGANISATION' });
    expect(hit).toMatchObject({
      points: 60,
      evidence: { adjustments: [{ fact: 'kind', agrees: false, points: -10 }] },
    });
  });

  it('shows the officer what the list says identifies the entry: birth, nationality, titles, designation, documents', async () => {
    const hit = await hitFor({ name: 'Jamil Mukulu' });
    expect(hit?.evidence['listed']).toEqual({
      kind: 'INDIVIDUAL',
      nationalities: ['UG'],
      datesOfBirth: [{ type: 'exact', date: '1965-01-01' }],
      placesOfBirth: [{ city: 'Ntoke Village', country: 'UG' }],
      titles: ['Sheikh'],
      designations: ['Leader of the Allied Democratic Forces'],
      documents: [{ type: 'Passport', number: 'DA0074999', country: 'UG' }],
      countries: ['UG'],
    });
  });

  it("alerts on a national list's entry too, at no less than the alert score whatever points the list gives it", async () => {
    const result = await screened({ name: 'Sahel Logistics SARL', address: { country: 'ML' } }, [national]);
    expect(result.alert).toBe(true);
    expect(result.hits.find((h) => h.indicator === CODE)).toMatchObject({
      points: 55,
      evidence: { list: 'national', entryId: 'NAT-0042', similarity: 1, countryAgrees: true },
    });
  });

  it('takes a listed acronym (one short word, "GIA") as a match only when the party is (nearly) that word', async () => {
    const acronym: WatchlistFileSource = {
      list: 'un-sc',
      version: '2024-09-26T00:00:07Z',
      entries: [
        {
          list: 'un-sc',
          entryId: 'QDe.006',
          kind: 'PARTY',
          name: 'ARMED ISLAMIC GROUP',
          aliases: [{ name: 'GIA', quality: 'good' }],
          partyKind: 'ORGANISATION',
          country: 'DZ',
          countries: ['DZ'],
          nationalities: [],
          documents: [],
          referenceNumber: 'QDe.006',
        },
      ],
    };
    expect(await hitFor({ name: 'GIA' }, [acronym])).toMatchObject({
      evidence: { entryId: 'QDe.006', matchedName: 'GIA', similarity: 1 },
    });
    expect(await hitFor({ name: 'Hoang Gia Import Export JSC' }, [acronym])).toBeUndefined();
    expect(await hitFor({ name: 'Armed Islamic Group' }, [acronym])).toMatchObject({
      evidence: { entryId: 'QDe.006' },
    });
  });

  it('takes a low-quality alias as a match only when spelled (nearly) as listed', async () => {
    expect(await hitFor({ name: 'Commander Putol' })).toMatchObject({
      evidence: { entryId: 'CDi.015', matchedName: 'Commander Putol', similarity: 1 },
    });
    expect(await hitFor({ name: 'Patel Commander' })).toBeUndefined();
    expect(await hitFor({ name: 'Comandar Putal' })).toBeUndefined();
    const good = await hitFor({ name: 'Profesar Mosharf' });
    expect(good?.evidence).toMatchObject({ matchedName: 'Professor Musharaf' });
    expect(good!.evidence.similarity).toBeLessThan(0.95);
  });

  it('stays quiet on unrelated and generic names and on expired entries', async () => {
    expect(
      await hitsOf(CODE, withConsignee({ name: 'Lagos Apparel Stores Ltd' }), { watchlists: [national] }),
    ).toEqual([]);
    expect(
      await hitsOf(CODE, withConsignee({ name: 'General Trading Company' }), { watchlists: [national] }),
    ).toEqual([]);
    expect(
      await hitsOf(CODE, withConsignee({ name: 'Viktor Arkadyevich Brokov' }), { watchlists: [national] }),
    ).toEqual([]);
  });

  it('matches on an identity-document number alone, at similarity 1', async () => {
    const hit = await hitFor({ name: 'A Different Name', id: 'DA0074999' });
    expect(hit).toMatchObject({ evidence: { entryId: 'CDi.015', viaIdentifier: true, similarity: 1 } });
  });

  describe('profile checks', () => {
    async function compiledWith(patch: Record<string, unknown>): Promise<unknown> {
      const document = await defaultProfileDocument();
      const indicators = document['indicators'] as Record<string, Record<string, unknown>>;
      indicators[CODE] = { ...indicators[CODE], ...patch };
      try {
        return compileProfile(document);
      } catch (error) {
        return error;
      }
    }

    it('refuses points at the review threshold below the alert score, since a possible match must alert', async () => {
      const error = await compiledWith({ points: 40 });
      expect(error).toBeInstanceOf(ProfileError);
      expect((error as ProfileError).problems[0]).toEqual({
        path: `indicators.${CODE}.points`,
        message: '40 is below the alert score 50 (HIGH): a possible sanctions match must raise an alert',
      });
    });

    it('refuses a cap below the alert score', async () => {
      const error = (await compiledWith({ maxPoints: 45 })) as ProfileError;
      expect(error.problems.map((p) => p.path)).toEqual([`indicators.${CODE}.maxPoints`]);
    });
  });
});
