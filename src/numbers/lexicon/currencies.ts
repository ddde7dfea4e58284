// Currency symbols and names → ISO 4217 codes.

/** Symbols written before the amount, longest first where they share a tail ("US$" before "$"). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  'us$': 'USD', '$': 'USD', 'a$': 'AUD', 'au$': 'AUD', 'ca$': 'CAD',
  // as the Australian and New Zealand press write them: "$US500 million", "$A1.2 billion"
  '$us': 'USD', '$a': 'AUD', '$nz': 'NZD', 'c$': 'CAD', 'hk$': 'HKD', 'nz$': 'NZD', 's$': 'SGD',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₪': 'ILS', '₺': 'TRY',
  'rs': 'INR', 'rs.': 'INR', 'dm': 'DEM', 'stg': 'GBP', 'dlrs': 'USD', 'dlr': 'USD', 'rm': 'MYR', 'ksh': 'KES',
  // "T$238.7 billion": Taiwan's dollar as the wires write it besides "NT$"
  't$': 'TWD',
  'r$': 'BRL', 'nt$': 'TWD', 'mx$': 'MXN', 'rmb': 'CNY', 'sfr': 'CHF', 'sfr.': 'CHF', 'nis': 'ILS', 'tl': 'TRY', '₱': 'PHP', '₦': 'NGN', '฿': 'THB', '₫': 'VND', '₴': 'UAH', '₸': 'KZT',
  // "GH¢500" and "GH₵500" in Ghana, "KSh.500", "Tsh 5,000", "Ush 20,000" in East Africa
  'gh¢': 'GHS', 'gh₵': 'GHS', 'ksh.': 'KES', 'tsh': 'TZS', 'tsh.': 'TZS', 'ush': 'UGX', 'ush.': 'UGX',
  // Reuters' abbreviations of the 1990s for the Nordic crowns and the French and Belgian francs: "1.2 bln SKR"
  'skr': 'SEK', 'dkr': 'DKK', 'nkr': 'NOK', 'ffr': 'FRF', 'bfr': 'BEF',
  // the CFA franc as francophone Africa's press writes it, "FCFA 20 billion" (West Africa's but where the story tells
  // of Central Africa's: UNION_FRANCS)
  'fcfa': 'XOF',
  '₡': 'CRC', '₲': 'PYG', '₭': 'LAK', '₮': 'MNT', '₵': 'GHS', '₼': 'AZN', '₾': 'GEL', '৳': 'BDT', 'zł': 'PLN', 'kč': 'CZK',
};

/** Signs before the amount that stand for money of more than one country, by that money's name: "Rs" is India's, Pakistan's and Sri Lanka's rupee. */
export const SHARED_SIGN_NAMES: Readonly<Record<string, string>> = { rs: 'rupee', 'rs.': 'rupee', sh: 'shilling', shs: 'shilling', 'shs.': 'shilling' };

/**
 * Letter symbols before the amount only as the Gulf, Indonesian, Bangladeshi, Egyptian and East African press write
 * them ("Dh50 million", "QR10", "Rp 5,000", "Tk 20", "LE 500", "L.E. 500", "Sh3.6 trillion" in Kenya, "Shs 5 million" in Uganda);
 * "DH 2", "RP 5" are names.
 */
export const CASED_CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  Dh: 'AED', Dhs: 'AED', QR: 'QAR', Rp: 'IDR', Tk: 'BDT', LE: 'EGP', 'L.E.': 'EGP', 'L.E': 'EGP', Sh: 'KES', Shs: 'KES', 'Shs.': 'KES',
};

/**
 * Marks after an amount in a bare dollar sign that say whose dollar it is, as written (case matters: "US" is no "us"),
 * besides a dollar's code ("$5 million CAD", CURRENCY_CODES): "$20 million Cdn", "$300 (US)".
 */
export const DOLLAR_MARKS_AFTER: Readonly<Record<string, string>> = { Cdn: 'CAD', CDN: 'CAD', US: 'USD' };

