// Currency symbols and names → ISO 4217 codes.

/** Symbols written before the amount, longest first where they share a tail ("US$" before "$"). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  'us$': 'USD', '$': 'USD', 'a$': 'AUD', 'c$': 'CAD', 'hk$': 'HKD', 'nz$': 'NZD', 's$': 'SGD',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₪': 'ILS', '₺': 'TRY',
  'rs': 'INR', 'rs.': 'INR', 'dm': 'DEM', 'stg': 'GBP',
};

/** ISO codes written as words before or after the amount ("USD 5 million", "5 million euros"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'INR', 'RUB', 'IRR', 'SAR', 'AED',
  'ILS', 'TRY', 'KRW', 'HKD', 'SGD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'BRL', 'MXN', 'ZAR',
]);

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
  penny: 'GBP', pence: 'GBP', leu: 'RON', lei: 'RON', naira: 'NGN', forint: 'HUF', forints: 'HUF',
  koruna: 'CZK', korunas: 'CZK', hryvnia: 'UAH', hryvnias: 'UAH', lev: 'BGN', leva: 'BGN',
  tenge: 'KZT', markka: 'FIM', markkaa: 'FIM', drachma: 'GRD', drachmas: 'GRD', schilling: 'ATS',
  schillings: 'ATS', punt: 'IEP', punts: 'IEP', kuna: 'HRK', dong: 'VND', taka: 'BDT',
  shilling: null, shillings: null, crown: null, crowns: null, kwacha: null,
};

/** Names worth a hundredth of the main unit. */
export const CURRENCY_SUBUNITS: ReadonlySet<string> = new Set(['cent', 'cents', 'penny', 'pence']);

/** Words after a currency name that belong to it ("15 million pounds sterling"). */
export const CURRENCY_TAILS: ReadonlySet<string> = new Set(['sterling']);

/** A nationality before "dollars"/"francs"/... names the currency ("Swiss francs"). */
export const CURRENCY_BY_COUNTRY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dollar: { us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD', 'new zealand': 'NZD', singapore: 'SGD', taiwan: 'TWD', zimbabwe: 'ZWD' },
  franc: { swiss: 'CHF', french: 'FRF', belgian: 'BEF', cfa: 'XOF' },
  peso: { mexican: 'MXN', argentine: 'ARS', philippine: 'PHP', chilean: 'CLP', colombian: 'COP' },
  dinar: { iraqi: 'IQD', kuwaiti: 'KWD', jordanian: 'JOD', bahraini: 'BHD', serbian: 'RSD' },
  krone: { danish: 'DKK', norwegian: 'NOK' },
  pound: { egyptian: 'EGP', lebanese: 'LBP', irish: 'IEP', cyprus: 'CYP', syrian: 'SYP' },
};
