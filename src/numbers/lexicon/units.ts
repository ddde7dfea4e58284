// Units of measure that make a number a QUANTITY, mapped to a canonical symbol for attrs.unit.
// Time units are not here: "five weeks" is a DATE (see time-words.ts).

export const UNITS: Readonly<Record<string, string>> = {
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  metre: 'm', metres: 'm', meter: 'm', meters: 'm', cm: 'cm', centimetre: 'cm', centimetres: 'cm',
  centimeter: 'cm', centimeters: 'cm', mm: 'mm', millimetre: 'mm', millimetres: 'mm',
  millimeter: 'mm', millimeters: 'mm', mile: 'mi', miles: 'mi', mi: 'mi', foot: 'ft', feet: 'ft',
  ft: 'ft', inch: 'in', inches: 'in', yard: 'yd', yards: 'yd', yd: 'yd', yds: 'yd', mah: 'mAh', fps: 'fps',
  kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg',
  kilogrammes: 'kg', gram: 'g', grams: 'g', gramme: 'g', grammes: 'g', mg: 'mg', milligram: 'mg',
  milligrams: 'mg', microgram: 'ug', micrograms: 'ug', mcg: 'ug', 'µg': 'ug', nanogram: 'ng', nanograms: 'ng', ton: 't', tons: 't', tonne: 't', tonnes: 't', lb: 'lb', lbs: 'lb',
  ounce: 'oz', ounces: 'oz', oz: 'oz',
  'g.': 'g', gs: 'g', 'k.g.': 'kg', 'k.gs': 'kg', 'kg.': 'kg',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l', gallon: 'gal', gallons: 'gal', gal: 'gal', gals: 'gal',
  ml: 'ml', mls: 'ml', millilitre: 'ml', millilitres: 'ml', milliliter: 'ml', milliliters: 'ml',
  hectolitre: 'hl', hectolitres: 'hl', hectoliter: 'hl', hectoliters: 'hl', hl: 'hl',
  decilitre: 'dl', decilitres: 'dl', deciliter: 'dl', deciliters: 'dl', dl: 'dl',
  // a river's flow as South Asian papers give it: "300,000 cusecs" (cubic feet per second)
  cusec: 'ft3/s', cusecs: 'ft3/s',
  // water in reservoirs and rivers: "592,000 acre-feet", "1,585 gigalitres"
  'acre-foot': 'acre-ft', 'acre-feet': 'acre-ft', megalitre: 'ML', megalitres: 'ML', megaliter: 'ML', megaliters: 'ML',
  gigalitre: 'GL', gigalitres: 'GL', gigaliter: 'GL', gigaliters: 'GL',
  cup: 'cup', cups: 'cup', tablespoon: 'tbsp', tablespoons: 'tbsp', teaspoon: 'tsp', teaspoons: 'tsp',
  barrel: 'bbl', barrels: 'bbl', bbl: 'bbl', bpd: 'bbl/d',
  acre: 'acre', acres: 'acre', hectare: 'ha', hectares: 'ha', ha: 'ha',
  mph: 'mph', kph: 'km/h', 'km/h': 'km/h', knot: 'kn', knots: 'kn',
  degree: 'deg', degrees: 'deg', deg: 'deg', '°': 'deg', '°c': 'degC', '°f': 'degF',
  celsius: 'degC', fahrenheit: 'degF',
  kw: 'kW', kilowatt: 'kW', kilowatts: 'kW', mw: 'MW', megawatt: 'MW', megawatts: 'MW',
  gw: 'GW', gigawatt: 'GW', gigawatts: 'GW', kwh: 'kWh', mwh: 'MWh',
  mb: 'MB', gb: 'GB', tb: 'TB', megabyte: 'MB', megabytes: 'MB', gigabyte: 'GB', gigabytes: 'GB',
  calorie: 'kcal', calories: 'kcal', volt: 'V', volts: 'V', kv: 'kV', kilovolt: 'kV', kilovolts: 'kV',
  'm/s': 'm/s', kmph: 'km/h', km2: 'km2', m2: 'm2', m3: 'm3', cc: 'cm3',
  kelvin: 'K', kelvins: 'K', mbps: 'Mbit/s', gbps: 'Gbit/s', kbps: 'kbit/s', megabit: 'Mbit', megabits: 'Mbit', gigabit: 'Gbit', gigabits: 'Gbit',
  tsp: 'tsp', tbsp: 'tbsp', tbs: 'tbsp', pint: 'pt', pints: 'pt', quart: 'qt', quarts: 'qt',
  'kilowatt-hour': 'kWh', 'kilowatt-hours': 'kWh', 'megawatt-hour': 'MWh', 'megawatt-hours': 'MWh', gwh: 'GWh', twh: 'TWh',
  watt: 'W', watts: 'W', amp: 'A', amps: 'A', ampere: 'A', amperes: 'A', decibel: 'dB', decibels: 'dB',
  // energy and a transformer's power: "69 megajoules", "a 500 megavolt-ampere transformer"
  joule: 'J', joules: 'J', kilojoule: 'kJ', kilojoules: 'kJ', megajoule: 'MJ', megajoules: 'MJ', gigajoule: 'GJ', gigajoules: 'GJ',
  // the ocean's heat: "15 zettajoules"
  zettajoule: 'ZJ', zettajoules: 'ZJ',
  'megavolt-ampere': 'MVA', 'megavolt-amperes': 'MVA', mva: 'MVA', 'volt-ampere': 'VA', 'volt-amperes': 'VA',
  hertz: 'Hz', hz: 'Hz', khz: 'kHz', kilohertz: 'kHz', mhz: 'MHz', megahertz: 'MHz', ghz: 'GHz', gigahertz: 'GHz',
  terabyte: 'TB', terabytes: 'TB', kilobyte: 'kB', kilobytes: 'kB', petabyte: 'PB', petabytes: 'PB',
  kiloton: 'kt', kilotons: 'kt', kilotonne: 'kt', kilotonnes: 'kt', megaton: 'Mt', megatons: 'Mt', megatonne: 'Mt', megatonnes: 'Mt',
  // ice sheets' and the world's emissions: "197 gigatonnes"
  gigaton: 'Gt', gigatons: 'Gt', gigatonne: 'Gt', gigatonnes: 'Gt',
  'light-year': 'ly', 'light-years': 'ly', horsepower: 'hp', hp: 'hp', bhp: 'hp', mpg: 'mpg', psi: 'psi', carat: 'ct', carats: 'ct',
  'square-foot': 'ft2', 'square-feet': 'ft2', 'square-mile': 'mi2', 'square-metre': 'm2', 'square-meter': 'm2', 'square-kilometre': 'km2', 'square-kilometer': 'km2',
  'km²': 'km2', 'm²': 'm2', 'mi²': 'mi2', 'ft²': 'ft2', 'm³': 'm3', 'b/d': 'bbl/d', 'mb/d': 'Mbbl/d',
  // trade press's rates and a ship's size: "110mn t/yr", "4,000 t/d", "2.5 bcf/d", "a 199,629 dwt ship", "174,000 cbm", "23,000 TEU", a crop's yield "7.8t/ha", a grain's weight "76kg/hl"
  't/yr': 't/yr', 't/y': 't/yr', 't/d': 't/d', 't/ha': 't/ha', 'kg/ha': 'kg/ha', 'kg/hl': 'kg/hl', 'bcf/d': 'bcf/d', 'mmcf/d': 'MMcf/d', 'mmcfd': 'MMcf/d', bcfd: 'bcf/d', 'scf/d': 'scf/d', dwt: 'dwt', 'gross-ton': 'GT', 'gross-tonne': 'GT', 'deadweight-ton': 'dwt', 'deadweight-tonne': 'dwt', cbm: 'm3', teu: 'TEU', teus: 'TEU', feu: 'FEU', feus: 'FEU',
  // and the energy trade's volumes: "50 kb/d", "15 bcm of gas", "3.2 mmbbl", "$2.80 per MMBtu"
  'kb/d': 'kbbl/d', bcm: 'bcm', bcf: 'bcf', tcf: 'tcf', mmbbl: 'MMbbl', mmbtu: 'MMBtu', mmcf: 'MMcf',
  // gas in million cubic metres and by the day or the year: "40 mcm/d", "12 bcm/y"
  mcm: 'mcm', 'mcm/d': 'mcm/d', 'mcm/day': 'mcm/d', 'bcm/y': 'bcm/yr', 'bcm/yr': 'bcm/yr', 'bcm/year': 'bcm/yr', bcma: 'bcm/yr',
  // oil and gas in barrels of oil equivalent and rates by the day, ore and gas by the year: "3.3bn boe", "1.41 mbpd",
  // "80,000 boepd", "12 mtpa" (million tonnes a year), "45 mtoe"
  boe: 'boe', mboe: 'Mboe', mmboe: 'MMboe', boepd: 'boe/d', 'boe/d': 'boe/d', mbpd: 'Mbbl/d', kbpd: 'kbbl/d', bopd: 'bbl/d',
  mtpa: 'Mt/yr', mmtpa: 'Mt/yr', mtoe: 'Mtoe', mmscfd: 'MMscf/d',
  // water: a river's or a pipe's flow "16 m3/s", "40 cumecs"; a city's supply in million litres a day "1,040 MLD", a
  // reservoir's store in thousand million cubic feet "11.757 tmcft" (India's press)
  'm3/s': 'm3/s', 'm³/s': 'm3/s', cumecs: 'm3/s', mld: 'MLD', tmcft: 'tmcft',
  megapixel: 'MP', megapixels: 'MP', ppm: 'ppm', ppb: 'ppb',
  kb: 'kB', 'mb/s': 'MB/s', 'gb/s': 'GB/s', qt: 'qt', centilitre: 'cl', centilitres: 'cl', centiliter: 'cl', centiliters: 'cl',
  furlong: 'fur', furlongs: 'fur', terawatt: 'TW', terawatts: 'TW', bushel: 'bu', bushels: 'bu',
  'gigawatt-hour': 'GWh', 'gigawatt-hours': 'GWh', 'terawatt-hour': 'TWh', 'terawatt-hours': 'TWh',
  // chips and particles: "a 3nm process", "50 microns"
  nm: 'nm', nanometre: 'nm', nanometres: 'nm', nanometer: 'nm', nanometers: 'nm',
  micron: 'um', microns: 'um', 'µm': 'um', 'μm': 'um', micrometre: 'um', micrometres: 'um', micrometer: 'um', micrometers: 'um',
  // particle physics and astronomy: "125 GeV", "13.6 teraelectronvolts", "4.2 parsecs", "1 AU"
  ev: 'eV', kev: 'keV', mev: 'MeV', gev: 'GeV', tev: 'TeV', electronvolt: 'eV', electronvolts: 'eV', 'electron-volt': 'eV', 'electron-volts': 'eV',
  gigaelectronvolt: 'GeV', gigaelectronvolts: 'GeV', teraelectronvolt: 'TeV', teraelectronvolts: 'TeV', megaelectronvolt: 'MeV', megaelectronvolts: 'MeV',
  parsec: 'pc', parsecs: 'pc', kiloparsec: 'kpc', kiloparsecs: 'kpc', megaparsec: 'Mpc', megaparsecs: 'Mpc',
  // the lumber trade's measure: "400 million board feet", "$900 per mbf"
  mbf: 'mbf', mmbf: 'mmbf',
  // a storm's pressure: "897 millibars", "953 hectopascals", "953.9 hPa"
  millibar: 'mbar', millibars: 'mbar', mbar: 'mbar', hectopascal: 'hPa', hectopascals: 'hPa', hpa: 'hPa', kilopascal: 'kPa', kilopascals: 'kPa', kpa: 'kPa',
};

