import type { Alert } from '@salw/contracts';
import { alertTokens, normaliseTokens, textTerms } from './search-tokens';

describe('free-text words', () => {
  it('folds case and accents and splits on anything but letters and digits', () => {
    expect(normaliseTokens('TRAORÉ Frères-Import, Ltd. 26NG0000012345678X')).toEqual([
      'traore',
      'freres',
      'import',
      'ltd',
      '26ng0000012345678x',
    ]);
  });

  it('leaves out one-character words and a few filler words', () => {
    expect(normaliseTokens('a 7 of AR-15')).toEqual(['ar', '15']);
  });

  it('indexes ids, hit reasons and, once known, office, parties, goods and vessel, each word once', () => {
    const alert = {
      declarationId: 'DECL-9-301',
      alertId: 'a-DECL-9-301',
      hits: [{ indicator: 'CASH_PAYMENT', reason: 'paid in cash' }],
    } as unknown as Alert;
    expect(alertTokens(alert, undefined)).toEqual(['decl', '301', 'cash', 'payment', 'paid']);
    const declaration = {
      office: 'NGAPP001',
      parties: { consignee: { name: 'Green Pine' }, notify: {} },
      items: [{ hsCode: '930120', description: 'Rifle scopes' }],
      transport: { meansName: 'MV Star' },
    };
    expect(alertTokens(alert, declaration as never)).toEqual(
      expect.arrayContaining(['ngapp001', 'green', 'pine', '930120', 'rifle', 'scopes', 'mv', 'star']),
    );
  });

  it('keeps at most 256 words of an alert', () => {
    const reason = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    const alert = {
      declarationId: 'D1',
      alertId: 'A1',
      hits: [{ indicator: 'X1', reason }],
    } as unknown as Alert;
    expect(alertTokens(alert, undefined)).toHaveLength(256);
  });

  it('matches the last word of a search as a prefix only from three characters on', () => {
    expect(textTerms('green pi')).toEqual([
      { token: 'green', prefix: false },
      { token: 'pi', prefix: false },
    ]);
    expect(textTerms('pin')).toEqual([{ token: 'pin', prefix: true }]);
  });
});
