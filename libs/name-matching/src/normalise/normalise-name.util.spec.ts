import { normaliseName } from './normalise-name.util';

describe('normaliseName', () => {
  it.each([
    ['case, accents and punctuation', 'Société Générale d’Export', ['SOCIETE', 'GENERALE', 'DEXPORT']],
    ['"&" read as AND, which is a stop word', 'Smith & Wesson', ['SMITH', 'WESSON']],
    ['hyphens and slashes become spaces', 'AL-QAIDA/ISLAMIC ARMY', ['AL', 'QAIDA', 'ISLAMIC', 'ARMY']],
    ['"LAST, First" is reordered to "First LAST"', 'ANWARI, Muhammad Taher', ['MUHAMMAD', 'TAHER', 'ANWARI']],
    [
      'a comma before a legal form is not a surname comma',
      'Green Pine Associated Corporation, Ltd',
      ['GREEN', 'PINE', 'ASSOCIATED'],
    ],
    [
      'abbreviations are expanded',
      'Intl Trdg Mfg Group',
      ['INTERNATIONAL', 'TRADING', 'MANUFACTURING', 'GROUP'],
    ],
    ['CO in the middle is COMPANY, at the end a legal form', 'Co Operative Co', ['COMPANY', 'OPERATIVE']],
    ['leading honorifics are dropped while two words remain', 'Mr Haji Mudir', ['HAJI', 'MUDIR']],
    ['an honorific that would leave one word is kept', 'Sheikh Ahmed', ['SHEIKH', 'AHMED']],
    ['stop words are dropped', 'Bank of the Orient', ['BANK', 'ORIENT']],
    ['Cyrillic is transliterated', 'Муаммар Каддафи', ['MUAMMAR', 'KADDAFI']],
    ['Й and Щ keep their own romanisation', 'Сергей Щукин', ['SERGEY', 'SHCHUKIN']],
    ['Greek is transliterated', 'Αλέξανδρος Παπαδόπουλος', ['ALEXANDROS', 'PAPADOPOULOS']],
    [
      'German, Nordic, Polish, Croatian and Turkish letters',
      'Straße Ærø Łódź Đurić İstanbul',
      ['STRASSE', 'AERO', 'LODZ', 'DURIC', 'ISTANBUL'],
    ],
  ])('%s: %s', (_rule, raw, tokens) => {
    expect(normaliseName(raw).tokens).toEqual(tokens);
  });

  it.each([
    ['Green Pine Associated Corp.', ['CORP']],
    ['ACME TRADING CO., LTD.', ['CO', 'LTD']],
    ['Foo Bar S.A.', ['SA']],
    ['Alpha Beta J/V', ['JV']],
    ['OOO Romashka', ['OOO']],
    ['Müller Söhne GmbH', ['GMBH']],
    ['AS SAHAB MEDIA', []],
    ['Aceros García S.A. de C.V.', ['SA', 'DE', 'CV']],
    ['Grupo Norte S.A.P.I. de C.V.', ['SAPI', 'DE', 'CV']],
    ['Casa de Oro S.A.', ['SA']],
    ['CV Sinar Jaya', ['CV']],
  ])('moves the legal forms of "%s" into legalForms: %j', (raw, legalForms) => {
    expect(normaliseName(raw).legalForms).toEqual(legalForms);
  });

  it('takes off a long legal-form word misspelt by one slip at the end of the name', () => {
    expect(normaliseName('Aviatrans Establishemnt').tokens).toEqual(['AVIATRANS']);
    expect(normaliseName('Green Pine Corporaton').tokens).toEqual(['GREEN', 'PINE']);
    expect(normaliseName('Sahel Logistics Incorporatd').tokens).toEqual(['SAHEL', 'LOGISTICS']);
  });

  it('keeps a word that only resembles a legal form, or a misspelt one inside the name', () => {
    expect(normaliseName('Acme Complany Holdings').tokens).toEqual(['ACME', 'COMPLANY', 'HOLDINGS']);
    expect(normaliseName('Nova Limiter').tokens).toEqual(['NOVA', 'LIMITER']);
    expect(normaliseName('Corporatist').tokens).toEqual(['CORPORATIST']);
  });

  it('takes DE off only as part of a legal form, never from the name itself', () => {
    expect(normaliseName('Aceros García S.A. de C.V.').tokens).toEqual(['ACEROS', 'GARCIA']);
    expect(normaliseName('Casa de Oro S.A.').tokens).toEqual(['CASA', 'DE', 'ORO']);
    expect(normaliseName('Juan de la Cruz').tokens).toEqual(['JUAN', 'DE', 'LA', 'CRUZ']);
    expect(normaliseName('Banco de CV').tokens).toEqual(['BANCO', 'DE']);
  });

  it('keeps the only word of a name even when it is a legal form', () => {
    expect(normaliseName('Company').tokens).toEqual(['COMPANY']);
  });

  it('removes Arabic diacritics and tatweel and unifies alef, yeh and kaf variants, in Arabic script', () => {
    const plain = normaliseName('محمد طاهر انوري');
    expect(normaliseName('مُحَمَّد طـاهر أنوري')).toEqual(plain);
    expect(normaliseName('ﻤﺤﻤﺪ طاهر إنوری').tokens).toEqual(plain.tokens);
    expect(plain.script).toBe('arabic');
  });

  it('keeps CJK names whole and in their own script', () => {
    expect(normaliseName('金正恩')).toEqual({
      tokens: ['金正恩'],
      legalForms: [],
      script: 'cjk',
      originalScriptTokens: [],
    });
  });

  it('keeps the Cyrillic tokens of a Cyrillic name beside their transliteration', () => {
    expect(normaliseName('ООО Ромашка')).toEqual({
      tokens: ['ROMASHKA'],
      legalForms: ['OOO'],
      script: 'cyrillic',
      originalScriptTokens: ['РОМАШКА'],
    });
  });

  it('returns no tokens for a name without letters or digits', () => {
    expect(normaliseName(' ,.- ').tokens).toEqual([]);
  });
});