/**
 * Symbols that may also follow the amount ("10$", "20 €", "3.14US$", "5 million dlrs", "10 million stg");
 * of the letter abbreviations, those that are no word.
 */
export const SYMBOLS_AFTER: ReadonlySet<string> = new Set([...Object.keys(CURRENCY_SYMBOLS).filter((s) => /[^a-z.]/.test(s)), 'dlrs', 'dlr', 'stg']);

/** Letter symbols that follow the amount only written with a capital ("50 DM", "42 RM", "20Rs"): in lower case they are other words. */
export const CASED_SYMBOLS_AFTER: ReadonlySet<string> = new Set(['rs', 'rm', 'dm', 'rmb', 'nis', 'tl']);

/**
 * Symbols that may follow the amount in capitals only: the cased "LE" ("42 LE"; "1 Le Havre" is a name), and Reuters'
 * crowns and francs ("1.2 bln SKR"; CoNLL-2003 marks the "3.9 bln Ffr" of its copy a name of its own).
 */
export const CAPITAL_SYMBOLS_AFTER: ReadonlySet<string> = new Set(['LE', 'L.E.', 'L.E', 'SKR', 'DKR', 'NKR', 'FFR', 'BFR', 'FCFA']);

/**
 * ISO 4217 codes written as words before or after the amount ("USD 5 million", "42 QAR"). Codes
 * that are also English words in capitals (ALL, CUP, TOP, MOP, BOB,
 * PEN, SOS, MAD, GEL) or a company (AMD) are left out.
 */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'INR', 'RUB', 'IRR', 'SAR', 'AED',
  'ILS', 'TRY', 'KRW', 'HKD', 'SGD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'BRL', 'MXN', 'ZAR',
  'KWD', 'QAR', 'BHD', 'OMR', 'JOD', 'IQD', 'LBP', 'SYP', 'EGP', 'LYD', 'TND', 'DZD',
  'BGN', 'RON', 'HUF', 'CZK', 'HRK', 'RSD', 'UAH', 'BYN', 'KZT', 'UZS', 'AZN', 'ISK',
  'MYR', 'THB', 'IDR', 'PHP', 'VND', 'TWD', 'PKR', 'BDT', 'LKR', 'NPR', 'MNT', 'MMK', 'KHR',
  'NGN', 'KES', 'GHS', 'TZS', 'UGX', 'ETB', 'ZMW', 'XOF', 'XAF', 'ARS', 'CLP', 'COP', 'UYU',
  'VES', 'JMD', 'TTD', 'BZD', 'XCD', 'DOP',
  'AFN', 'AOA', 'MUR', 'MVR', 'SCR', 'NAD', 'BWP', 'MZN', 'RWF', 'CDF', 'SDG', 'SSP', 'YER', 'LAK', 'BND', 'FJD', 'PGK',
  'HNL', 'GTQ', 'CRC', 'NIO', 'PYG', 'BSD', 'BBD', 'KGS', 'TJS', 'TMT', 'MDL', 'MKD', 'BAM', 'GYD', 'SRD', 'HTG', 'LRD',
  'SLL', 'SLE', 'GMD', 'GNF', 'MWK', 'MGA', 'DJF', 'ERN', 'SZL', 'LSL', 'CVE', 'XPF', 'BTN', 'PAB', 'MRU', 'ZWL', 'KPW', 'XDR',
  // before the euro, still in archives: "FIM 6.3 mln"
  'DEM', 'FRF', 'ITL', 'NLG', 'BEF', 'ESP', 'ATS', 'IEP', 'PTE', 'GRD', 'FIM',
]);

/** Codes exchanges write for money ISO 4217 has no code of its own for: "3.125 BTC" (bitcoin, XBT where the name is written). */
const EXCHANGE_CODES: Readonly<Record<string, string>> = { BTC: 'XBT', XBT: 'XBT' };

