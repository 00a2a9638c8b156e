import type {
  Declaration,
  DeclarationDocument,
  Party,
  PaymentMethod,
  TransportMode,
  IndicatorCode,
} from '@salw/contracts';
import {
  CONTROLLED_GOODS,
  DISGUISED_ARMS,
  GOODS,
  type ControlledGoods,
  type DisguisedArms,
  type OrdinaryGoods,
} from '../data/reference-data';
import { DAY_MS, type TrafficContext } from '../builders/traffic-context';
import type { LineSpec } from '../builders/shipment.builder';
import type { LabelEvidence, LabelledDeclaration } from '../model/traffic-label';
import { FULL_EMBARGO, LIMITED_EMBARGO, labelled } from './scenario-kit';

export type LicenceState = 'valid' | 'none' | 'expired' | 'third-country' | 'other-line';

/** The facts of an irregular (or merely controlled) consignment; the expected indicators follow from them. */
export interface ArmsStory {
  readonly goods:
    | { readonly kind: 'disguised'; readonly arms?: DisguisedArms }
    | { readonly kind: 'controlled'; readonly controlled?: ControlledGoods }
    | { readonly kind: 'ordinary'; readonly ordinary?: OrdinaryGoods };
  readonly consignor?: Party;
  readonly consignee: Party;
  readonly origin: string;
  readonly destination: string;
  readonly transit?: readonly string[];
  readonly mode: TransportMode;
  readonly licence?: LicenceState;
  readonly payment?: PaymentMethod;
  readonly invoice?: boolean;
  readonly packingList?: boolean;
  /** A harmless second line makes a shipment look like normal trade. */
  readonly companionLine?: boolean;
  readonly containerIds?: readonly string[];
  readonly vessel?: { readonly imo: string; readonly name: string; readonly flag: string };
}

export interface BuiltArmsShipment {
  readonly declaration: Declaration;
  readonly expected: IndicatorCode[];
  readonly allowed: IndicatorCode[];
  readonly evidence: LabelEvidence;
  readonly armsLike: boolean;
}

/**
 * The labelled declaration of a built shipment: the indicators and evidence the shipment itself
 * makes expected, and what the scenario adds to them. Risky, and an expected alert, unless `more`
 * says otherwise.
 */
export function labelledShipment(
  built: BuiltArmsShipment,
  scenario: string,
  note: string,
  more: {
    readonly alert?: boolean;
    readonly risky?: boolean;
    readonly alsoExpected?: readonly IndicatorCode[];
    readonly evidence?: LabelEvidence;
  } = {},
): LabelledDeclaration {
  const alert = more.alert ?? true;
  return labelled(built.declaration, {
    risky: more.risky ?? alert,
    expectAlert: alert,
    expected: more.alsoExpected === undefined ? built.expected : [...built.expected, ...more.alsoExpected],
    allowed: built.allowed,
    scenario,
    note,
    evidence: more.evidence === undefined ? built.evidence : { ...built.evidence, ...more.evidence },
  });
}

const EMBARGOED = new Set<string>([...FULL_EMBARGO, ...LIMITED_EMBARGO]);

