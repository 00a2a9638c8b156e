import type { DeclarationDocument } from '@salw/contracts';
import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';

const CODE = 'MISSING_LICENCE';
const pistols = anItem({ hsCode: '930200', description: 'pistols', originCountry: 'US' });

/** Pistols (line 1) and T-shirts (line 2) from the US to Nigeria, lodged on 2026-11-29. */
function declared(documents: DeclarationDocument[], kind: 'IMPORT' | 'EXPORT' = 'IMPORT') {
  return aDeclaration({
    kind,
    route: { origin: 'US', destination: 'NG' },
    items: [pistols, anItem({ line: 2 })],
    documents,
  });
}

const VALID_EUC: DeclarationDocument = {
  type: 'END_USER_CERTIFICATE',
  reference: 'EUC-NG-77',
  issuer: 'NG',
  validUntil: '2027-03-31',
};
const VALID_EXPORT: DeclarationDocument = {
  type: 'EXPORT_LICENCE',
  reference: 'DDTC-050-123456',
  issuer: 'US',
  validUntil: '2027-06-30',
};

describe('MISSING_LICENCE', () => {
  describe('a controlled line without a sound covering document', () => {
    it('fires when a controlled line has no licence at all, listing what was checked', async () => {
      const [hit] = await hitsOf(CODE, declared([{ type: 'INVOICE', reference: 'INV-1' }]));
      expect(hit).toMatchObject({ itemLine: 1, evidence: { documentsChecked: ['INVOICE:INV-1'] } });
      expect(hit?.reason).toMatch(/^controlled item \(HS 930200\) on line 1 has no valid /);
    });

    it('fires when the licence covers other lines only', async () => {
      const hits = await hitsOf(CODE, declared([{ type: 'IMPORT_LICENCE', reference: 'IL-1', lines: [2] }]));
      expect(hits).toHaveLength(1);
      expect(hits[0]?.itemLine).toBe(1);
    });

    it('accepts for an export only the document types the profile lists for exports', async () => {
      expect(
        await hitsOf(CODE, declared([{ type: 'IMPORT_LICENCE', reference: 'IL-1' }], 'EXPORT')),
      ).toHaveLength(1);
      expect(await hitsOf(CODE, declared([VALID_EXPORT], 'EXPORT'))).toEqual([]);
    });
  });

  describe('each licence and certificate judged on its own', () => {
    it('fires on a licence that expired before the declaration was lodged, naming type and reference', async () => {
      const hits = await hitsOf(
        CODE,
        declared([{ type: 'IMPORT_LICENCE', reference: 'IL-9', issuer: 'NG', validUntil: '2026-11-28' }]),
      );
      const hit = hits.find((h) => h.evidence.reference === 'IL-9');
      expect(hit?.reason).toBe(
        'IMPORT_LICENCE IL-9 presented for line 1 expired on 2026-11-28, before the declaration of 2026-11-29',
      );
      expect(hit?.evidence).toMatchObject({ field: 'documents[0].validUntil', reference: 'IL-9' });
    });

    it('fires on an export licence expired months before, although a valid end-user certificate is presented', async () => {
      const hits = await hitsOf(
        CODE,
        declared([{ ...VALID_EXPORT, reference: 'DDTC-050-000001', validUntil: '2026-06-30' }, VALID_EUC]),
      );
      expect(hits.map((h) => h.reason)).toEqual([
        'EXPORT_LICENCE DDTC-050-000001 presented for line 1 expired on 2026-06-30, before the declaration of 2026-11-29',
      ]);
    });

    it('fires on an export licence issued by a third country, although a valid end-user certificate is presented', async () => {
      const hits = await hitsOf(
        CODE,
        declared([{ ...VALID_EXPORT, reference: 'PA-LIC-0042', issuer: 'PA' }, VALID_EUC]),
      );
      expect(hits).toHaveLength(1);
      expect(hits[0]?.reason).toBe(
        'EXPORT_LICENCE PA-LIC-0042 presented for line 1 was issued by PA, but a export licence is issued by the country of export (US)',
      );
      expect(hits[0]?.evidence).toMatchObject({
        field: 'documents[0].issuer',
        issuer: 'PA',
        expectedIssuers: ['US'],
      });
    });

    it('fires on an export licence issued by the country of destination: it is issued where the goods leave', async () => {
      const [hit] = await hitsOf(CODE, declared([{ ...VALID_EXPORT, issuer: 'NG' }, VALID_EUC]));
      expect(hit?.evidence).toMatchObject({ type: 'EXPORT_LICENCE', issuer: 'NG', expectedIssuers: ['US'] });
    });

    it('fires on an end-user certificate issued by the exporting country rather than the destination', async () => {
      const [hit] = await hitsOf(CODE, declared([VALID_EXPORT, { ...VALID_EUC, issuer: 'US' }]));
      expect(hit?.reason).toContain('END_USER_CERTIFICATE EUC-NG-77 presented for line 1 was issued by US');
      expect(hit?.reason).toContain('the country of destination (NG)');
    });

    it('reports both a missing cover and the defective document when nothing sound is left', async () => {
      const hits = await hitsOf(CODE, declared([{ ...VALID_EXPORT, validUntil: '2026-01-31' }]));
      expect(hits.map((h) => h.evidence.field).sort()).toEqual([
        'documents[0].validUntil',
        'items[0].hsCode',
      ]);
    });

    it('does not judge documents presented only for ordinary lines', async () => {
      expect(
        await hitsOf(
          CODE,
          declared([
            VALID_EXPORT,
            VALID_EUC,
            { type: 'IMPORT_LICENCE', reference: 'X', issuer: 'FR', lines: [2] },
          ]),
        ),
      ).toEqual([]);
    });
  });

  it('stays quiet with sound documents from the right countries, in date on the day (or with no date)', async () => {
    expect(
      await hitsOf(
        CODE,
        declared([
          { type: 'IMPORT_LICENCE', reference: 'IL-1', issuer: 'NG', validUntil: '2026-11-29', lines: [1] },
        ]),
      ),
    ).toEqual([]);
    expect(await hitsOf(CODE, declared([{ type: 'END_USER_CERTIFICATE', reference: 'EUC-1' }]))).toEqual([]);
    expect(await hitsOf(CODE, declared([VALID_EXPORT, VALID_EUC]))).toEqual([]);
  });

  it('stays quiet on goods outside the controlled headings', async () => {
    expect(await hitsOf(CODE, aDeclaration({ documents: [] }))).toEqual([]);
  });
});