/** Units of two or three words, looked up before the one-word table ("square kilometres", "miles per hour"). */
export const UNIT_PHRASES: Readonly<Record<string, string>> = {
  'square km': 'km2', 'square kilometres': 'km2', 'square kilometers': 'km2', 'sq km': 'km2',
  'square miles': 'mi2', 'square mile': 'mi2', 'sq miles': 'mi2', 'square metres': 'm2',
  'square meters': 'm2', 'square feet': 'ft2', 'sq ft': 'ft2', 'net square feet': 'ft2', 'cubic metres': 'm3', 'frames per second': 'fps',
  'cubic meters': 'm3', 'cubic feet': 'ft3', 'light years': 'ly', 'light year': 'ly', 'acre feet': 'acre-ft', 'acre foot': 'acre-ft',
  // a network's length: "50,000 route miles", "1,200 track kilometres", "400 lane miles"
  'route miles': 'mi', 'route mile': 'mi', 'track miles': 'mi', 'track mile': 'mi', 'lane miles': 'mi', 'lane mile': 'mi',
  'statute miles': 'mi', 'statute mile': 'mi', 'route kilometres': 'km', 'route kilometers': 'km', 'track kilometres': 'km', 'track kilometers': 'km',
  'square kilometre': 'km2', 'square kilometer': 'km2', 'square metre': 'm2', 'square meter': 'm2', 'square foot': 'ft2', 'sq m': 'm2', 'sq mi': 'mi2',
  'metric tons': 't', 'metric tonnes': 't', 'metric ton': 't', 'nautical miles': 'nmi', 'nautical mile': 'nmi', 'fluid ounces': 'fl oz',
  'cubic centimetres': 'cm3', 'cubic centimeters': 'cm3', 'cubic yards': 'yd3', 'cubic yard': 'yd3', 'cubic inches': 'in3', 'cubic inch': 'in3',
  'cubic kilometres': 'km3', 'cubic kilometers': 'km3', 'cubic hectometres': 'hm3', 'cubic hectometers': 'hm3', 'cubic miles': 'mi3', 'cubic metre': 'm3', 'cubic meter': 'm3', 'cubic foot': 'ft3',
  'cu ft': 'ft3', 'cu m': 'm3', 'cu yd': 'yd3', 'parts per million': 'ppm', 'parts per billion': 'ppb',
  // a vitamin's dose (not "IU" alone, also a party's name)
  'international units': 'IU', 'international unit': 'IU',
  'sq kilometres': 'km2', 'sq kilometers': 'km2', 'sq metres': 'm2', 'sq meters': 'm2', 'sq feet': 'ft2', 'sq foot': 'ft2', 'sq yards': 'yd2', 'sq yd': 'yd2', 'sq mile': 'mi2',
  'fl oz': 'fl oz', 'fluid ounce': 'fl oz', 'troy ounces': 'ozt', 'troy ounce': 'ozt',
  'kilowatt hours': 'kWh', 'kilowatt hour': 'kWh', 'megawatt hours': 'MWh', 'megawatt hour': 'MWh', 'gigawatt hours': 'GWh', 'terawatt hours': 'TWh',
  'megabytes per second': 'MB/s', 'megabits per second': 'Mbit/s', 'gigabits per second': 'Gbit/s', 'kilometres per second': 'km/s', 'kilometers per second': 'km/s',
  '° c': 'degC', '° f': 'degF', '° celsius': 'degC', '° fahrenheit': 'degF', '° centigrade': 'degC',
  'degrees celsius': 'degC', 'degrees fahrenheit': 'degF', 'degrees centigrade': 'degC', 'degrees c': 'degC', 'degrees f': 'degF',
  'degree celsius': 'degC', 'degree fahrenheit': 'degF', 'deg c': 'degC', 'deg f': 'degF',
  'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h', 'kilometres an hour': 'km/h', 'kilometers an hour': 'km/h',
  'km per hour': 'km/h', 'km an hour': 'km/h', 'miles per gallon': 'mpg', 'metres per second': 'm/s', 'meters per second': 'm/s', 'miles per hour': 'mph', 'miles an hour': 'mph', 'barrels per day': 'bbl/d', 'barrels a day': 'bbl/d',
  'tonnes per day': 't/d', 'tonnes a day': 't/d',
  'board feet': 'fbm', 'board foot': 'fbm', 'square degrees': 'deg2', 'square degree': 'deg2',
  // a ship's size and a yard's output: "vessels above 5,000 gross tons", "32.3 million compensated gross tons"
  'gross tons': 'GT', 'gross ton': 'GT', 'gross tonnes': 'GT', 'gross tonne': 'GT', 'deadweight tons': 'dwt', 'deadweight tonnes': 'dwt',
  'compensated gross tons': 'CGT', 'compensated gross tonnes': 'CGT',
  'earth masses': 'M_earth', 'earth mass': 'M_earth', 'solar masses': 'M_sun', 'solar mass': 'M_sun', 'jupiter masses': 'M_jup', 'jupiter mass': 'M_jup',
  'astronomical units': 'au', 'astronomical unit': 'au',
  'barrels of oil equivalent': 'boe', 'barrels of oil equivalent a day': 'boe/d', 'barrels of oil equivalent per day': 'boe/d',
  // a port's and a ship's boxes spelt out (a compound's hyphen joins as a space): "939,606 twenty-foot equivalent units",
  // "$7,550 per forty-foot equivalent unit"
  'twenty foot equivalent units': 'TEU', 'twenty foot equivalent unit': 'TEU', '20 foot equivalent units': 'TEU', '20 foot equivalent unit': 'TEU',
  'forty foot equivalent units': 'FEU', 'forty foot equivalent unit': 'FEU', '40 foot equivalent units': 'FEU', '40 foot equivalent unit': 'FEU',
};

