/** The ways a listed name is met again on a declaration, each measured on its own. */
export const NAME_VARIANT_KINDS = [
  'typo',
  'transposed-letters',
  'reordered',
  'surname-comma-first',
  'phonetic-spelling',
  'alias',
  'middle-name-dropped',
  'legal-form-changed',
  'original-script',
  'mixed-script-lookalike',
] as const;

export type NameVariantKind = (typeof NAME_VARIANT_KINDS)[number];
