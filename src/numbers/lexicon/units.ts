// Units of measure that make a number a QUANTITY, mapped to a canonical symbol for attrs.unit.
// Time units are not here: "five weeks" is a DATE (see time-words.ts).

export const UNITS: Readonly<Record<string, string>> = {
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  metre: 'm', metres: 'm', meter: 'm', meters: 'm', cm: 'cm', centimetre: 'cm', centimetres: 'cm',
  centimeter: 'cm', centimeters: 'cm', mm: 'mm', millimetre: 'mm', millimetres: 'mm',
  millimeter: 'mm', millimeters: 'mm', mile: 'mi', miles: 'mi', mi: 'mi', foot: 'ft', feet: 'ft',
  ft: 'ft', inch: 'in', inches: 'in', yard: 'yd', yards: 'yd',
  kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg',
  kilogrammes: 'kg', gram: 'g', grams: 'g', gramme: 'g', grammes: 'g', mg: 'mg', milligram: 'mg',
  milligrams: 'mg', ton: 't', tons: 't', tonne: 't', tonnes: 't', lb: 'lb', lbs: 'lb',
  ounce: 'oz', ounces: 'oz', oz: 'oz',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l', gallon: 'gal', gallons: 'gal',
  barrel: 'bbl', barrels: 'bbl', bbl: 'bbl', bpd: 'bbl/d',
  acre: 'acre', acres: 'acre', hectare: 'ha', hectares: 'ha', ha: 'ha',
  mph: 'mph', kph: 'km/h', 'km/h': 'km/h', knot: 'kn', knots: 'kn',
  degree: 'deg', degrees: 'deg', '°': 'deg', '°c': 'degC', '°f': 'degF',
  celsius: 'degC', fahrenheit: 'degF',
  kw: 'kW', kilowatt: 'kW', kilowatts: 'kW', mw: 'MW', megawatt: 'MW', megawatts: 'MW',
  gw: 'GW', gigawatt: 'GW', gigawatts: 'GW', kwh: 'kWh', mwh: 'MWh',
  mb: 'MB', gb: 'GB', tb: 'TB', megabyte: 'MB', megabytes: 'MB', gigabyte: 'GB', gigabytes: 'GB',
  calorie: 'kcal', calories: 'kcal', volt: 'V', volts: 'V',
};

/** Two-word units, looked up before the one-word table ("square kilometres"). */
export const UNIT_PHRASES: Readonly<Record<string, string>> = {
  'square km': 'km2', 'square kilometres': 'km2', 'square kilometers': 'km2', 'sq km': 'km2',
  'square miles': 'mi2', 'square mile': 'mi2', 'sq miles': 'mi2', 'square metres': 'm2',
  'square meters': 'm2', 'square feet': 'ft2', 'sq ft': 'ft2', 'cubic metres': 'm3',
  'cubic meters': 'm3', 'cubic feet': 'ft3', 'light years': 'ly',
};

/** Pounds are money unless they weigh something: "5 pounds of cocaine", "weighing 5 pounds". */
export const WEIGHT_CURRENCIES: ReadonlySet<string> = new Set(['pound', 'pounds']);
export const WEIGHT_AFTER: ReadonlySet<string> = new Set(['of']);
export const WEIGHT_BEFORE: ReadonlySet<string> = new Set(['weighing', 'weighs', 'weighed', 'weigh', 'lost', 'gained']);
