import type { Party, PaymentMethod, TransportMode, IndicatorCode } from '@salw/contracts';
import type { LabelledDeclaration } from '../model/traffic-label';
import { GOODS, ORDINARY_COUNTRIES, ROAD_LANES, type OrdinaryGoods } from '../data/reference-data';
import type { TrafficContext } from '../builders/traffic-context';
import type { SeededRandom } from '../random/seeded-random';
import type { LineSpec } from '../builders/shipment.builder';
import { labelled } from '../scenarios/scenario-kit';

export interface OrdinaryShipmentOptions {
  readonly goods?: OrdinaryGoods;
  readonly description?: string;
  readonly consignor?: Party;
  readonly consignee?: Party;
  readonly itemsPerDeclaration?: readonly [number, number];
  readonly payment?: PaymentMethod;
  readonly mode?: TransportMode;
  /** A parcel from a business to a private person (EXPRESS or POSTAL). */
  readonly toIndividual?: boolean;
  readonly scenario?: string;
  readonly note?: string;
}

const ORDINARY_CODES = new Set(ORDINARY_COUNTRIES.map((country) => country.code));
/** Sea ports where ordinary cargo is commonly transhipped; a transit here is no routing risk. */
const TRANSHIPMENT_HUBS = ['SG', 'MA', 'ES', 'EG', 'MY', 'PA', 'LK', 'OM'];

/**
 * Everyday trade: goods from the catalogue, a plausible lane, commercial documents, bank payment.
 * Ambiguous wording (printer cartridges, wine barrels, nail guns) is a hard negative, not a risk.
 */
export function buildOrdinaryShipment(
  context: TrafficContext,
  atMs: number,
  options: OrdinaryShipmentOptions = {},
): LabelledDeclaration {
  const random = context.random;
  const eligible = options.toIndividual
    ? GOODS.filter((goods) => goods.unitNetKg[1] < 3 && !goods.coverPhrase)
    : undefined;
  const first = options.goods ?? (eligible ? random.pick(eligible) : drawOrdinaryGoods(random));
  const toIndividual =
    options.toIndividual ?? (first.unitNetKg[1] < 3 && first.sector !== 'personal' && random.chance(0.08));
  const originCandidates = first.origins.filter((code) => ORDINARY_CODES.has(code));
  const consignor =
    options.consignor ??
    context.parties.company(
      random.pick(originCandidates.length > 0 ? originCandidates : [...ORDINARY_CODES]),
      first.sector,
    );
  const origin = consignor.address?.country ?? random.pick(first.origins);
  const destinationCountry =
    options.consignee?.address?.country ?? random.pick([...ORDINARY_CODES].filter((code) => code !== origin));
  const consignee =
    options.consignee ??
    (toIndividual
      ? context.parties.person(destinationCountry)
      : context.parties.company(destinationCountry, first.sector));
  const destination = consignee.address?.country ?? destinationCountry;

  const [minItems, maxItems] = toIndividual ? [1, 1] : (options.itemsPerDeclaration ?? [1, 4]);
  const lines: LineSpec[] = [
    parcelled(
      context.ordinaryLine(first, options.description ?? random.pick(first.descriptions)),
      toIndividual,
    ),
  ];
  const companions = GOODS.filter(
    (goods) => goods.sector === first.sector && goods.key !== first.key && !goods.coverPhrase,
  );
  // A sector with a single catalogue entry ships one line rather than the same goods twice.
  const extra = companions.length > 0 ? random.int(minItems, Math.max(minItems, maxItems)) - 1 : 0;
  for (let i = 0; i < extra; i += 1)
    lines.push(context.ordinaryLine(random.chance(0.7) ? random.pick(companions) : first));

  const lane = ROAD_LANES.find((candidate) => candidate.from === origin && candidate.to === destination);
  const mode: TransportMode =
    options.mode ??
    (toIndividual
      ? random.pick(['EXPRESS', 'POSTAL'] as const)
      : lane && random.chance(0.7)
        ? 'ROAD'
        : first.sector === 'electronics' && random.chance(0.35)
          ? 'AIR'
          : random.chance(0.06)
            ? 'EXPRESS'
            : 'SEA');
  const transit =
    mode === 'ROAD'
      ? lane?.transit
      : mode === 'SEA' && random.chance(0.15)
        ? [random.pick(TRANSHIPMENT_HUBS.filter((hub) => hub !== origin && hub !== destination))]
        : undefined;

  const declaration = context.shipments.build({
    submittedAtMs: atMs,
    consignor,
    consignee,
    origin,
    destination,
    ...(transit && transit.length > 0 ? { transit } : {}),
    mode,
    lines,
    ...(options.payment ? { payment: options.payment } : toIndividual ? { payment: 'CARD' as const } : {}),
  });

  const expected: IndicatorCode[] = [];
  const allowed: IndicatorCode[] = [];
  // Companions never carry a cover phrase, so only the first line can.
  if (first.coverPhrase) expected.push('CONCEALMENT_DESCRIPTION');
  if (
    lines.some((line) => GOODS.find((goods) => goods.descriptions.includes(line.description))?.mayReadAsCover)
  )
    allowed.push('CONCEALMENT_DESCRIPTION');
  if (options.payment === 'CASH') expected.push('CASH_PAYMENT');
  const ambiguousTerm = first.ambiguousTerm;
  const scenario = options.scenario ?? (ambiguousTerm ? 'hard-negative' : 'ordinary');
  return labelled(declaration, {
    risky: false,
    expectAlert: false,
    expected,
    allowed,
    scenario,
    note:
      options.note ??
      (ambiguousTerm
        ? `ordinary goods whose wording contains '${ambiguousTerm}'; must not be read as arms`
        : 'ordinary commercial consignment'),
    ...(ambiguousTerm
      ? { evidence: { ambiguousTerm } }
      : first.coverPhrase
        ? { evidence: { coverPhrase: first.coverPhrase } }
        : {}),
  });
}

/**
 * Draws goods as everyday traffic has them: ambiguous wording (about one line in seven) and vague
 * cover descriptions are a minority, so they are thinned out before the draw.
 */
export function drawOrdinaryGoods(random: SeededRandom, withCoverPhrases = true): OrdinaryGoods {
  return random.pick(
    GOODS.filter(
      (goods) =>
        (goods.coverPhrase ? withCoverPhrases && random.chance(0.3) : true) &&
        (!goods.ambiguousTerm || random.chance(0.2)),
    ),
  );
}

/** A parcel holds a handful of units, not a container load. */
function parcelled(line: LineSpec, parcel: boolean): LineSpec {
  if (!parcel) return line;
  return {
    ...line,
    quantity: [1, Math.max(2, Math.min(12, Math.floor(line.quantity[0] / 10)))],
    perPackage: 1000,
    packageKind: 'PK',
  };
}
