import { SeededRandom } from '@salw/synthetic-traffic';

/**
 * Person and company names in the styles of many naming cultures, for watchlists and traffic far
 * larger than the synthetic-traffic name pools. Real given and family names are mixed with words
 * coined from each culture's syllables, so the vocabulary keeps growing with the list (as it does
 * in real lists) while common names stay common (Zipf-like picks). Some names carry accents or
 * are written in Cyrillic, so the normaliser's slow path is part of what is measured.
 */
interface NameCulture {
  readonly label: string;
  readonly countries: readonly string[];
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Syllables that coined family names and brand words are made of. */
  readonly syllables: readonly string[];
  /** Endings of coined family names (-OV, -ENKO, -SEN ...); '' keeps the bare stem. */
  readonly familyEndings: readonly string[];
  /** Words of the trade a company names itself after, in the culture's language or in English. */
  readonly tradeWords: readonly string[];
  readonly legalForms: readonly string[];
  /** Legal forms written before the name (OOO "...", PT ...). */
  readonly leadingLegalForms?: readonly string[];
  /** Persons are written family name first (Chinese, Korean, Vietnamese, Hungarian). */
  readonly familyFirst?: boolean;
  /** Joins between given and family name (BIN, AL, DE, VAN ...), used now and then. */
  readonly particles?: readonly string[];
}

const ENGLISH_TRADE = ['Trading', 'Logistics', 'Supplies', 'Industries', 'Imports', 'Hardware', 'Textiles', 'Foods', 'Machinery', 'Electronics', 'Shipping', 'Distribution', 'Engineering', 'Packaging'];