/**
 * Rates in the singular, units only as a compound's hyphened words before a noun: "a 10-mile-an-hour wind", "a 180,000
 * barrel-a-day field" (spaced, "ran a mile an hour later" is a distance and a time).
 */
export const HYPHENED_UNIT_PHRASES: Readonly<Record<string, string>> = {
  'mile an hour': 'mph', 'mile per hour': 'mph', 'kilometre an hour': 'km/h', 'kilometer an hour': 'km/h', 'kilometre per hour': 'km/h',
  'kilometer per hour': 'km/h', 'barrel per day': 'bbl/d', 'barrel a day': 'bbl/d', 'tonne per day': 't/d', 'tonne a day': 't/d',
};

/**
 * Unit symbols that are units only against the digits: "2l" (a spaced "g" or "l" is a letter), "6′", "55″", "55''";
 * spaced, only before a word of size ("1.75 m tall", "15.6 in. wide") or, but for "in", before "of" or the end of a
 * clause ("400 m.", "1.5 l of water", "2 g." in lower case, where "5G" is a network).
 */
export const ATTACHED_UNITS: Readonly<Record<string, string>> = { l: 'l', in: 'in', m: 'm', k: 'km', t: 't', '′': 'ft', '″': 'in', "''": 'in' };
export const SPACED_LETTER_UNITS: ReadonlySet<string> = new Set(['l', 'm', 'in', 'g']);
export const CLAUSE_END_LETTER_UNITS: ReadonlySet<string> = new Set(['l', 'm', 'g']);

