import { DEFAULT_ALERT_THRESHOLD, NameIndex, type NameMatchCandidate } from './index';

/** A few entries modelled on the UN consolidated list, in the shapes the list uses. */
const INDEX = NameIndex.build([
  {
    entryId: 'KPe.001',
    names: ['KOREA MINING DEVELOPMENT TRADING CORPORATION', 'CHANGGWANG SINYONG CORPORATION'],
    kind: 'entity',
  },
  { entryId: 'KPe.012', names: ['GREEN PINE ASSOCIATED CORPORATION', "Cho'ngsong Chonggak"], kind: 'entity' },
  {
    entryId: 'LYi.016',
    names: ['MUTASSIM QADHAFI', 'Mutassim Billah Abuminyar Qadhafi'],
    kind: 'individual',
  },
  {
    entryId: 'QDi.290',
    names: ['DOKU KHAMATOVICH UMAROV', 'Dokka Umarov'],
    originalScriptNames: ['Умаров Доку Хаматович'],
    kind: 'individual',
  },
  {
    entryId: 'TAi.005',
    names: ['MUHAMMAD TAHER ANWARI', 'Mohammad Taher Anwari'],
    originalScriptNames: ['محمد طاهر أنوري'],
    kind: 'individual',
  },
  { entryId: 'QDe.004', names: ['AL-QAIDA', '"The Base"'], originalScriptNames: ['القاعدة'], kind: 'entity' },
  { entryId: 'TAi.019', names: ['YOUSEF HUSSEIN AHMADI'], kind: 'individual' },
  // Fictional, in the shape of a UN entity whose alias differs from generic trade names by one rare word.
  {
    entryId: 'XXe.001',
    names: ['OCEAN MARITIME MANAGEMENT COMPANY', 'GOLDEN ROUTE TRANSPORT'],
    kind: 'entity',
  },
  // UN entities whose names end in a country qualifier, or are made only of generic words.
  { entryId: 'QDe.105', names: ['AL-HARAMAYN FOUNDATION (KENYA)'], kind: 'entity' },
  { entryId: 'QDi.028', names: ['Ahmed The Tanzanian'], kind: 'individual' },
  { entryId: 'CDe.011', names: ['UGANDA COMMERCIAL IMPEX (UCI) LTD'], kind: 'entity' },
  // A person with a one-word (low-quality) alias, and an entity known by a short acronym.
  {
    entryId: 'QDi.019',
    names: ['ABDULLAH AHMED ABDULLAH EL ALFI', 'Abu Mariam', 'Saleh'],
    kind: 'INDIVIDUAL',
  },
  { entryId: 'KPe.031', names: ['KOREAN COMMITTEE FOR SPACE TECHNOLOGY', 'KCST'], kind: 'ORGANISATION' },
]);

function best(name: string): NameMatchCandidate | undefined {
  return INDEX.search(name, { limit: 1 })[0];
}

function expectAlert(name: string, entryId: string): void {
  const candidate = best(name);
  expect({
    name,
    entryId: candidate?.entryId,
    alert: (candidate?.score ?? 0) >= DEFAULT_ALERT_THRESHOLD,
  }).toEqual({ name, entryId, alert: true });
}

function expectNoAlert(name: string): void {
  const candidate = best(name);
  expect({
    name,
    score: candidate?.score ?? 0,
    below: (candidate?.score ?? 0) < DEFAULT_ALERT_THRESHOLD,
  }).toMatchObject({ name, below: true });
}

