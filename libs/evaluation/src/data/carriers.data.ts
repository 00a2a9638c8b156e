/** Carriers by mode: name, identifier, and for sea the container owner prefix and usual flags. */
export const SEA_CARRIERS = [
  {
    name: 'A.P. Moller - Maersk A/S',
    id: 'SCAC:MAEU',
    prefix: 'MSKU',
    vessel: 'Maersk',
    flags: ['DK', 'SG'],
  },
  {
    name: 'Mediterranean Shipping Company S.A.',
    id: 'SCAC:MSCU',
    prefix: 'MSCU',
    vessel: 'MSC',
    flags: ['PA', 'LR'],
  },
  { name: 'CMA CGM S.A.', id: 'SCAC:CMDU', prefix: 'CMAU', vessel: 'CMA CGM', flags: ['FR', 'MT'] },
  {
    name: 'COSCO Shipping Lines Co., Ltd.',
    id: 'SCAC:COSU',
    prefix: 'CSNU',
    vessel: 'COSCO',
    flags: ['HK', 'CN'],
  },
  { name: 'Hapag-Lloyd AG', id: 'SCAC:HLCU', prefix: 'HLXU', vessel: 'Hapag', flags: ['DE', 'LR'] },
  {
    name: 'Ocean Network Express Pte. Ltd.',
    id: 'SCAC:ONEY',
    prefix: 'ONEU',
    vessel: 'ONE',
    flags: ['JP', 'PA'],
  },
  { name: 'Evergreen Marine Corp.', id: 'SCAC:EGLV', prefix: 'EGHU', vessel: 'Ever', flags: ['TW', 'PA'] },
  { name: 'HMM Co., Ltd.', id: 'SCAC:HDMU', prefix: 'HDMU', vessel: 'HMM', flags: ['KR', 'MH'] },
] as const;

export const VESSEL_NAMES = [
  'Aurora',
  'Horizon',
  'Fortune',
  'Harmony',
  'Pioneer',
  'Summit',
  'Atlas',
  'Triumph',
  'Venture',
  'Unity',
  'Genesis',
  'Meridian',
] as const;

export const AIR_CARRIERS = [
  { name: 'Lufthansa Cargo AG', id: 'IATA:LH', awb: '020', flight: 'LH' },
  { name: 'Emirates SkyCargo', id: 'IATA:EK', awb: '176', flight: 'EK' },
  { name: 'Cathay Cargo', id: 'IATA:CX', awb: '160', flight: 'CX' },
  { name: 'Qatar Airways Cargo', id: 'IATA:QR', awb: '157', flight: 'QR' },
  { name: 'Turkish Cargo', id: 'IATA:TK', awb: '235', flight: 'TK' },
  { name: 'Korean Air Cargo', id: 'IATA:KE', awb: '180', flight: 'KE' },
  { name: 'Air China Cargo', id: 'IATA:CA', awb: '999', flight: 'CA' },
] as const;

export const EXPRESS_CARRIERS = [
  { name: 'DHL Express', id: 'DHL' },
  { name: 'FedEx Express', id: 'FDX' },
  { name: 'UPS', id: 'UPS' },
] as const;