/** The currency a code written as a word stands for ("USD", "BTC"), or undefined. */
export const currencyOfCode = (text: string): string | undefined => (CURRENCY_CODES.has(text) ? text : EXCHANGE_CODES[text]);

/**
 * Capital letters against the digits that are a currency only with a scale after them or thousands in them: "R2.5
 * million", "R3bn", "R1,558" (South African rand), "N2.5bn" (Nigerian naira), "SR52,000" (Saudi riyal, as the Saudi press
 * writes it), "P50 billion" (Philippine peso, as Manila's press writes it); "the R21" is a road, "SR 520" a state route.
 */
export const SCALED_LETTER_SYMBOLS: Readonly<Record<string, string>> = { R: 'ZAR', N: 'NGN', SR: 'SAR', P: 'PHP' };

/** ISO codes that, written against two digits, name a meeting rather than an amount: "COP28" is the UN climate conference. */
export const CODES_NAMING_MEETINGS: ReadonlySet<string> = new Set(['COP']);

/** Scales written against an ISO code in financial tables: "30 MUSD" is 30 million US dollars, "5 KEUR" 5,000 euros. */
export const CODE_SCALE_PREFIXES: Readonly<Record<string, number>> = { K: 1e3, M: 1e6, MM: 1e6, MN: 1e6, B: 1e9, BN: 1e9 };

/** Currency names written after the amount, in lower case ("six Euro ties" is not money).
 *  `null`: money, but the country is not said. */
