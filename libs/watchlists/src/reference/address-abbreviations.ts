/**
 * Street-address words and their standard abbreviations, long and short forms both
 * mapped to one canonical token so "12 Dock Road" and "12 DOCK RD." give the same key.
 * Based on USPS Publication 28 Appendix C (street suffixes and secondary unit
 * designators) and Royal Mail / Nigerian Postal Service usage (PLOT, LAYOUT, CLOSE,
 * ESTATE); compiled 2024-10-01. Keys and values are upper-case, without punctuation.
 */
export const ADDRESS_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ROAD: 'RD',
  STREET: 'ST',
  STR: 'ST',
  AVENUE: 'AVE',
  AV: 'AVE',
  AVN: 'AVE',
  BOULEVARD: 'BLVD',
  DRIVE: 'DR',
  LANE: 'LN',
  CLOSE: 'CL',
  CRESCENT: 'CRES',
  COURT: 'CT',
  PLACE: 'PL',
  SQUARE: 'SQ',
  HIGHWAY: 'HWY',
  EXPRESSWAY: 'EXPY',
  TERRACE: 'TER',
  PARKWAY: 'PKWY',
  ESTATE: 'EST',
  INDUSTRIAL: 'IND',
  LAYOUT: 'LAYOUT',
  PLOT: 'PLOT',
  PLT: 'PLOT',
  BUILDING: 'BLDG',
  BLD: 'BLDG',
  FLOOR: 'FL',
  FLR: 'FL',
  SUITE: 'STE',
  APARTMENT: 'APT',
  ROOM: 'RM',
  UNIT: 'UNIT',
  BLOCK: 'BLK',
  DISTRICT: 'DIST',
  CENTRE: 'CTR',
  CENTER: 'CTR',
  NORTH: 'N',
  SOUTH: 'S',
  EAST: 'E',
  WEST: 'W',
  SAINT: 'ST',
  MOUNT: 'MT',
  COMPANY: 'CO',
  LIMITED: 'LTD',
  WAREHOUSE: 'WHSE',
  FREEZONE: 'FZ',
  'FREE-ZONE': 'FZ',
};

/** Words that only announce a number ("Plot No. 7", "House Number 12") and add nothing to the key. */
export const ADDRESS_NUMBER_MARKERS: ReadonlySet<string> = new Set(['NO', 'NUMBER', 'NBR', 'NUM', 'NR']);
