import type { CommodityRangesDocument } from '../profile/risk-profile.schema';
import { HsPrefixTable } from '../profile/hs-prefix-table';

export type CommodityRange = CommodityRangesDocument['entries'][number];

export function commodityRangeTable(doc: CommodityRangesDocument): HsPrefixTable<CommodityRange> {
  const table = new HsPrefixTable<CommodityRange>();
  for (const entry of doc.entries) table.set(entry.prefix, entry);
  return table;
}

/** "between 150 and 5000", "at least 150", "at most 5000". */
export function describeRange(range: { readonly min?: number; readonly max?: number }, unit: string): string {
  if (range.min !== undefined && range.max !== undefined) return `${range.min}-${range.max} ${unit}`;
  if (range.min !== undefined) return `at least ${range.min} ${unit}`;
  return `at most ${range.max} ${unit}`;
}

export function outside(
  value: number,
  range: { readonly min?: number; readonly max?: number },
): 'below' | 'above' | undefined {
  if (range.min !== undefined && value < range.min) return 'below';
  if (range.max !== undefined && value > range.max) return 'above';
  return undefined;
}

/** Rounds for display: two decimals, no trailing zeros. */
export function shortNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}
