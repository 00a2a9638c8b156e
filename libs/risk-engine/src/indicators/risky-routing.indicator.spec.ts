import { aDeclaration, hitsOf } from '../testing/screening.fixture';

const CODE = 'RISKY_ROUTING';
const route = (origin: string, destination: string, transit?: string[], loadingPlace?: string) =>
  aDeclaration({
    route: {
      origin,
      destination,
      ...(transit ? { transit } : {}),
      ...(loadingPlace ? { loadingPlace } : {}),
    },
  });

describe('RISKY_ROUTING', () => {
  it('fires on a transit country flagged for the lane, with the reason from the profile', async () => {
    const [hit] = await hitsOf(CODE, route('CN', 'YE', ['AE']));
    expect(hit).toMatchObject({ evidence: { field: 'route.transit[0]', country: 'AE', lane: 'CN-YE' } });
    expect(hit?.reason).toBe(
      'route CN -> YE transits AE: free-zone transhipment towards an embargoed destination',
    );
  });

  it('stays quiet on the same transit country on a lane the flag does not name', async () => {
    expect(await hitsOf(CODE, route('CN', 'DE', ['AE']))).toEqual([]);
  });

  it('fires on a route through its own origin or destination', async () => {
    const [hit] = await hitsOf(CODE, route('US', 'NG', ['GH', 'NG']));
    expect(hit?.reason).toBe('route US -> GH -> NG -> NG passes through NG more than once');
  });

  it('fires on more transit countries than the profile allows', async () => {
    const hits = await hitsOf(CODE, route('US', 'NG', ['PA', 'BR', 'ZA', 'AO', 'CM']));
    expect(hits.some((h) => h.evidence.transitCount === 5)).toBe(true);
  });

  it('fires on goods loaded in a country off the declared route', async () => {
    const [hit] = await hitsOf(CODE, route('PT', 'NG', undefined, 'TRMER'));
    expect(hit).toMatchObject({ evidence: { field: 'route.loadingPlace', loadingPlace: 'TRMER' } });
  });

  it('stays quiet on a direct route loaded in the origin country', async () => {
    expect(await hitsOf(CODE, route('PT', 'NG', undefined, 'PTLEI'))).toEqual([]);
  });

  it('fires on transits hopping across three continents for one lane, naming them', async () => {
    const hits = await hitsOf(CODE, route('CZ', 'GH', ['BR', 'AE', 'MY', 'TG']));
    const hop = hits.find((h) => Array.isArray(h.evidence.regions));
    expect(hop).toMatchObject({ points: 10, evidence: { regions: ['AMERICAS', 'ASIA', 'AFRICA'] } });
    expect(hop?.reason).toBe(
      'route CZ -> BR -> AE -> MY -> TG -> GH hops through 4 transit countries on 3 continents (americas, asia, africa) for one lane',
    );
  });

  it('stays quiet on a liner chain that stays within one or two continents', async () => {
    expect(await hitsOf(CODE, route('CN', 'KE', ['SG', 'LK', 'AE']))).toEqual([]);
    expect(await hitsOf(CODE, route('CN', 'NG', ['SG', 'LK', 'MA']))).toEqual([]);
  });

  it('does not call two transits a hop, however far apart', async () => {
    expect(await hitsOf(CODE, route('DE', 'BR', ['OM', 'PA']))).toEqual([]);
  });
});