export const CURRENCY_NAMES: Readonly<Record<string, string | null>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', yuan: 'CNY',
  renminbi: 'CNY', rial: 'IRR', rials: 'IRR', rupee: 'INR', rupees: 'INR', ruble: 'RUB',
  rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', sterling: 'GBP', pound: 'GBP', pounds: 'GBP',
  mark: 'DEM', marks: 'DEM', deutschmark: 'DEM', deutschmarks: 'DEM', lira: 'ITL', lire: 'ITL',
  shekel: 'ILS', shekels: 'ILS', riyal: 'SAR', riyals: 'SAR', dinar: null, dinars: null,
  franc: null, francs: null, peso: null, pesos: null, krona: 'SEK', kronor: 'SEK', krone: null,
  kroner: null, zloty: 'PLN', zlotys: 'PLN', rand: 'ZAR', baht: 'THB', ringgit: 'MYR',
  rupiah: 'IDR', dirham: 'AED', dirhams: 'AED', guilder: 'NLG', guilders: 'NLG',
  escudo: 'PTE', escudos: 'PTE', peseta: 'ESP', pesetas: 'ESP', cent: 'USD', cents: 'USD',
  penny: 'GBP', pennies: 'GBP', pence: 'GBP', leu: 'RON', lei: 'RON', naira: 'NGN', forint: 'HUF', forints: 'HUF',
  koruna: 'CZK', korunas: 'CZK', hryvnia: 'UAH', hryvnias: 'UAH', lev: 'BGN', leva: 'BGN',
  geneh: 'EGP', genihat: 'EGP',
  // the IMF's unit, in which maritime and air conventions cap liability: "76 million SDRs"
  sdr: 'XDR', sdrs: 'XDR',
  tenge: 'KZT', markka: 'FIM', markkaa: 'FIM', drachma: 'GRD', drachmas: 'GRD', schilling: 'ATS',
  schillings: 'ATS', punt: 'IEP', punts: 'IEP', kuna: 'HRK', dong: 'VND', taka: 'BDT',
  shilling: null, shillings: null, crown: null, crowns: null, kwacha: null,
  ringgits: 'MYR', tugrik: 'MNT', tugriks: 'MNT', bucks: null,
  sen: 'MYR', sens: 'MYR', paise: 'INR', kopiyka: 'UAH', kopiykas: 'UAH', kopeck: 'RUB', kopecks: 'RUB',
  centime: null, centimes: null, quid: 'GBP', nickel: 'USD', nickels: 'USD', dime: 'USD', dimes: 'USD',
  fiver: 'GBP', fivers: 'GBP', tenner: 'GBP', tenners: 'GBP',
  // before the euro, still in archives: "2 million ECUs", "100 kroons"
  ecu: 'XEU', ecus: 'XEU', levs: 'BGN', kroon: 'EEK', kroons: 'EEK', lats: 'LVL', litas: 'LTL', tolar: 'SIT', tolars: 'SIT',
  cedi: 'GHS', cedis: 'GHS',
  // the euro's cent, as European and Irish papers write it: "45 eurocents"
  eurocent: 'EUR', eurocents: 'EUR',
  reais: 'BRL', bolivar: 'VES', bolivars: 'VES', soles: 'PEN', kyat: 'MMK', kyats: 'MMK', afghani: 'AFN', afghanis: 'AFN',
  birr: 'ETB', kwanza: 'AOA', lari: 'GEL', manat: 'AZN', riel: 'KHR', riels: 'KHR', rufiyaa: 'MVR', quetzal: 'GTQ', quetzales: 'GTQ',
  colon: 'CRC', colones: 'CRC', lempira: 'HNL', lempiras: 'HNL', cordoba: 'NIO', cordobas: 'NIO', guarani: 'PYG', guaranis: 'PYG', guaranies: 'PYG', 'guaraní': 'PYG', 'guaraníes': 'PYG', sucre: 'ECS', sucres: 'ECS',
  ariary: 'MGA', pula: 'BWP', metical: 'MZN', meticais: 'MZN', dalasi: 'GMD', leone: 'SLE', leones: 'SLE', ouguiya: 'MRU',
  // Iceland's crowns in the plural Icelandic and English papers write, Kyrgyzstan's som and Uzbekistan's sum
  kronur: 'ISK', 'krónur': 'ISK', som: 'KGS', soms: 'KGS', soum: 'UZS', soums: 'UZS', dram: 'AMD', drams: 'AMD',
  nakfa: 'ERN', somoni: 'TJS', denar: 'MKD', denars: 'MKD', gourde: 'HTG', gourdes: 'HTG', balboa: 'PAB', balboas: 'PAB',
  boliviano: 'BOB', bolivianos: 'BOB', ngultrum: 'BTN', pataca: 'MOP', patacas: 'MOP', lek: 'ALL', leke: 'ALL', manats: 'AZN',
  kwachas: null, tenges: 'KZT', hryvni: 'UAH', zlote: 'PLN', zloties: 'PLN', korun: 'CZK', yuans: 'CNY',
  // the plurals news writes for the Turkish lira, the rand and the rupiah; "kr" of Scandinavian crowns, country unsaid
  liras: 'TRY', rands: 'ZAR', rupiahs: 'IDR', kr: null, 'kr.': null,
  // not ISO 4217, but the code exchanges write
  bitcoin: 'XBT', bitcoins: 'XBT',
};

/** The last year of currencies the euro replaced: an amount a story from the country names alone after it is no longer one of them. */
export const LAST_YEAR_OF_CURRENCY: Readonly<Record<string, number>> = {
  FRF: 2001, BEF: 2001, LUF: 2001, DEM: 2001, ITL: 2001, NLG: 2001, ESP: 2001, ATS: 2001, IEP: 2001, PTE: 2001, FIM: 2001, GRD: 2001,
  SKK: 2008, EEK: 2010,
};

/** The money a name most often means once its usual money was replaced: "lira" in a story of 2024 is Turkey's. */
export const LATER_USUAL_CURRENCY: Readonly<Record<string, string>> = { lira: 'TRY' };

/** The first year of currencies younger than the archives they may be read in: the Serbian dinar of 2003 was Yugoslavia's before. */
export const FIRST_YEAR_OF_CURRENCY: Readonly<Record<string, number>> = { RSD: 2003, CDF: 1998, ZMW: 2013 };

