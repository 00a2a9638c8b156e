import { GOODS, FICTIONAL_NATIONAL, countryProfile } from '../data/reference-data';
import type { TrafficContext } from '../builders/traffic-context';
import type { IndicatorCode } from '@salw/contracts';
import type { LabelledDeclaration } from '../model/traffic-label';
import { labelled } from '../scenarios/scenario-kit';
import { buildOrdinaryShipment } from './ordinary-shipment.builder';

export const WEAK_CUES = [
  'cash',
  'cover-description',
  'document-gap',
  'zero-value-samples',
  'embargo-humanitarian',
  'mass-clerical',
  'expired-watchlist-container',
] as const;
export type WeakCue = (typeof WEAK_CUES)[number];

/**
 * Ordinary consignments that carry exactly one weak cue. A correct engine raises the indicator but
 * must not alert: officers would stop reading a queue that flags every cash payment.
 */
export function buildWeakCue(context: TrafficContext, atMs: number, cue: WeakCue): LabelledDeclaration {
  const random = context.random;
  const plainGoods = GOODS.filter(
    (goods) =>
      !goods.ambiguousTerm && !goods.coverPhrase && !goods.mayReadAsCover && goods.sector !== 'vehicles',
  );
  const base = (note: string) =>
    buildOrdinaryShipment(context, atMs, {
      goods: random.pick(plainGoods),
      itemsPerDeclaration: [1, 2],
      scenario: `weak-cue:${cue}`,
      note,
    });
  const relabel = (
    item: LabelledDeclaration,
    expected: IndicatorCode[],
    note: string,
    allowed: IndicatorCode[] = [],
  ) =>
    labelled(item.declaration, {
      risky: false,
      expectAlert: false,
      expected,
      allowed,
      scenario: `weak-cue:${cue}`,
      note,
    });

  switch (cue) {
    case 'cash': {
      const item = base('');
      item.declaration.payment = { method: 'CASH' };
      return relabel(item, ['CASH_PAYMENT'], 'ordinary goods paid in cash; a lone weak cue');
    }
    case 'cover-description': {
      const goods = random.pick(GOODS.filter((candidate) => candidate.coverPhrase));
      const item = buildOrdinaryShipment(context, atMs, {
        goods,
        itemsPerDeclaration: [1, 1],
        scenario: `weak-cue:${cue}`,
      });
      return relabel(
        item,
        ['CONCEALMENT_DESCRIPTION'],
        `vague description '${item.declaration.items[0]!.description}' with nothing else; weak alone`,
      );
    }
    case 'document-gap': {
      const item = base('');
      const dropInvoice = random.chance(0.5);
      item.declaration.documents = (item.declaration.documents ?? []).filter(
        (document) => document.type !== (dropInvoice ? 'INVOICE' : 'PACKING_LIST'),
      );
      // Ordinary goods need no packing list: only the missing invoice is a gap.
      return relabel(
        item,
        dropInvoice ? ['DOCUMENT_GAPS'] : [],
        dropInvoice
          ? 'ordinary commercial consignment without an invoice; weak alone'
          : 'ordinary commercial consignment without a packing list, which ordinary goods do not require',
      );
    }
    case 'zero-value-samples': {
      const item = base('');
      const first = item.declaration.items[0]!;
      first.description = `Free samples, no commercial value: ${first.description}`;
      first.value = { amount: 0, currency: first.value?.currency ?? 'USD' };
      first.quantity = Math.min(first.quantity ?? 1, 20);
      return relabel(item, ['VALUE_ANOMALY'], 'zero-value trade samples of ordinary goods; weak alone');
    }
    case 'embargo-humanitarian': {
      const destination = random.pick(['SO', 'CD', 'CF', 'LY']);
      const goods = random.pick(
        GOODS.filter((candidate) =>
          ['rice', 'medicines', 'water-pumps', 'solar-panels', 'frozen-chicken'].includes(candidate.key),
        ),
      );
      const consignee = context.parties.company(destination, goods.sector);
      const item = buildOrdinaryShipment(context, atMs, {
        goods,
        consignee,
        itemsPerDeclaration: [1, 1],
        scenario: `weak-cue:${cue}`,
      });
      return relabel(
        item,
        [],
        `${goods.key} for a company in ${countryProfile(destination).name}; the arms embargo does not concern these goods and an officer need not see it`,
      );
    }
    case 'mass-clerical': {
      const item = base('');
      const first = item.declaration.items[0]!;
      const net = first.netMassKg ?? 100;
      first.grossMassKg = Math.round(net * 0.96 * 100) / 100;
      return relabel(
        item,
        ['MASS_ANOMALY'],
        'gross and net mass swapped-looking clerical error on ordinary goods; weak alone',
      );
    }
    case 'expired-watchlist-container': {
      const expired = FICTIONAL_NATIONAL.find((entry) => entry.kind === 'CONTAINER' && entry.expiresOn)!;
      const item = buildOrdinaryShipment(context, atMs, {
        goods: random.pick(plainGoods),
        mode: 'SEA',
        itemsPerDeclaration: [1, 2],
      });
      item.declaration.transport.containers = [{ id: expired.value!, seals: [random.pattern('@######')] }];
      return relabel(
        item,
        [],
        `container ${expired.value} was listed as ${expired.entryId} until ${expired.expiresOn}; an expired entry must not fire`,
      );
    }
  }
}