const CULTURES: readonly NameCulture[] = [
  {
    label: 'english',
    countries: ['GB', 'US', 'AU', 'NZ', 'CA', 'ZA'],
    given: ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth', 'David', 'Susan', 'Richard', 'Karen', 'Thomas', 'Sarah', 'Charles', 'Emma', 'George', 'Olivia'],
    family: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Walker', 'Wright', 'Hughes', 'Edwards', 'Turner', 'Parker', 'Collins', 'Stewart', 'Morris', 'Cooper'],
    syllables: ['ash', 'ber', 'ton', 'ley', 'wood', 'ford', 'ham', 'den', 'ris', 'wick', 'mor', 'land', 'well', 'by', 'ing', 'brook', 'stead', 'hurst', 'ward', 'field'],
    familyEndings: ['', '', 'son', 's'],
    tradeWords: ENGLISH_TRADE,
    legalForms: ['Ltd', 'Limited', 'LLC', 'Inc.', 'PLC', 'Corp.', 'Pty Ltd', '& Co.'],
  },
  {
    label: 'german',
    countries: ['DE', 'AT', 'CH'],
    given: ['Hans', 'Jürgen', 'Klaus', 'Ursula', 'Petra', 'Stefan', 'Wolfgang', 'Sabine', 'Andreas', 'Monika', 'Günther', 'Heike', 'Matthias', 'Birgit', 'Jörg'],
    family: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann'],
    syllables: ['bach', 'berg', 'horn', 'stein', 'mann', 'lin', 'ger', 'hau', 'sen', 'dorf', 'kra', 'wal', 'ter', 'rich', 'brun', 'feld', 'hof', 'lau', 'gel', 'tz'],
    familyEndings: ['', 'er', 'mann', 'inger'],
    tradeWords: ['Handel', 'Maschinenbau', 'Logistik', 'Werkzeuge', 'Metallwaren', 'Spedition', 'Technik', 'Elektro', 'Vertrieb', 'Kunststoffe'],
    legalForms: ['GmbH', 'GmbH & Co. KG', 'AG', 'KG', 'e.K.'],
    particles: ['von', 'zu'],
  },
  {
    label: 'romance',
    countries: ['ES', 'IT', 'PT', 'BR', 'MX', 'CL', 'FR', 'BE', 'SN', 'CI'],
    given: ['José', 'María', 'Antonio', 'Carmen', 'Giuseppe', 'Francesca', 'João', 'Ana', 'Luis', 'Lucía', 'Marco', 'Chiara', 'Jean', 'Françoise', 'Pierre', 'Amélie', 'Diego', 'Paola', 'Rafael', 'Inês'],
    family: ['García', 'Fernández', 'González', 'Rossi', 'Russo', 'Ferrari', 'Silva', 'Santos', 'Oliveira', 'Martin', 'Bernard', 'Dubois', 'Moreau', 'Lefèvre', 'Rodríguez', 'López', 'Bianchi', 'Romano', 'Pereira', 'Gonçalves'],
    syllables: ['ca', 'ro', 'mar', 'tel', 'li', 've', 'sa', 'no', 'ra', 'gi', 'bel', 'lo', 'ter', 'ni', 'ria', 'van', 'cor', 'pe', 'mon', 'dal'],
    familyEndings: ['', 'i', 'ez', 'es', 'ini', 'eau'],
    tradeWords: ['Comercial', 'Distribuidora', 'Importadora', 'Industrias', 'Commerciale', 'Forniture', 'Transportes', 'Comércio', 'Négoce', 'Ferragens', 'Ferretería', 'Textil'],
    legalForms: ['S.A.', 'S.L.', 'S.r.l.', 'S.p.A.', 'Ltda.', 'SARL', 'SAS', 'Lda.', 'S.A. de C.V.'],
    particles: ['de', 'da', 'dos', 'di', 'del'],
  },
  {
    label: 'slavic',
    countries: ['RU', 'UA', 'PL', 'CZ', 'RS', 'BY', 'KZ'],
    given: ['Ivan', 'Sergei', 'Olga', 'Dmitry', 'Natalia', 'Aleksandr', 'Tatiana', 'Mikhail', 'Yelena', 'Piotr', 'Katarzyna', 'Tomasz', 'Jiří', 'Zdeněk', 'Oksana', 'Vladimir', 'Yuri', 'Irina'],
    family: ['Ivanov', 'Petrov', 'Smirnov', 'Kuznetsov', 'Popov', 'Volkov', 'Kowalski', 'Nowak', 'Wiśniewski', 'Dvořák', 'Novák', 'Shevchenko', 'Bondarenko', 'Kovalenko', 'Sokolov', 'Lebedev', 'Morozov', 'Jovanović'],
    syllables: ['ko', 'va', 'len', 'ro', 'mir', 'pet', 'sla', 'vo', 'ni', 'bor', 'zar', 'du', 'gor', 'lyu', 'dmi', 'kra', 'sto', 'yan', 'ob', 'tre'],
    familyEndings: ['ov', 'ev', 'enko', 'sky', 'ski', 'ovich', 'in', 'chuk', 'ić'],
    tradeWords: ['Torgovy Dom', 'Stroymash', 'Promtekh', 'Snab', 'Invest', 'Trans', 'Metall', 'Impex', 'Handel', 'Agro'],
    legalForms: ['LLC', 'JSC', 'Sp. z o.o.', 's.r.o.', 'a.s.', 'd.o.o.'],
    leadingLegalForms: ['OOO', 'AO', 'ZAO', 'TOO'],
  },
  {
    label: 'arabic',
    countries: ['AE', 'SA', 'EG', 'MA', 'LB', 'IQ', 'YE', 'SD', 'LY', 'JO', 'QA', 'OM'],
    given: ['Mohammed', 'Muhammad', 'Ahmed', 'Ali', 'Omar', 'Fatima', 'Khalid', 'Hassan', 'Hussein', 'Youssef', 'Ibrahim', 'Abdullah', 'Mariam', 'Tariq', 'Saeed', 'Nasser', 'Layla', 'Abdul Rahman', 'Mustafa', 'Hamza'],
    family: ['Al Mansouri', 'Al Hashimi', 'El Sayed', 'Haddad', 'Nasser', 'Khalil', 'Abdallah', 'Al Qahtani', 'Al Shamsi', 'Mahmoud', 'Aziz', 'Farouk', 'Saleh', 'Qureshi', 'Al Zahrani', 'Hamdan', 'Bakr', 'Suleiman'],
    syllables: ['ha', 'ma', 'di', 'sa', 'lim', 'ra', 'shid', 'ka', 'rim', 'na', 'jib', 'fa', 'rid', 'ta', 'hir', 'za', 'kar', 'ba', 'sim', 'ja'],
    familyEndings: ['', 'i', 'awi'],
    tradeWords: ['General Trading', 'Trading Est.', 'Contracting', 'Building Materials', 'Auto Spare Parts', 'Foodstuff Trading', 'Electromechanical', 'Marine Services'],
    legalForms: ['LLC', 'FZE', 'FZCO', 'Est.', 'Co.', 'S.A.E.', 'SAL', 'W.L.L.'],
    particles: ['bin', 'ibn', 'bint', 'Abu', 'al'],
  },
  {
    label: 'persian-turkish',
    countries: ['IR', 'TR', 'AZ', 'AF', 'PK'],
    given: ['Reza', 'Mehdi', 'Ali Reza', 'Zahra', 'Hossein', 'Maryam', 'Mehmet', 'Ayşe', 'Mustafa', 'Emine', 'Ahmet', 'Fatma', 'Hüseyin', 'Çağrı', 'Gökhan', 'Imran', 'Farhad', 'Shirin'],
    family: ['Hosseini', 'Rezaei', 'Mohammadi', 'Karimi', 'Ahmadi', 'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Khan', 'Rahimi', 'Jafari', 'Sadeghi', 'Doğan'],
    syllables: ['ka', 'ra', 'zan', 'deh', 'mir', 'pur', 'gül', 'öz', 'tek', 'bay', 'kan', 'far', 'jav', 'ne', 'şan', 'ol', 'sar', 'tab', 'yer', 'han'],
    familyEndings: ['i', 'zadeh', 'oğlu', 'pour', 'an', ''],
    tradeWords: ['Ticaret', 'Sanayi', 'Dış Ticaret', 'İnşaat', 'Tekstil', 'Bazargani', 'Sanat', 'Tejarat', 'Makina', 'Otomotiv'],
    legalForms: ['Ltd. Şti.', 'A.Ş.', 'Co.', 'Pvt. Ltd.', 'Company', 'PJS'],
  },
  {
    label: 'chinese',
    countries: ['CN', 'HK', 'TW', 'SG', 'MY'],
    given: ['Wei', 'Fang', 'Jing', 'Lei', 'Min', 'Yong', 'Li Na', 'Xiu Ying', 'Jian Guo', 'Hui', 'Qiang', 'Hong', 'Jun', 'Xiaoming', 'Zhiwei', 'Meiling', 'Chun', 'Tao'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'Lin', 'Tan', 'Lim', 'Ng'],
    syllables: ['xin', 'da', 'hua', 'tai', 'feng', 'long', 'sheng', 'kang', 'jin', 'yuan', 'hong', 'fu', 'mei', 'xing', 'heng', 'rui', 'bao', 'cheng', 'hai', 'guang'],
    familyEndings: [''],
    tradeWords: ['Trading Co', 'Import and Export Co', 'Hardware Co', 'Electronics Co', 'Industrial Co', 'Machinery Manufacturing Co', 'Textile Co', 'Maoyi', 'Keji', 'Supply Chain Management Co', 'Plastic Products Co'],
    legalForms: ['Ltd', 'Ltd.', 'Co., Ltd.', 'Limited', 'Pte. Ltd.', 'Sdn. Bhd.'],
    familyFirst: true,
  },
  {
    label: 'east-asian',
    countries: ['JP', 'KR', 'VN', 'KP'],
    given: ['Hiroshi', 'Yuki', 'Takashi', 'Keiko', 'Kenji', 'Min-jun', 'Seo-yeon', 'Ji-hoon', 'Eun-ji', 'Thanh', 'Minh', 'Lan', 'Duc', 'Hoa', 'Sung-ho', 'Haruto', 'Sakura'],
    family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Yamamoto', 'Kang', 'Yoon'],
    syllables: ['ta', 'ka', 'shi', 'mo', 'ri', 'hana', 'saki', 'yama', 'kawa', 'sung', 'hyun', 'dong', 'jin', 'quang', 'phu', 'thi', 'nam', 'an', 'vinh', 'sei'],
    familyEndings: ['', 'moto', 'da', 'no'],
    tradeWords: ['Shoji', 'Sangyo', 'Trading', 'Industrial', 'Electronics', 'Corporation', 'Precision', 'Shipping', 'Thuong Mai', 'San Xuat'],
    legalForms: ['K.K.', 'Co., Ltd', 'Corporation', 'Company Limited', 'JSC', 'Inc.'],
    familyFirst: true,
  },
  {
    label: 'south-asian',
    countries: ['IN', 'BD', 'LK', 'NP', 'PK'],
    given: ['Rajesh', 'Priya', 'Amit', 'Sunita', 'Vijay', 'Anjali', 'Suresh', 'Kavita', 'Rahul', 'Deepa', 'Arjun', 'Lakshmi', 'Sanjay', 'Rakib', 'Nusrat', 'Farid'],
    family: ['Sharma', 'Patel', 'Singh', 'Kumar', 'Gupta', 'Reddy', 'Iyer', 'Mehta', 'Shah', 'Chowdhury', 'Rahman', 'Hossain', 'Nair', 'Joshi', 'Agarwal', 'Banerjee', 'Perera', 'Fernando'],
    syllables: ['ra', 'jan', 'kri', 'shna', 'dev', 'pra', 'kash', 'vi', 'shal', 'man', 'ohar', 'su', 'bhu', 'lal', 'sri', 'ni', 'vas', 'an', 'ga', 'ndhi'],
    familyEndings: ['', 'an', 'wala', 'ji'],
    tradeWords: ['Exports', 'Overseas', 'Impex', 'Enterprises', 'Industries', 'Agencies', 'Traders', 'Textiles', 'Castings', 'Forgings', 'Garments'],
    legalForms: ['Pvt. Ltd.', 'Private Limited', 'Ltd', 'LLP', '& Sons', '& Co.'],
  },
  {
    label: 'african',
    countries: ['NG', 'GH', 'KE', 'TZ', 'ET', 'UG', 'CM'],
    given: ['Chinedu', 'Ngozi', 'Emeka', 'Aisha', 'Oluwaseun', 'Kwame', 'Ama', 'Kofi', 'Wanjiru', 'Baraka', 'Amina', 'Tunde', 'Musa', 'Halima', 'Abebe', 'Chiamaka', 'Yaw'],
    family: ['Okafor', 'Adeyemi', 'Mensah', 'Boateng', 'Otieno', 'Mwangi', 'Kamau', 'Abubakar', 'Bello', 'Okonkwo', 'Nwosu', 'Asante', 'Owusu', 'Njoroge', 'Haile', 'Balogun', 'Eze', 'Danjuma'],
    syllables: ['ba', 'de', 'ola', 'wu', 'chi', 'ke', 'nwa', 'ji', 'ku', 'mba', 'ola', 'ye', 'fe', 'ma', 'ngo', 'ta', 'si', 'ru', 'oko', 'lu'],
    familyEndings: ['', 'o', 'u', 'eme'],
    tradeWords: ['Ventures', 'Global Concept', 'Integrated Services', 'Merchants', 'Agro Allied', 'Nigeria Enterprises', 'Commodities', 'Motors', 'Energy', 'Trading'],
    legalForms: ['Ltd', 'Limited', 'Nigeria Ltd', 'PLC', 'Enterprise', 'Co. Ltd'],
  },
  {
    label: 'malay-indonesian',
    countries: ['ID', 'MY', 'PH', 'TH'],
    given: ['Budi', 'Siti', 'Agus', 'Dewi', 'Ahmad', 'Nur', 'Rizal', 'Putri', 'Somchai', 'Niran', 'Maria Luisa', 'Jose Miguel', 'Wahyu', 'Intan', 'Arief'],
    family: ['Santoso', 'Wijaya', 'Hidayat', 'Saputra', 'Kusuma', 'Abdullah', 'Ibrahim', 'Reyes', 'Cruz', 'Bautista', 'Srisuk', 'Chaiyaporn', 'Pratama', 'Nugroho', 'Setiawan', 'Halim'],
    syllables: ['su', 'bu', 'har', 'to', 'wi', 'ja', 'ya', 'sen', 'tosa', 'pra', 'tama', 'chai', 'porn', 'sak', 'di', 'ku', 'ning', 'rat', 'ana', 'mas'],
    familyEndings: ['', 'o', 'ya', 'wan'],
    tradeWords: ['Sentosa Abadi', 'Jaya Makmur', 'Perkasa', 'Niaga', 'Logistik', 'Industri', 'Trading', 'Sejahtera', 'Mandiri', 'Utama'],
    legalForms: ['Tbk', 'Sdn. Bhd.', 'Inc.', 'Co., Ltd.', 'Corporation'],
    leadingLegalForms: ['PT', 'CV'],
  },
  {
    label: 'nordic-dutch',
    countries: ['NL', 'SE', 'NO', 'DK', 'FI', 'BE'],
    given: ['Jan', 'Pieter', 'Anna', 'Lars', 'Ingrid', 'Erik', 'Sofie', 'Mikael', 'Johanna', 'Henrik', 'Astrid', 'Joost', 'Sanne', 'Kari', 'Bjørn', 'Åsa'],
    family: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Andersson', 'Johansson', 'Larsen', 'Nielsen', 'Hansen', 'Virtanen', 'Korhonen', 'Lindqvist', 'Berg', 'Dahl', 'Sørensen'],
    syllables: ['lund', 'strom', 'berg', 'holm', 'vik', 'dal', 'gaard', 'sen', 'kamp', 'huis', 'dijk', 'ma', 'ker', 'sta', 'vel', 'bo', 'rin', 'ås', 'fjor', 'nes'],
    familyEndings: ['', 'sen', 'son', 'ma', 'stra'],
    tradeWords: ['Handelsmaatschappij', 'Trading', 'Shipping', 'Handel', 'Industri', 'Logistiek', 'Maskin', 'Import', 'Techniek', 'Offshore'],
    legalForms: ['B.V.', 'N.V.', 'AB', 'AS', 'A/S', 'Oy', 'ApS'],
    particles: ['van', 'de', 'van der'],
  },
];