/** Straight marks, feet and inches only together against the digits ("6'2\""); alone they may close a quotation. */
export const FEET_MARKS: ReadonlySet<string> = new Set(["'", '′']);
export const INCH_MARKS: ReadonlySet<string> = new Set(['"', "''", '″']);

/**
 * Scale suffixes that are units before a word of size or of a race: "a 5m-high wall", "waves 3m
 * high", "the 100m final", "the 400m hurdles" (metres), "a 10k run" (kilometres), but "5m people" (million).
 */
export const UNITS_BEFORE_SIZE: Readonly<Record<string, string>> = { m: 'm', k: 'km', K: 'km' };
/**
 * Nouns of a height of water, waves or snow told before a figure in "m" in its sentence: "the gauge had reached 4.9m",
 * "waves of up to 6m" (metres, not millions).
 */
export const HEIGHT_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'gauge', 'gauges', 'waves', 'tides', 'snowpack', 'floodwater', 'floodwaters',
]);
/** A level, and what makes it one of water ("river levels", "the water level"; not "unemployment levels rose to 1.6m"). */
export const LEVEL_NOUNS: ReadonlySet<string> = new Set(['level', 'levels']);
export const WATER_BEFORE_LEVEL: ReadonlySet<string> = new Set(['river', 'water', 'sea', 'flood', 'lake', 'reservoir', 'dam', 'tide', 'tidal', 'groundwater']);
export const SIZE_WORDS: ReadonlySet<string> = new Set([
  'high', 'tall', 'long', 'wide', 'deep', 'thick',
  'final', 'finals', 'heat', 'heats', 'hurdles', 'run', 'race', 'freestyle', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'relay', 'sprint', 'dash',
  // "defend his 200m title", "100m gold".
  'title', 'titles', 'crown', 'champion', 'gold', 'silver', 'bronze',
]);

