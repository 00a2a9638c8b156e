import type { Declaration, ScreeningResult } from '@salw/contracts';
import {
  aDeclaration,
  anItem,
  defaultProfile,
  NOW,
  nationalList,
  snapshotOf,
} from '../testing/screening.fixture';
import { evaluate } from './evaluate';
import type { ScreeningSnapshot } from '../snapshot/screening-snapshot.model';

/**
 * How the salw-default profile weighs cues an officer treats as decisive on their own, and the
 * combinations of weak cues that together are worth a look (profile.json `indicators`, `combinations`).
 */
const list = nationalList([
  { entryId: 'NAT-0042', kind: 'PARTY', name: 'Sahel Logistics SARL', country: 'ML' },
  { entryId: 'NAT-0151', kind: 'VESSEL', value: 'IMO9321483' },
  { entryId: 'NAT-0301', kind: 'ADDRESS', value: '15 Broad Street, Lagos', country: 'NG' },
]);

const cover = anItem({ hsCode: '847990', description: 'Spare parts for machinery', quantity: 100 });

function codes(result: ScreeningResult): string[] {
  return result.hits.map((h) => h.indicator).sort();
}

describe('salw-default weights and combinations', () => {
  let snapshot: ScreeningSnapshot;
  let quiet: ScreeningSnapshot;
  beforeAll(async () => {
    const profile = await defaultProfile();
    snapshot = snapshotOf(profile, [list]);
    quiet = snapshotOf(profile, []);
  });
  const screen = (declaration: Declaration, on = quiet) => evaluate({ snapshot: on, declaration, now: NOW });

  it('alerts on a watchlisted vessel alone: an exact strong identifier decides', () => {
    const vessel = snapshotOf(snapshot.profile, [
      nationalList([{ entryId: 'NAT-0151', kind: 'VESSEL', value: 'IMO9321483' }]),
    ]);
    const result = screen(aDeclaration(), vessel);
    expect(codes(result)).toEqual(['WATCHLISTED_VESSEL']);
    expect(result).toMatchObject({ severity: 'HIGH', alert: true });
  });

  it('alerts on an exact listed name even when the party gives an address abroad', () => {
    const d = aDeclaration();
    const result = screen(
      {
        ...d,
        parties: { ...d.parties, consignor: { name: 'Sahel Logistics SARL', address: { country: 'FR' } } },
      },
      snapshotOf(snapshot.profile, [
        nationalList([{ entryId: 'NAT-0042', kind: 'PARTY', name: 'Sahel Logistics SARL', country: 'ML' }]),
      ]),
    );
    expect(result).toMatchObject({ severity: 'HIGH', alert: true });
  });

  it('alerts on a watchlisted address with a cover description or cash, not on the address alone', () => {
    const onlyAddress = nationalList([
      { entryId: 'NAT-0301', kind: 'ADDRESS', value: '15 Broad Street, Lagos', country: 'NG' },
    ]);
    const on = snapshotOf(snapshot.profile, [onlyAddress]);
    expect(screen(aDeclaration(), on).alert).toBe(false);
    expect(screen(aDeclaration({ items: [cover] }), on).hits.map((h) => h.indicator)).toContain(
      'COVER_TO_WATCHLISTED_ADDRESS',
    );
    expect(screen(aDeclaration({ items: [cover] }), on).alert).toBe(true);
    const cash = screen(aDeclaration({ payment: { method: 'CASH' } }), on);
    expect(cash).toMatchObject({ alert: true });
    expect(codes(cash)).toContain('CASH_TO_WATCHLISTED_ADDRESS');
  });

  it('alerts on a cover description whose net mass exceeds its gross mass, and on neither cue alone', () => {
    const heavy = anItem({ ...cover, grossMassKg: 600, netMassKg: 900 });
    const both = screen(aDeclaration({ items: [heavy], payment: { method: 'CASH' } }));
    expect(codes(both)).toEqual([
      'CASH_PAYMENT',
      'CONCEALMENT_DESCRIPTION',
      'COVER_WITH_IMPLAUSIBLE_MASS',
      'MASS_ANOMALY',
    ]);
    expect(both.alert).toBe(true);
    expect(screen(aDeclaration({ items: [cover] })).alert).toBe(false);
    expect(screen(aDeclaration({ items: [anItem({ grossMassKg: 90, netMassKg: 100 })] })).alert).toBe(false);
  });

  it('alerts on goods weighing several times what they can, with no invoice to account for it', () => {
    const chairs = anItem({
      hsCode: '940130',
      description: 'Swivel office chairs',
      quantity: 100,
      grossMassKg: 12_600,
      netMassKg: 12_000,
    });
    const result = screen(
      aDeclaration({
        items: [chairs],
        documents: [{ type: 'PACKING_LIST', reference: 'PL-1' }],
        payment: { method: 'CASH' },
      }),
    );
    expect(codes(result)).toContain('UNDOCUMENTED_EXCESS_WEIGHT');
    expect(result.alert).toBe(true);
  });

  it('alerts on licensed-looking arms whose export licence expired months before, beside a valid end-user certificate', () => {
    const rifles = anItem({
      hsCode: '930330',
      description: 'Bolt-action hunting rifles .308 Win',
      quantity: 10,
    });
    const result = screen(
      aDeclaration({
        route: { origin: 'US', destination: 'NG' },
        items: [rifles],
        documents: [
          { type: 'INVOICE', reference: 'INV-1' },
          { type: 'PACKING_LIST', reference: 'PL-1' },
          { type: 'EXPORT_LICENCE', reference: 'DDTC-050-000001', issuer: 'US', validUntil: '2026-05-31' },
          { type: 'END_USER_CERTIFICATE', reference: 'EUC-NG-77', issuer: 'NG', validUntil: '2027-03-31' },
        ],
      }),
    );
    expect(codes(result)).toEqual(
      expect.arrayContaining(['CONTROLLED_GOODS', 'MISSING_LICENCE', 'UNLICENSED_CONTROLLED_GOODS']),
    );
    expect(result.hits.find((h) => h.indicator === 'MISSING_LICENCE')?.reason).toMatch(
      /^EXPORT_LICENCE DDTC-050-000001 presented for line 1 expired on 2026-05-31/,
    );
    expect(result.alert).toBe(true);
  });

  it('keeps ordinary goods from China quiet: no embargo points, no document gap without a packing list', () => {
    const result = screen(
      aDeclaration({
        route: { origin: 'CN', destination: 'NG' },
        items: [anItem({ hsCode: '950300', description: 'Plush toys, teddy bears', originCountry: 'CN' })],
        documents: [{ type: 'INVOICE', reference: 'INV-1' }],
      }),
    );
    expect(result.hits).toEqual([]);
    expect(result.severity).toBe('NONE');
  });

  it('alerts on a new trader paying cash for controlled goods without an invoice', () => {
    const result = screen(
      aDeclaration({
        items: [
          anItem({
            hsCode: '901310',
            description: 'Telescopic sights 3-9x40',
            quantity: 50,
            grossMassKg: 40,
            netMassKg: 35,
          }),
        ],
        documents: [{ type: 'IMPORT_LICENCE', reference: 'NG-IL-1', issuer: 'NG' }],
        payment: { method: 'CASH' },
      }),
    );
    expect(codes(result)).toEqual(
      expect.arrayContaining(['NEW_TRADER', 'CASH_PAYMENT', 'NEW_TRADER_PAYS_CASH']),
    );
    expect(result.alert).toBe(true);
  });

  it('adds the embargo and licence combinations to arms declared under chapter 93', () => {
    const rifles = anItem({
      hsCode: '930320',
      description: 'Hunting rifles',
      quantity: 10,
      grossMassKg: 40,
      netMassKg: 35,
    });
    const toSomalia = screen(aDeclaration({ route: { origin: 'PT', destination: 'SO' }, items: [rifles] }));
    expect(codes(toSomalia)).toEqual(
      expect.arrayContaining(['ARMS_TO_EMBARGOED_COUNTRY', 'UNLICENSED_CONTROLLED_GOODS']),
    );
  });
});