/** A Cyrillic spelling of a slavic person now and then: lists carry them as names or original-script names. */
const CYRILLIC_GIVEN = ['Иван', 'Сергей', 'Ольга', 'Дмитрий', 'Наталья', 'Александр', 'Татьяна', 'Михаил', 'Юрий', 'Ирина'];
const CYRILLIC_FAMILY_STEMS = ['Иван', 'Петр', 'Смирн', 'Кузнец', 'Поп', 'Волк', 'Соколов', 'Лебед', 'Мороз', 'Новик', 'Белоус', 'Громык', 'Дорош', 'Зайц', 'Крыл'];
const CYRILLIC_ENDINGS = ['ов', 'ев', 'енко', 'ин', 'ский'];
const CULTURE_WEIGHTS: ReadonlyArray<readonly [NameCulture, number]> = CULTURES.map((culture) => [culture, culture.label === 'english' || culture.label === 'chinese' || culture.label === 'arabic' ? 2 : 1]);

export interface GeneratedParty {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: 'INDIVIDUAL' | 'ORGANISATION';
  readonly country: string;
}

/** Makes names; one generator per stream, seeded, so a run is reproducible. */
export class TradeNameGenerator {
  private readonly random: SeededRandom;

  constructor(seed: number | string) {
    this.random = new SeededRandom(seed);
  }