/** Race distances in metres, which "the" + the distance names at a sentence's end ("he won the 200m."). */
export const RACE_METRES: ReadonlySet<number> = new Set([50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000]);

/** Road races in kilometres, which "a" or "the" and the distance with a "K" name ("ran a 5K", "won the 10K"; "the 10K mark" counts thousands). */
export const RACE_KILOMETRES: ReadonlySet<number> = new Set([5, 8, 10, 12, 15, 21, 25, 42, 50, 100]);

/**
 * Against the digits and in the case written: a temperature scale in capitals ("40C", "104F"; "43c" is cents), grams in
 * lower case ("500g", "70cl"; "5G" is a network, "5 CL titles" the Champions League), watts and a camera's megapixels in capitals
 * ("a 40W charger", "a 48MP camera").
 */
export const ATTACHED_CASED_UNITS: Readonly<Record<string, string>> = { C: 'degC', F: 'degF', g: 'g', W: 'W', MP: 'MP', cl: 'cl' };

/** The letters of the temperature scales, read apart from the digits only where a temperature is restated in brackets: "4.0 Celsius (39.2 F)". */
export const TEMPERATURE_LETTERS: ReadonlySet<string> = new Set(['C', 'F']);

/**
 * Units of time a rate's unit is counted over: "300 cubic metres per second", "5 grams per day"; with the units above,
 * after "per" they make a compound unit ("4.5 grams per tonne" = g/t, "29 micrograms per deciliter" = ug/dl).
 */
