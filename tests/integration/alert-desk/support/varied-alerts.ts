/** A worklist of varied alerts (bench and index tests): spread over severities, indicators, offices, modes, countries, goods and names. */
import { SEVERITIES, type Alert, type Declaration } from '@salw/contracts';
import { validAlert, validDeclaration } from '@salw/contracts/testing';

export const INDICATORS = [
  'ARMS_KEYWORD_MISMATCH',
  'SANCTIONED_PARTY',
  'EMBARGO_COUNTRY',
  'CASH_PAYMENT',
  'CONCEALMENT_DESCRIPTION',
];
export const OFFICES = ['NGAPP001', 'NGLOS002', 'GHTEM001', 'TGLFW001'];
export const MODES = ['SEA', 'AIR', 'ROAD'] as const;
export const COUNTRIES = ['US', 'CN', 'TR', 'AE', 'KP', 'PA', 'TG'];
/** Goods descriptions: common words ("parts") and rare ones ("receiver" in 1 alert of 13). */
export const GOODS = [
  'Machine parts incl. AR-15 upper receiver assemblies',
  'Used motor vehicle, Toyota Camry 2015, with personal effects',
  'Hydraulic pump spare parts',
  'Sporting goods: air rifles and pellets',
  'Frozen fish fillets in cartons',
  'Cotton fabric rolls, printed',
  'Agricultural machinery parts, tractor gearboxes',
  'Hunting knives and scopes',
  'Mobile phones and accessories',
  'Steel pipes, seamless',
  'Medical supplies: gloves and syringes',
  'Industrial chemicals in drums',
  'Furniture, flat-packed, wooden',
];
const SURNAMES = [
  'Okafor',
  'Mensah',
  'Adeyemi',
  'Boateng',
  'Kone',
  'Diallo',
  'Nwosu',
  'Asante',
  'Traore',
  'Eze',
];
const COMPANIES = ['Trading', 'Logistics', 'Imports', 'Holdings', 'Ventures', 'Supplies', 'Brothers'];

/** Alert number `i` of a run and the declaration it was raised on. */
export function variedAlert(i: number, run: string): { alert: Alert; declaration: Declaration } {
  const declarationId = `DECL-${run}-${i}`;
  const base = validDeclaration();
  const declaration: Declaration = {
    ...base,
    declarationId,
    office: OFFICES[i % OFFICES.length],
    transport: { ...base.transport, mode: MODES[i % MODES.length] },
    route: { ...base.route, origin: COUNTRIES[i % COUNTRIES.length] },
    parties: {
      ...base.parties,
      consignee: {
        ...base.parties.consignee,
        name: `${SURNAMES[i % SURNAMES.length]} ${COMPANIES[(i >> 3) % COMPANIES.length]} ${i % 997}`,
      },
    },
    items: [{ ...base.items[0], description: GOODS[i % GOODS.length] }],
  };
  const severity = SEVERITIES[1 + (i % 4)];
  const alert: Alert = {
    ...validAlert(),
    resultId: `r-${declarationId}`,
    declarationId,
    trigger: i % 50 === 0 ? 'RETRO' : 'LIVE',
    screenedAt: new Date().toISOString(),
    score: 40 + (i % 60),
    severity,
    alertId: `a-${declarationId}`,
    priority: 5 - (i % 4),
    hits: [INDICATORS[i % INDICATORS.length], INDICATORS[(i * 7) % INDICATORS.length]].map((indicator) => ({
      indicator,
      points: 30,
      reason: `${indicator} on declaration ${declarationId}`,
      evidence: { field: 'items[0].description', matched: ['receiver'] },
    })),
  };
  return { alert, declaration };
}
