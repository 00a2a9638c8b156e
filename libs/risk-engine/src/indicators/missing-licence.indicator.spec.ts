import type { DeclarationDocument } from '@salw/contracts';
import { aDeclaration, anItem, hitsOf } from '../testing/screening.fixture';

const CODE = 'MISSING_LICENCE';
const pistols = anItem({ hsCode: '930200', description: 'pistols', originCountry: 'US' });

function declared(documents: DeclarationDocument[], kind: 'IMPORT' | 'EXPORT' = 'IMPORT') {
  return aDeclaration({
    kind,
    route: { origin: 'US', destination: 'NG' },
    items: [pistols, anItem({ line: 2 })],
    documents,
  });
}

describe('MISSING_LICENCE', () => {
  it('fires when a controlled line has no licence at all, listing what was checked', async () => {
    const [hit] = await hitsOf(CODE, declared([{ type: 'INVOICE', reference: 'INV-1' }]));
    expect(hit).toMatchObject({ itemLine: 1, evidence: { documentsChecked: ['INVOICE:INV-1'] } });
    expect(hit?.reason).toMatch(/^controlled item \(HS 930200\) on line 1 has no /);
  });

  it('fires when the licence expired before the declaration was lodged', async () => {
    const [hit] = await hitsOf(
      CODE,
      declared([{ type: 'IMPORT_LICENCE', reference: 'IL-9', issuer: 'NG', validUntil: '2026-11-28' }]),
    );
    expect(hit?.reason).toBe(
      'IMPORT_LICENCE IL-9 for line 1 expired on 2026-11-28, before the declaration of 2026-11-29',
    );
  });

  it('fires when the licence was issued by a country that is neither origin nor destination', async () => {
    const [hit] = await hitsOf(
      CODE,
      declared([{ type: 'EXPORT_LICENCE', reference: 'EL-1', issuer: 'FR', validUntil: '2027-01-01' }]),
    );
    expect(hit?.evidence).toMatchObject({ issuer: 'FR', field: 'documents[0].issuer' });
  });

  it('fires when the licence covers other lines only', async () => {
    expect(
      await hitsOf(CODE, declared([{ type: 'IMPORT_LICENCE', reference: 'IL-1', lines: [2] }])),
    ).toHaveLength(1);
  });

  it('stays quiet with an accepted licence in date, from the route, covering the line (or all lines)', async () => {
    expect(
      await hitsOf(
        CODE,
        declared([
          { type: 'IMPORT_LICENCE', reference: 'IL-1', issuer: 'NG', validUntil: '2026-11-29', lines: [1] },
        ]),
      ),
    ).toEqual([]);
    expect(await hitsOf(CODE, declared([{ type: 'END_USER_CERTIFICATE', reference: 'EUC-1' }]))).toEqual([]);
  });

  it('accepts for an export only the document types the profile lists for exports', async () => {
    expect(
      await hitsOf(CODE, declared([{ type: 'IMPORT_LICENCE', reference: 'IL-1' }], 'EXPORT')),
    ).toHaveLength(1);
    expect(
      await hitsOf(CODE, declared([{ type: 'EXPORT_LICENCE', reference: 'EL-1', issuer: 'US' }], 'EXPORT')),
    ).toEqual([]);
  });

  it('stays quiet on goods outside the controlled headings', async () => {
    expect(await hitsOf(CODE, aDeclaration({ documents: [] }))).toEqual([]);
  });
});