export const PER_TIME_UNITS: Readonly<Record<string, string>> = {
  second: 's', sec: 's', minute: 'min', min: 'min', hour: 'h', hr: 'h', day: 'd', week: 'wk', month: 'mo', year: 'yr', annum: 'yr',
};

/** Verbs before a count of degrees that make them a university's ("awarded 820,000 degrees", "earned 2,000 degrees"). */
export const DEGREE_AWARDING: ReadonlySet<string> = new Set(['awarded', 'awards', 'award', 'awarding', 'conferred', 'confers', 'granted', 'earned', 'earn', 'earns', 'completed', 'graduated']);
/** Units whose word, capitalised in prose, heads a name: "the 2021 Cup", "1 in 7 Cup races" (not "100 Mbps", "35 Celsius"). */
export const NAME_HEAD_UNITS: ReadonlySet<string> = new Set(['cup', 'cups']);

/** Units that "a" before them does not count: "a degree in law", "a ton of fun", "set foot", "a yard sale". */
export const NOT_ONE_AFTER_A: ReadonlySet<string> = new Set(['degree', 'ton', 'foot', 'yard', 'knot', 'calorie', 'volt', 'cup']);

/** Words that join the parts of one measurement: "7 feet 10 inches", "2 km and 1 metre", "7 feet, 10 inches". */
export const COMPOUND_UNIT_JOINERS: ReadonlySet<string> = new Set(['and', ',']);

