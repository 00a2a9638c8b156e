import type { Declaration } from '@salw/contracts';
import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';

const CODE = 'DOCUMENT_GAPS';

const INVOICE = { type: 'INVOICE', reference: 'INV-1' } as const;
const PACKING_LIST = { type: 'PACKING_LIST', reference: 'PL-1' } as const;
const PISTOLS = anItem({ hsCode: '930200', description: 'Semi-automatic pistols, 9x19 mm', quantity: 20 });
const DISGUISED = anItem({ hsCode: '847990', description: 'Steel parts: AR-15 upper receivers' });

function withoutTransportDocument(d: Declaration): Declaration {
  const transport = { ...d.transport };
  delete transport.transportDocument;
  return { ...d, transport };
}

describe('DOCUMENT_GAPS', () => {
  describe('ordinary goods need an invoice and a transport document, not a packing list', () => {
    it('stays quiet on an ordinary import with invoice and bill of lading but no packing list', async () => {
      expect(await hitsOf(CODE, aDeclaration({ documents: [INVOICE] }))).toEqual([]);
    });

    it('fires on a commercial import without commercial invoice, naming the gap', async () => {
      const [hit] = await hitsOf(CODE, aDeclaration({ documents: [PACKING_LIST] }));
      expect(hit).toMatchObject({
        reason: 'missing documents: no commercial invoice on a commercial import consignment',
        evidence: { field: 'documents', missing: ['INVOICE'], present: ['PACKING_LIST'] },
      });
    });

    it('fires on carriage by sea without a transport document, whatever the goods', async () => {
      const [hit] = await hitsOf(CODE, withoutTransportDocument(aDeclaration()));
      expect(hit).toMatchObject({
        reason: 'missing documents: no transport document for carriage by sea',
        evidence: { field: 'transport.transportDocument', missing: ['TRANSPORT_DOCUMENT'] },
      });
    });

    it('asks no invoice of transit declarations or letters and parcels by post', async () => {
      expect(await hitsOf(CODE, aDeclaration({ kind: 'TRANSIT', documents: [] }))).toEqual([]);
      const postal = aDeclaration({ documents: [] });
      expect(await hitsOf(CODE, { ...postal, transport: { mode: 'POSTAL' } })).toEqual([]);
    });
  });

  describe('controlled or arms-like goods also need a packing list', () => {
    it('fires on licensed pistols without a packing list, naming the line that requires it', async () => {
      const [hit] = await hitsOf(CODE, aDeclaration({ items: [PISTOLS], documents: [INVOICE] }));
      expect(hit?.reason).toBe(
        'missing documents: no packing list, which controlled or arms-like goods require (line 1 HS 930200 (controlled))',
      );
      expect(hit?.evidence.missing).toEqual(['PACKING_LIST']);
    });

    it('fires on arms-like parts under a machinery heading with neither invoice nor packing list', async () => {
      const [hit] = await hitsOf(CODE, aDeclaration({ items: [DISGUISED], documents: [] }));
      expect(hit?.evidence.missing).toEqual(['INVOICE', 'PACKING_LIST']);
      expect(hit?.reason).toContain('line 1 HS 847990 (described as arms)');
    });

    it('stays quiet when they come with invoice, packing list and transport document', async () => {
      expect(await hitsOf(CODE, aDeclaration({ items: [PISTOLS] }))).toEqual([]);
    });
  });

  it('gives one hit for all gaps, worth the profile points once', async () => {
    const hits = await hitsOf(
      CODE,
      withoutTransportDocument(aDeclaration({ items: [PISTOLS], documents: [] })),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]?.points).toBe(10);
    expect(hits[0]?.evidence.missing).toEqual(['INVOICE', 'TRANSPORT_DOCUMENT', 'PACKING_LIST']);
  });
});