  /** A watchlist-style party: a person or a company, sometimes with an alias. */
  party(organisationShare = 0.5): GeneratedParty {
    const culture = this.random.weighted(CULTURE_WEIGHTS);
    const country = this.random.pick(culture.countries);
    if (this.random.chance(organisationShare)) {
      const name = this.company(culture);
      const aliases = this.random.chance(0.15) ? [this.company(culture)] : [];
      return { name, aliases, kind: 'ORGANISATION', country };
    }
    if (culture.label === 'slavic' && this.random.chance(0.1)) {
      return { name: this.cyrillicPerson(), aliases: [this.person(culture)], kind: 'INDIVIDUAL', country };
    }
    const name = this.person(culture);
    const aliases = this.random.chance(0.25) ? [this.person(culture)] : [];
    return { name, aliases, kind: 'INDIVIDUAL', country };
  }

  /** A trader name as declarations carry it: mostly companies, some private persons. */
  traderName(): string {
    return this.party(0.8).name;
  }

  person(culture: NameCulture): string {
    const random = this.random;
    const given = skewed(random, culture.given);
    const middle = random.chance(0.2) ? ` ${skewed(random, culture.given)}` : '';
    const family = random.chance(0.35) ? skewed(random, culture.family) : this.coinedFamilyName(culture);
    const particle = culture.particles && random.chance(0.15) ? `${random.pick(culture.particles)} ` : '';
    if (culture.familyFirst) return `${family} ${given}${middle}`;
    return random.chance(0.1) ? `${family.toUpperCase()}, ${given}${middle}` : `${given}${middle} ${particle}${family}`;
  }