describe('sanctions name matching', () => {
  it('finds "GREEN PINE ASSOCIATED CORPORATION" from "Green Pine Asociated Corp"', () => {
    expectAlert('Green Pine Asociated Corp', 'KPe.012');
  });

  it.each(['Mutassim Billah Abuminyar Gaddafi', 'Mutassim Kadafi', 'MUTASSIM GADAFFI', 'Qadhafi, Mutassim'])(
    'finds Qadhafi spelled "%s"',
    (name) => expectAlert(name, 'LYi.016'),
  );

  it.each(['Yusuf Husayn Ahmadi', 'Yousef Hussein Ahmady', 'AHMADI, Yousef Husain'])(
    'finds YOUSEF HUSSEIN AHMADI spelled "%s"',
    (name) => expectAlert(name, 'TAi.019'),
  );

  it.each(['Mohammed Taher Anwari', 'Muhamad Tahir Anwari'])(
    'finds MUHAMMAD TAHER ANWARI spelled "%s"',
    (name) => expectAlert(name, 'TAi.005'),
  );

  it.each([
    'Korea Shipping Company',
    'Global Trading LLC',
    'Korea Trading Corporation',
    'Korea Development Corp',
    'Korea General Trading Co Ltd',
  ])(
    'raises no alert for the generic name "%s" next to KOREA MINING DEVELOPMENT TRADING CORPORATION',
    (name) => expectNoAlert(name),
  );

  it('still finds KOREA MINING DEVELOPMENT TRADING CORPORATION by its full name with a short legal form', () => {
    expectAlert('Korea Mining Development Trading Corp.', 'KPe.001');
  });

  it('finds a Latin-script entry from a Cyrillic query', () => {
    expectAlert('Мутассим Каддафи', 'LYi.016');
    expectAlert('Докка Умаров', 'QDi.290');
  });

  it('finds an entry listed in Cyrillic from a Latin query, in its own script or transliterated', () => {
    expectAlert('Umarov Doku Khamatovich', 'QDi.290');
    expectAlert('Умаров Доку Хаматович', 'QDi.290');
  });

  it('finds an Arabic original-script name from itself, with diacritics, tatweel or a different alef', () => {
    expectAlert('محمد طاهر أنوري', 'TAi.005');
    expectAlert('مُحَمَّد طـاهر انوري', 'TAi.005');
    expectAlert('القاعده', 'QDe.004');
  });

  it('explains an Arabic match token by token in Arabic script', () => {
    expect(best('محمد طاهر انوري')?.explanation.pairs.map((p) => p.candidateToken)).toEqual([
      'محمد',
      'طاهر',
      'انوري',
    ]);
  });

  it('raises no alert for "Route Transport Company" against the alias GOLDEN ROUTE TRANSPORT: its one rare word is missing', () => {
    expectNoAlert('Route Transport Company');
  });

  it('still finds the alias GOLDEN ROUTE TRANSPORT written with a legal form', () => {
    expectAlert('Golden Route Transport Co., Ltd', 'XXe.001');
  });

  it.each([
    'Kenya Shipping Ltd',
    'Kenya Trading Company',
    'Tanzanian General Trading Ltd',
    'Kenyan Logistics',
  ])('raises no alert for "%s": a country or nationality word alone carries no match', (name) =>
    expectNoAlert(name),
  );

  it('does not make a bracketed country qualifier a name of its own: "(KENYA)" alone finds nothing', () => {
    expect(INDEX.search('Kenya', { limit: 1, minScore: DEFAULT_ALERT_THRESHOLD })).toEqual([]);
  });

  it('still finds AL-HARAMAYN FOUNDATION (KENYA) by its name, with or without the qualifier', () => {
    expectAlert('Al Haramayn Foundation', 'QDe.105');
    expectAlert('Al-Haramain Foundation Kenya', 'QDe.105');
  });

  it('still finds a listed name made only of generic words by that name: UGANDA COMMERCIAL IMPEX LTD', () => {
    expectAlert('Uganda Commercial Impex Ltd', 'CDe.011');
  });

  it('raises no alert for "Saleh Commercial Co." on a person\'s one-word alias "Saleh", and says why', () => {
    expectNoAlert('Saleh Commercial Co.');
    const capped = INDEX.search('Saleh Commercial Co.', { limit: 1 })[0];
    expect({ entryId: capped?.entryId, oneWordCapApplied: capped?.explanation.oneWordCapApplied }).toEqual({
      entryId: 'QDi.019',
      oneWordCapApplied: true,
    });
  });

  it('still finds the person by that one-word alias alone, or by a fuller name', () => {
    expectAlert('Saleh', 'QDi.019');
    expectAlert('Abdullah Ahmed Abdullah al-Alfi', 'QDi.019');
  });

  it.each([
    ['Costa Commercial Lda.', 'the acronym KCST'],
    ['Basel Trading AG', 'the alias "The Base"'],
    ['KCSD Trading Co', 'the acronym KCST'],
  ])('raises no alert for "%s" on %s: a short one-word name counts only when spelled the same', (name) =>
    expectNoAlert(name),
  );

  it('still finds a short one-word name spelled the same, within a longer name', () => {
    expectAlert('KCST Trading Co', 'KPe.031');
    expectAlert('The Base', 'QDe.004');
  });

  it('does not match unrelated people who share a common given name', () => {
    expectNoAlert('Mohammad Karimi');
  });
});