export function buildArmsShipment(
  context: TrafficContext,
  atMs: number,
  story: ArmsStory,
): BuiltArmsShipment {
  const random = context.random;
  const parcel = story.mode === 'POSTAL' || story.mode === 'EXPRESS';
  // A private person buys a handful of items, not a dealer's stock, whatever the mode.
  const handful = parcel || story.consignee.kind === 'INDIVIDUAL';
  const lines: LineSpec[] = [];
  const keywords: string[] = [];
  let coverPhrase: string | undefined;
  let controlled = false;
  let disguised = false;
  if (story.goods.kind === 'disguised') {
    const arms =
      story.goods.arms ?? random.pick(DISGUISED_ARMS.filter((candidate) => !parcel || candidate.small));
    lines.push(context.disguisedLine(arms, story.origin, handful));
    keywords.push(...arms.keywords);
    coverPhrase = arms.coverPhrase;
    disguised = true;
  } else if (story.goods.kind === 'controlled') {
    const goods =
      story.goods.controlled ??
      random.pick(CONTROLLED_GOODS.filter((candidate) => candidate.use !== 'military'));
    const quantity: readonly [number, number] = handful
      ? [1, Math.min(6, goods.quantity[1])]
      : goods.quantity;
    lines.push({
      ...context.controlledLine(goods, story.origin, quantity),
      ...(handful ? { perPackage: 1000, packageKind: 'PK' } : {}),
    });
    controlled = true;
  } else {
    const goods = story.goods.ordinary ?? random.pick(plainGoods((sector) => sector !== 'vehicles'));
    lines.push(context.ordinaryLine(goods));
  }
  if (story.companionLine && !parcel) {
    lines.push(
      context.ordinaryLine(
        random.pick(
          plainGoods((sector) => ['machinery', 'tools', 'auto-parts', 'furniture'].includes(sector)),
        ),
      ),
    );
  }

  const licence = story.licence ?? 'none';
  const documents: DeclarationDocument[] = [];
  if (controlled)
    documents.push(...licenceDocuments(context, atMs, licence, story.origin, story.destination));

  const declaration = context.shipments.build({
    submittedAtMs: atMs,
    consignor: story.consignor ?? context.parties.company(story.origin, 'machinery'),
    consignee: story.consignee,
    origin: story.origin,
    destination: story.destination,
    ...(story.transit ? { transit: story.transit } : {}),
    mode: story.mode,
    lines,
    extraDocuments: documents,
    commercialDocuments: { invoice: story.invoice ?? true, packingList: story.packingList ?? true },
    ...(story.payment ? { payment: story.payment } : {}),
    ...(story.containerIds ? { containerIds: story.containerIds } : {}),
    ...(story.vessel ? { vessel: story.vessel } : {}),
  });

  const armsLike = controlled || disguised;
  const expected: IndicatorCode[] = [];
  if (controlled) expected.push('CONTROLLED_GOODS');
  if (controlled && licence !== 'valid') expected.push('MISSING_LICENCE');
  if (disguised) expected.push('ARMS_KEYWORD_MISMATCH');
  if (coverPhrase) expected.push('CONCEALMENT_DESCRIPTION');
  if (armsLike && story.consignee.kind === 'INDIVIDUAL') expected.push('INDIVIDUAL_CONSIGNEE');
  if (armsLike && parcel) expected.push('POSTAL_EXPRESS_PARTS');
  if (declaration.payment?.method === 'CASH') expected.push('CASH_PAYMENT');
  // A commercial import or export needs an invoice; only controlled or arms-like goods also need a packing list.
  const commercial = declaration.kind === 'IMPORT' || declaration.kind === 'EXPORT';
  if (commercial && (story.invoice === false || (armsLike && story.packingList === false)))
    expected.push('DOCUMENT_GAPS');
  // An arms embargo concerns arms: ordinary goods on an embargoed route are ordinary trade.
  if (armsLike && touchesEmbargo(declaration)) expected.push('EMBARGO_COUNTRY');
  return {
    declaration,
    expected,
    allowed: armsLike ? ['NEW_TRADER'] : [],
    evidence: { ...(keywords.length > 0 ? { keywords } : {}), ...(coverPhrase ? { coverPhrase } : {}) },
    armsLike,
  };
}

function licenceDocuments(
  context: TrafficContext,
  atMs: number,
  state: LicenceState,
  origin: string,
  destination: string,
): DeclarationDocument[] {
  const random = context.random;
  switch (state) {
    case 'none':
      return [];
    case 'valid':
      return [context.exportLicence(origin, atMs, [1]), context.importLicence(destination, atMs)];
    case 'expired':
      return [context.exportLicence(origin, atMs, [1], atMs - random.int(3, 200) * DAY_MS)];
    case 'third-country': {
      const issuer = random.pick(
        ['PA', 'BZ', 'SC', 'VU', 'KM'].filter((code) => code !== origin && code !== destination),
      );
      return [
        {
          ...context.exportLicence(origin, atMs, [1]),
          issuer,
          reference: random.pattern(`${issuer}-LIC-####`),
        },
      ];
    }
    case 'other-line':
      return [context.exportLicence(origin, atMs, [2])];
  }
}

/** Whether origin, destination, a transit country or a party's address country is under a UN arms embargo. */
/** Ordinary goods that read as nothing else (no ambiguous term, no cover phrase) in the sectors `inSector` admits. */
function plainGoods(inSector: (sector: string) => boolean): OrdinaryGoods[] {
  return GOODS.filter(
    (candidate) =>
      !candidate.ambiguousTerm &&
      !candidate.coverPhrase &&
      !candidate.mayReadAsCover &&
      inSector(candidate.sector),
  );
}

export function touchesEmbargo(declaration: Declaration): boolean {
  const countries = [
    declaration.route.origin,
    declaration.route.destination,
    ...(declaration.route.transit ?? []),
    ...Object.values(declaration.parties).map((party) => party?.address?.country),
  ];
  return countries.some((code) => code !== undefined && EMBARGOED.has(code));
}
