import type { Declaration } from '@salw/contracts';
import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';

const CODE = 'EMBARGO_COUNTRY';

/** Licensed pistols: arms-relevant goods on any route. */
const PISTOLS = anItem({ hsCode: '930200', description: 'Semi-automatic pistols, 9x19 mm', quantity: 20 });

function armsTo(route: Declaration['route'], patch: Partial<Declaration> = {}): Declaration {
  return aDeclaration({ route, items: [PISTOLS], ...patch });
}

describe('EMBARGO_COUNTRY', () => {
  describe('an arms embargo concerns arms', () => {
    it('scores nothing on ordinary goods to or from an embargoed country, whatever the regime', async () => {
      for (const country of ['LY', 'SO', 'BY', 'CN', 'IR']) {
        const laptops = anItem({ hsCode: '847130', description: 'Laptop computers 14 inch, 8GB RAM' });
        expect(
          await hitsOf(
            CODE,
            aDeclaration({ route: { origin: 'PT', destination: country }, items: [laptops] }),
          ),
        ).toEqual([]);
      }
    });

    it.each([
      ['844399', 'Toner cartridges, compatible, for laser printers, black'],
      ['842121', 'Water filter cartridges, activated carbon block, 10 inch'],
      ['320890', 'Epoxy primer, grey, two-component, 20 L pails'],
      ['220421', 'Red wine in oak barrels, 225 L'],
      ['731816', 'Hexagon bolts and nuts M12 x 50, zinc plated'],
      ['490290', 'Magazines, printed, monthly, assorted titles'],
      ['950691', 'Playground slides, rotomoulded polyethylene, 2.4 m'],
      ['846729', 'Pneumatic nail guns for framing, 90 mm nails'],
      ['842489', 'Trigger sprayers 28/410, white PP, for cleaning bottles'],
      ['050800', 'Polished sea shells for crafts and decoration'],
    ])('scores nothing on the hard negative HS %s "%s" bound for Somalia', async (hsCode, description) => {
      expect(
        await hitsOf(
          CODE,
          aDeclaration({
            route: { origin: 'AE', destination: 'SO' },
            items: [anItem({ hsCode, description })],
          }),
        ),
      ).toEqual([]);
    });

    it('reads the direction of a sectoral measure: textiles out of the DPRK score, textiles into it do not', async () => {
      const shirts = anItem({ hsCode: '610910', description: 'Cotton T-shirts', originCountry: undefined });
      const out = await hitsOf(
        CODE,
        aDeclaration({ route: { origin: 'KP', destination: 'CN' }, items: [shirts] }),
      );
      expect(out[0]?.reason).toContain('textiles (exports from the DPRK, UNSCR 2375)');
      const into = aDeclaration({ route: { origin: 'CN', destination: 'KP' }, items: [shirts] });
      expect(
        await hitsOf(CODE, {
          ...into,
          parties: {
            ...into.parties,
            consignor: { name: 'Dandong Textiles Co', address: { country: 'CN' } },
          },
        }),
      ).toEqual([]);
    });

    it('scores nothing on food for the DPRK, which its sectoral measures do not cover', async () => {
      const rice = anItem({ hsCode: '100630', description: 'Parboiled rice 5% broken, 50 kg bags' });
      expect(
        await hitsOf(CODE, aDeclaration({ route: { origin: 'TH', destination: 'KP' }, items: [rice] })),
      ).toEqual([]);
    });

    it('scores nothing on cotton T-shirts from China, though the EU declared an arms embargo in 1989', async () => {
      const d = aDeclaration({ route: { origin: 'CN', destination: 'NG' } });
      expect(await hitsOf(CODE, { ...d, items: [anItem({ originCountry: 'CN' })] })).toEqual([]);
    });

    it('scores controlled goods, naming the controlled line as evidence', async () => {
      const [hit] = await hitsOf(CODE, armsTo({ origin: 'PT', destination: 'LY' }));
      expect(hit?.reason).toMatch(/line 1 HS 930200 is controlled \(Revolvers and pistols/);
      expect(hit?.evidence.goodsFields).toEqual(['items[0].hsCode']);
    });

    it('scores arms wording under an ordinary heading, quoting the words', async () => {
      const disguised = anItem({ hsCode: '847990', description: 'Steel parts: AK-47 receivers' });
      const [hit] = await hitsOf(
        CODE,
        aDeclaration({ route: { origin: 'TR', destination: 'SS' }, items: [disguised] }),
      );
      expect(hit?.reason).toMatch(/line 1 description names arms: 'AK-47'/);
      expect(hit?.evidence.goodsFields).toEqual(['items[0].description']);
    });

    it('scores a dual-use heading the profile lists (unmanned aircraft) whatever the wording', async () => {
      const drones = anItem({ hsCode: '880699', description: 'Quadcopters with camera, 4 rotors' });
      const [hit] = await hitsOf(
        CODE,
        aDeclaration({ route: { origin: 'AE', destination: 'YE' }, items: [drones] }),
      );
      expect(hit?.reason).toContain('line 1 HS 880699 is a dual-use heading (Unmanned aircraft)');
    });

    it('scores a cover heading the profile lists only under cover wording, quoting it', async () => {
      const vague = anItem({ hsCode: '870899', description: 'Spare parts, assorted' });
      const [hit] = await hitsOf(
        CODE,
        aDeclaration({ route: { origin: 'TR', destination: 'LY' }, items: [vague] }),
      );
      expect(hit?.reason).toContain(
        "line 1 HS 870899 is a heading arms are hidden under (Parts and accessories of motor vehicles), described as 'Spare parts'",
      );
      expect(hit?.evidence.goodsFields).toEqual(['items[0].description']);
    });

    it('scores nothing on a specific description that fits its cover heading (brake pads, plush toys from China)', async () => {
      for (const item of [
        anItem({ hsCode: '870830', description: 'Brake pads, ceramic, for passenger cars' }),
        anItem({ hsCode: '950300', description: 'Plush toys, teddy bears' }),
      ]) {
        expect(
          await hitsOf(CODE, aDeclaration({ route: { origin: 'CN', destination: 'DE' }, items: [item] })),
        ).toEqual([]);
      }
    });

    it("scores the headings a regime's sectoral measures cover (machinery out of the DPRK), naming the resolutions", async () => {
      const machinery = anItem({
        hsCode: '847989',
        description: 'Hydraulic press platens',
        originCountry: 'KP',
      });
      const [hit] = await hitsOf(
        CODE,
        aDeclaration({ route: { origin: 'KP', destination: 'MY' }, items: [machinery] }),
      );
      expect(hit?.reason).toMatch(/HS 847989 falls under machinery \(UNSCR 2397\).*UNSCR 2371 \(2017\)/);
      expect(hit?.points).toBe(40);
    });
  });

  describe('weighing regimes', () => {
    it('names the instrument for a destination under a full UN embargo', async () => {
      const [hit] = await hitsOf(CODE, armsTo({ origin: 'PT', destination: 'KP' }));
      expect(hit).toMatchObject({
        evidence: { field: 'route.destination', country: 'KP', scope: 'FULL', authority: 'UN' },
      });
      expect(hit?.reason).toMatch(/^destination KP is under a full UN arms embargo \(UNSCR 1718/);
    });

    it('weighs a full embargo above one limited to non-state actors, and a transit below the destination', async () => {
      const [full] = await hitsOf(CODE, armsTo({ origin: 'PT', destination: 'LY' }));
      const [nonState] = await hitsOf(CODE, armsTo({ origin: 'PT', destination: 'SO' }));
      const [transit] = await hitsOf(CODE, armsTo({ origin: 'PT', transit: ['LY'], destination: 'NG' }));
      expect(full!.points).toBeGreaterThan(nonState!.points);
      expect(full!.points).toBeGreaterThan(transit!.points);
    });

    it('weighs configured EU embargoes below UN ones', async () => {
      const [eu] = await hitsOf(CODE, armsTo({ origin: 'BY', destination: 'NG' }));
      const [un] = await hitsOf(CODE, armsTo({ origin: 'KP', destination: 'NG' }));
      expect(eu?.evidence.authority).toBe('EU');
      expect(eu!.points).toBeLessThan(un!.points);
    });

    it("weighs the EU's 1989 political declaration on China below an EU legal act, and says it is one", async () => {
      const [china] = await hitsOf(CODE, armsTo({ origin: 'CN', destination: 'NG' }));
      const [belarus] = await hitsOf(CODE, armsTo({ origin: 'BY', destination: 'NG' }));
      expect(china?.evidence.instrumentKind).toBe('POLITICAL_DECLARATION');
      expect(china?.reason).toContain('(a political declaration: European Council declaration, Madrid');
      expect(china!.points).toBeGreaterThan(0);
      expect(china!.points).toBeLessThan(belarus!.points);
    });
  });

  describe('places', () => {
    it('fires on an item origin and on a party address country, naming the party', async () => {
      const byItem = await hitsOf(CODE, aDeclaration({ items: [{ ...PISTOLS, originCountry: 'SS' }] }));
      expect(byItem[0]?.evidence.field).toBe('items[0].originCountry');
      const d = armsTo({ origin: 'PT', destination: 'NG' });
      const byParty = await hitsOf(CODE, {
        ...d,
        parties: { ...d.parties, consignor: { name: 'X', address: { country: 'KP' } } },
      });
      expect(byParty[0]).toMatchObject({
        party: 'consignor',
        evidence: { field: 'parties.consignor.address.country' },
      });
    });

    it('gives one hit per country, from its heaviest place', async () => {
      const hits = await hitsOf(
        CODE,
        aDeclaration({
          route: { origin: 'KP', transit: ['KP'], destination: 'NG' },
          items: [{ ...PISTOLS, originCountry: 'KP' }],
        }),
      );
      expect(hits).toHaveLength(1);
      expect(hits[0]?.evidence.field).toBe('route.origin');
    });

    it('ignores an embargo not yet in force on the declaration date', async () => {
      const toIran = { origin: 'PT', destination: 'IR' };
      expect(await hitsOf(CODE, armsTo(toIran, { submittedAt: '2025-01-01T00:00:00Z' }))).toEqual([]);
      expect(await hitsOf(CODE, armsTo(toIran))).toHaveLength(1);
    });

    it('stays quiet when no place is embargoed', async () => {
      expect(await hitsOf(CODE, armsTo({ origin: 'PT', destination: 'NG' }))).toEqual([]);
    });
  });
});