/** Currency names that are common words too, money only after a large amount: "1.2 trillion won", "1,574,799 won", "22.2 billion real", not "the 11 won". */
export const NAMES_AFTER_LARGE_AMOUNTS: Readonly<Record<string, string>> = { won: 'KRW', real: 'BRL' };

/** Money words that multiply the amount before them, of no stated currency: "10 grand" is 10,000. */
export const MONEY_SCALE_WORDS: Readonly<Record<string, number>> = { grand: 1000 };

/** Names of coins, notes and subunits, with their worth in the main unit: a hundredth for cents, a twentieth for a nickel ("ten dimes" = 1 USD), five for a fiver. */
export const CURRENCY_SUBUNITS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(['cent', 'cents', 'penny', 'pennies', 'pence', 'sen', 'sens', 'paise', 'kopiyka', 'kopiykas', 'kopeck', 'kopecks', 'centime', 'centimes']
    .map((name) => [name, 0.01])), eurocent: 0.01, eurocents: 0.01,
  nickel: 0.05, nickels: 0.05, dime: 0.1, dimes: 0.1, fiver: 5, fivers: 5, tenner: 10, tenners: 10,
};

/** Signs for cents after the amount: "10¢" anywhere; "43c", "50p", "179.5p" only against the digits ("1080p", the lines of a video, is no money). */
export const CENT_SIGNS: ReadonlySet<string> = new Set(['¢']);
export const ATTACHED_CENT_SIGNS: Readonly<Record<string, string>> = { c: 'USD', p: 'GBP' };

/**
 * Currency names that are common words too, so "a" before them is no amount ("left a mark"), nor a
 * count before a noun ("two nickel mines", "three crown jewels").
 */
export const NOT_ONE_AFTER_A: ReadonlySet<string> = new Set([
  'mark', 'crown', 'rand', 'dong', 'lev', 'punt', 'kuna', 'sen', 'buck', 'nickel', 'dime', 'bitcoin', 'colon', 'lari', 'real',
]);

/** Phrases from the amount on that are idioms, not money ("a yen for travel"). */
export const NOT_MONEY_PHRASES: ReadonlySet<string> = new Set(['a yen for']);

/** Currency names that may stand before the amount ("Rupees 500", "ringgit 42"), when no determiner makes them the currency itself ("the dollar 1 percent"). */
export const NAMES_BEFORE: ReadonlySet<string> = new Set([
  'rupee', 'rupees', 'ringgit', 'ringgits', 'riyal', 'riyals', 'rial', 'rials', 'dirham', 'dirhams', 'naira', 'taka', 'rupiah', 'baht', 'yuan', 'renminbi',
]);

/** Words after a currency name that belong to it ("15 million pounds sterling"). */
export const CURRENCY_TAILS: ReadonlySet<string> = new Set(['sterling', 'masriya', 'cfa']);

/**
 * The francs two monetary unions share by one name, "CFA francs", "FCFA", "francs CFA": the first, West Africa's (XOF),
 * but where the amount's sentence or the article is of a country of the other union ("Chad will spend 50 billion CFA
 * francs" XAF). The words that mark them so are UNION_MARKS.
 */
export const UNION_FRANCS: readonly string[] = ['XOF', 'XAF'];
export const UNION_MARKS: ReadonlySet<string> = new Set(['cfa', 'fcfa']);

/** Names whose money alone is one country's in the world's press, wherever a story is filed from: "dollars" in a story from Sydney are still US dollars. */
export const WORLD_CURRENCY_NAMES: ReadonlySet<string> = new Set(['dollar', 'cent']);

