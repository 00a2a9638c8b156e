import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints } from './indicator-helpers';

const ParamsSchema = Type.Object(
  {
    /** Points when the route passes through its own origin or destination, or a country twice. */
    circuitousPoints: Type.Integer({ minimum: 0, maximum: 100 }),
    maxTransitCountries: Type.Integer({ minimum: 1, maximum: 30 }),
    tooManyTransitsPoints: Type.Integer({ minimum: 0, maximum: 100 }),
    /** Points when goods are loaded in a country that is neither the origin nor on the route. */
    loadingOffRoutePoints: Type.Integer({ minimum: 0, maximum: 100 }),
    /**
     * Hub-hopping: at least `minTransits` transit countries spread over at least `minRegions` regions of
     * the routing data's `regions`. A cargo that zig-zags across continents between two points breaks its
     * paper trail; liner rotations and hub transhipments stay within one or two regions.
     */
    hubHopping: Type.Optional(
      Type.Object(
        {
          minTransits: Type.Integer({ minimum: 2, maximum: 30 }),
          minRegions: Type.Integer({ minimum: 2, maximum: 10 }),
          points: Type.Integer({ minimum: 0, maximum: 100 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/** The route as a reason quotes it; built only for a hit, since most routes give none. */
function routeText(origin: string, transit: readonly string[], destination: string): string {
  return [origin, ...transit, destination].join(' -> ');
}

/**
 * Transit through a country the profile flags for the lane (origin/destination filters), or a route that
 * makes no commercial sense: through its own origin or destination, a country twice, too many transits,
 * transits hopping across continents, or loaded in a country off the declared route.
 */
export const riskyRoutingIndicator: IndicatorDefinition = {
  code: 'RISKY_ROUTING',
  paramsSchema: ParamsSchema,
  compile({ code, setting, params, document }) {
    const p = params as {
      circuitousPoints: number;
      maxTransitCountries: number;
      tooManyTransitsPoints: number;
      loadingOffRoutePoints: number;
      hubHopping?: { minTransits: number; minRegions: number; points: number };
    };
    const regionOf = new Map<string, string>();
    for (const [region, countries] of Object.entries(document.referenceData.routing.regions ?? {}))
      for (const country of countries) regionOf.set(country, region);
    const flags = new Map<string, (typeof document.referenceData.routing.flaggedTransit)[number][]>();
    for (const flag of document.referenceData.routing.flaggedTransit)
      flags.set(flag.country, [...(flags.get(flag.country) ?? []), flag]);
    return ({ declaration }) => {
      const hits: Hit[] = [];
      const { route } = declaration;
      const transit = route.transit ?? [];
      const seen = new Set<string>();
      let circuitous: string | undefined;
      transit.forEach((country, i) => {
        if (
          circuitous === undefined &&
          (country === route.origin || country === route.destination || seen.has(country))
        )
          circuitous = country;
        seen.add(country);
        for (const flag of flags.get(country) ?? []) {
          if (flag.destinations && !flag.destinations.includes(route.destination)) continue;
          if (flag.origins && !flag.origins.includes(route.origin)) continue;
          hits.push({
            indicator: code,
            points: clampPoints(flag.points ?? setting.points),
            reason: `route ${route.origin} -> ${route.destination} transits ${country}: ${flag.reason}`,
            evidence: { field: `route.transit[${i}]`, country, lane: `${route.origin}-${route.destination}` },
          });
          break;
        }
      });
      if (circuitous !== undefined) {
        const path = routeText(route.origin, transit, route.destination);
        hits.push({
          indicator: code,
          points: clampPoints(p.circuitousPoints),
          reason: `route ${path} passes through ${circuitous} more than once`,
          evidence: { field: 'route.transit', route: path, repeated: circuitous },
        });
      }
      if (transit.length > p.maxTransitCountries) {
        const path = routeText(route.origin, transit, route.destination);
        hits.push({
          indicator: code,
          points: clampPoints(p.tooManyTransitsPoints),
          reason: `route ${path} has ${transit.length} transit countries, more than ${p.maxTransitCountries}`,
          evidence: { field: 'route.transit', route: path, transitCount: transit.length },
        });
      }
      if (p.hubHopping && transit.length >= p.hubHopping.minTransits) {
        const regions = [...new Set(transit.map((c) => regionOf.get(c)).filter((r) => r !== undefined))];
        if (regions.length >= p.hubHopping.minRegions) {
          const path = routeText(route.origin, transit, route.destination);
          hits.push({
            indicator: code,
            points: clampPoints(p.hubHopping.points),
            reason: `route ${path} hops through ${transit.length} transit countries on ${regions.length} continents (${regions.join(', ').toLowerCase()}) for one lane`,
            evidence: { field: 'route.transit', route: path, regions },
          });
        }
      }
      const loadingCountry = route.loadingPlace?.slice(0, 2);
      if (
        loadingCountry !== undefined &&
        loadingCountry !== route.origin &&
        !transit.includes(loadingCountry)
      ) {
        hits.push({
          indicator: code,
          points: clampPoints(p.loadingOffRoutePoints),
          reason: `goods dispatched from ${route.origin} were loaded at ${route.loadingPlace}, in ${loadingCountry}, which is not on the declared route`,
          evidence: { field: 'route.loadingPlace', loadingPlace: route.loadingPlace, origin: route.origin },
        });
      }
      return hits;
    };
  },
};