/** Sizes of units in a base unit per dimension, to add up "7 feet 10 inches" (94 in). */
export const UNIT_SIZES: Readonly<Record<string, { dimension: string; size: number }>> = {
  km: { dimension: 'length', size: 1000 }, m: { dimension: 'length', size: 1 }, cm: { dimension: 'length', size: 0.01 },
  mm: { dimension: 'length', size: 0.001 }, mi: { dimension: 'length', size: 1609.344 }, yd: { dimension: 'length', size: 0.9144 },
  ft: { dimension: 'length', size: 0.3048 }, in: { dimension: 'length', size: 0.0254 },
  t: { dimension: 'mass', size: 1e6 }, kg: { dimension: 'mass', size: 1000 }, g: { dimension: 'mass', size: 1 },
  mg: { dimension: 'mass', size: 0.001 }, ug: { dimension: 'mass', size: 1e-6 }, ng: { dimension: 'mass', size: 1e-9 }, lb: { dimension: 'mass', size: 453.59237 }, oz: { dimension: 'mass', size: 28.349523125 },
  hl: { dimension: 'volume', size: 100 }, l: { dimension: 'volume', size: 1 }, ml: { dimension: 'volume', size: 0.001 },
  gal: { dimension: 'volume', size: 3.785411784 },
};

/** Words a few words before "the 90s" that make the band of ten a temperature ("highs in the 90s"); "high" alone is too common a word. */
export const TEMPERATURE_WORDS: ReadonlySet<string> = new Set([
  'temperature', 'temperatures', 'highs', 'lows', 'degrees', 'mercury', 'thermometer', 'thermometers', 'heat', 'fahrenheit', 'celsius',
]);
/** Words a few words before a figure and a scale's letter apart from it that make it a temperature's change ("limit warming to 1.5 C"). */
export const WARMING_WORDS: ReadonlySet<string> = new Set([
  'warming', 'warm', 'warms', 'warmed', 'warmer', 'warmest', 'hotter', 'hottest', 'cooler', 'colder', 'cooling',
]);
/** Words right after a scale's letter apart from its figure that make it a temperature compared ("1.6 C above the 1850-1900 average"). */
export const TEMPERATURE_COMPARED: ReadonlySet<string> = new Set(['above', 'below', 'higher', 'lower', 'warmer', 'cooler', 'hotter', 'colder']);

/** Words between "the" and a band of ten: "the low 30s", "the mid-80s" is one token and not read. */
export const BAND_PARTS: ReadonlySet<string> = new Set(['low', 'lower', 'mid', 'middle', 'high', 'upper']);

/** Words after a temperature that make it negative: "2 degrees below zero". */
export const BELOW_ZERO: readonly string[] = ['below zero'];

