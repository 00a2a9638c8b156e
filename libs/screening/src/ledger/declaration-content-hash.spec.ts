import { aDeclaration } from '@salw/risk-engine/testing/screening.fixture';
import { declarationContentHash } from './declaration-content-hash';

describe('the content hash of a declaration', () => {
  it('is the same for the same content written with its fields in another order', () => {
    const declaration = aDeclaration();
    const reordered = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(declaration).reverse())),
    ) as typeof declaration;
    expect(declarationContentHash(reordered)).toBe(declarationContentHash(declaration));
  });

  it('differs when any field differs', () => {
    const declaration = aDeclaration();
    expect(declarationContentHash({ ...declaration, office: 'XXXXX01' })).not.toBe(
      declarationContentHash(declaration),
    );
  });

  it('is a 64-digit hex SHA-256', () => {
    expect(declarationContentHash(aDeclaration())).toMatch(/^[0-9a-f]{64}$/);
  });
});