  company(culture: NameCulture): string {
    const random = this.random;
    const stem = random.weighted<() => string>([
      [() => capitalise(this.coinedWord(culture, 3 + random.int(0, 1))), 6],
      [() => skewed(random, culture.family), 1],
      [() => `${capitalise(this.coinedWord(culture, 3))} ${capitalise(this.coinedWord(culture, 2))}`, 2],
      [() => `${skewed(random, culture.given)} ${skewed(random, culture.family)}`, 1],
    ])();
    const trade = random.chance(0.7) ? skewed(random, culture.tradeWords) : skewed(random, ENGLISH_TRADE);
    const base = random.chance(0.1) ? `${stem} ${trade} ${random.int(1, 99)}` : `${stem} ${trade}`;
    if (culture.leadingLegalForms && random.chance(0.5)) return `${random.pick(culture.leadingLegalForms)} ${base}`;
    return `${base} ${random.pick(culture.legalForms)}`;
  }

  private coinedFamilyName(culture: NameCulture): string {
    return capitalise(this.coinedWord(culture, 3) + this.random.pick(culture.familyEndings));
  }

  private coinedWord(culture: NameCulture, syllables: number): string {
    let word = '';
    // Uniform syllables: brand words and coined family names are mostly distinct, as real ones are.
    for (let i = 0; i < syllables; i++) word += this.random.pick(culture.syllables);
    return word;
  }

  private cyrillicPerson(): string {
    const random = this.random;
    return `${random.pick(CYRILLIC_GIVEN)} ${random.pick(CYRILLIC_FAMILY_STEMS)}${random.pick(CYRILLIC_ENDINGS)}`;
  }
}

/** Zipf-like pick: the first items of a list are drawn far more often than the last ones. */
function skewed<T>(random: SeededRandom, items: readonly T[]): T {
  return items[Math.floor(items.length * random.next() ** 2)] as T;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