/** A nationality before "dollars"/"francs"/... names the currency ("Swiss francs"). */
// the CFA francs of West and of Central Africa by their countries' peoples too, as a story from Dakar names them
const FRANC = {
  comorian: 'KMF', malagasy: 'MGF', cfp: 'XPF', swiss: 'CHF', french: 'FRF', belgian: 'BEF', luxembourgish: 'LUF', cfa: 'XOF', congolese: 'CDF',
  rwandan: 'RWF', burundian: 'BIF', guinean: 'GNF', djiboutian: 'DJF', senegalese: 'XOF', ivorian: 'XOF', malian: 'XOF', burkinabe: 'XOF',
  nigerien: 'XOF', beninese: 'XOF', togolese: 'XOF', cameroonian: 'XAF', gabonese: 'XAF', chadian: 'XAF', 'central african': 'XAF', 'equatorial guinean': 'XAF', equatoguinean: 'XAF', 'bissau-guinean': 'XOF',
};
const KRONE = { danish: 'DKK', norwegian: 'NOK' };
const KRONA = { swedish: 'SEK', icelandic: 'ISK' };
export const CURRENCY_BY_COUNTRY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dollar: {
    us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD', hk: 'HKD', 'new zealand': 'NZD', 'new zealander': 'NZD', kiwi: 'NZD', singapore: 'SGD',
    taiwan: 'TWD', 'new taiwan': 'TWD', 'taiwanese': 'TWD', zimbabwe: 'ZWD', jamaican: 'JMD', trinidadian: 'TTD', bahamian: 'BSD', barbadian: 'BBD', belize: 'BZD',
    belizean: 'BZD', fijian: 'FJD', namibian: 'NAD', liberian: 'LRD', guyanese: 'GYD', brunei: 'BND', 'east caribbean': 'XCD',
    singaporean: 'SGD', zimbabwean: 'ZWL', bermudian: 'BMD', cayman: 'KYD', 'solomon islands': 'SBD', surinamese: 'SRD', canada: 'CAD', australia: 'AUD',
  },
  franc: FRANC, centime: FRANC,
  peso: { mexican: 'MXN', argentine: 'ARS', argentinian: 'ARS', philippine: 'PHP', chilean: 'CLP', colombian: 'COP', cuban: 'CUP', dominican: 'DOP', uruguayan: 'UYU' },
  dinar: { iraqi: 'IQD', kuwaiti: 'KWD', jordanian: 'JOD', bahraini: 'BHD', serbian: 'RSD', libyan: 'LYD', tunisian: 'TND', algerian: 'DZD', macedonian: 'MKD' },
  krone: KRONE, kroner: KRONE, krona: KRONA, kronor: KRONA,
  crown: { czech: 'CZK', swedish: 'SEK', danish: 'DKK', norwegian: 'NOK', slovak: 'SKK', estonian: 'EEK', icelandic: 'ISK' },
  shilling: { kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS', austrian: 'ATS' },
  pound: { gibraltar: 'GIP', falkland: 'FKP', egyptian: 'EGP', lebanese: 'LBP', irish: 'IEP', cyprus: 'CYP', syrian: 'SYP', british: 'GBP', sudanese: 'SDG', 'south sudanese': 'SSP' },
  ringgit: { malaysian: 'MYR', malaysia: 'MYR' },
  riyal: { saudi: 'SAR', qatari: 'QAR', omani: 'OMR', yemeni: 'YER' },
  rial: { iranian: 'IRR', omani: 'OMR', yemeni: 'YER' },
  // "eight U.S. cents", "50 Canadian cents": the coin of the country's dollar
  cent: { us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD', hk: 'HKD', 'new zealand': 'NZD', singapore: 'SGD' },
  lira: { turkish: 'TRY', italian: 'ITL', maltese: 'MTL', lebanese: 'LBP', syrian: 'SYP' },
  leu: { moldovan: 'MDL', romanian: 'RON' }, lei: { moldovan: 'MDL', romanian: 'RON' },
  dirham: { moroccan: 'MAD', emirati: 'AED', uae: 'AED', 'u.a.e.': 'AED' },
  kwacha: { zambian: 'ZMW', malawian: 'MWK' },
  manat: { azerbaijani: 'AZN', turkmen: 'TMT' }, manats: { azerbaijani: 'AZN', turkmen: 'TMT' },
  rupee: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR', nepali: 'NPR', mauritian: 'MUR', seychellois: 'SCR' },
};
