/**
 * Stable codes of the default SALW indicator catalogue (docs/domain.md), in catalogue order: what
 * results, alerts, outcomes and metrics name, what the engine implements and what labels of
 * generated traffic expect. A risk profile may add codes of its own beside these.
 */
export const INDICATOR_CODES = [
  'CONTROLLED_GOODS',
  'MISSING_LICENCE',
  'ARMS_KEYWORD_MISMATCH',
  'CONCEALMENT_DESCRIPTION',
  'EMBARGO_COUNTRY',
  'SANCTIONED_PARTY',
  'WATCHLISTED_CONTAINER',
  'WATCHLISTED_VESSEL',
  'WATCHLISTED_IDENTIFIER',
  'WATCHLISTED_ADDRESS',
  'RISKY_ROUTING',
  'INDIVIDUAL_CONSIGNEE',
  'SPLIT_SHIPMENTS',
  'NEW_TRADER',
  'POSTAL_EXPRESS_PARTS',
  'VALUE_ANOMALY',
  'MASS_ANOMALY',
  'CASH_PAYMENT',
  'DOCUMENT_GAPS',
  'RANDOM_SELECTION',
] as const;

export type IndicatorCode = (typeof INDICATOR_CODES)[number];