/** Pounds are money unless they weigh something: "5 pounds of cocaine", "weighing 5 pounds". */
export const WEIGHT_CURRENCIES: ReadonlySet<string> = new Set(['pound', 'pounds']);
export const WEIGHT_AFTER: ReadonlySet<string> = new Set(['of']);
/** What pounds "per" or "a" one of are a weight's, a measure's (not "per person", a price's): "58 pounds per bushel", "35 pounds per square inch", "60 pounds a bushel". */
export const WEIGHED_PER: ReadonlySet<string> = new Set(['bushel', 'square', 'cubic', 'acre', 'hectare', 'gallon']);
/** What pounds "of" are money's, not a weight's: "1.5bn pounds of bonds", "5 million pounds of funding". */
export const MONEY_AFTER_OF: ReadonlySet<string> = new Set([
  'bonds', 'debt', 'shares', 'stock', 'notes', 'loans', 'funding', 'investment', 'investments', 'assets', 'cash', 'revenue',
  'sales', 'profit', 'profits', 'spending', 'savings', 'taxes', 'fees', 'damages', 'compensation', 'aid', 'subsidies', 'grants',
  'deposits', 'securities', 'equity', 'capital', 'credit', 'payments', 'losses', 'donations', 'contracts', 'orders', 'public',
  'money', 'taxpayers', 'taxpayer', 'funds', 'financing', 'liquidity', 'stimulus', 'borrowing', 'reserves', 'dividends',
  'bonuses', 'income', 'wages', 'pensions', 'benefits', 'costs', 'bills', 'cuts', 'support',
  // the UK's bonds and the room its fiscal rules leave: "3.25 billion pounds of a conventional gilt", "9.9 billion pounds of headroom"
  'gilt', 'gilts', 'bond', 'loan', 'headroom',
  // a price's share: "no tax on the first 250,000 pounds of a purchase", "5,000 pounds of the price"
  'purchase', 'purchases', 'price', 'value', 'salary', 'earnings', 'estate', 'budget', 'deposit', 'rent',
]);
/** Verbs of weighing: pounds after them weigh, past a qualifier too ("weighing about 2,000 pounds"). */
export const WEIGHING_VERBS: ReadonlySet<string> = new Set(['weighing', 'weighs', 'weighed', 'weigh']);
/** A few words before pounds, a weight's noun makes them a weight ("missed weight by 1.5 pounds", "the weigh-in at 146.8 pounds"). */
export const WEIGHT_NOUNS: ReadonlySet<string> = new Set(['weight', 'weigh-in']);
/** Right before pounds, these make them a weight ("lost 40 pounds"; not "lost an estimated 1.1 billion pounds"). */
export const WEIGHT_BEFORE: ReadonlySet<string> = new Set([...WEIGHING_VERBS, 'lost', 'gained']);
/** Hung on a hyphen before a noun, pounds weigh ("a 10-pound baby") but before these, or a word and these ("a 5-pound note", "a 5-pound booking fee"). */
export const MONEY_AFTER_HYPHENED: ReadonlySet<string> = new Set([
  'note', 'notes', 'coin', 'coins', 'fee', 'fees', 'fine', 'fines', 'charge', 'charges', 'surcharge', 'levy', 'toll', 'ticket', 'tickets',
  'voucher', 'vouchers', 'bet', 'prize', 'bonus', 'payment', 'payments', 'deposit', 'donation', 'discount', 'tax',
]);

/** Lines of a video format, which a "p" against them names ("720p", "1080p"); against any other amount it is pence ("345p"). */
export const VIDEO_LINES: ReadonlySet<number> = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);

/** After these, "4K", "8K" name a screen's resolution, not thousands: "a 4K TV", "8K video". */
export const RESOLUTION_NOUNS: ReadonlySet<string> = new Set([
  'tv', 'tvs', 'television', 'televisions', 'screen', 'screens', 'display', 'displays', 'monitor', 'monitors',
  'resolution', 'video', 'videos', 'footage', 'streaming', 'camera', 'cameras', 'projector', 'projectors',
]);

/** A bearing after "nm": a ship's distance in nautical miles, not a chip's nanometres ("20 nm southeast of Jask", "3nm chips"). */
export const NAUTICAL_BEARINGS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west',
  'south-east', 'south-west', 'off', 'offshore',
]);
