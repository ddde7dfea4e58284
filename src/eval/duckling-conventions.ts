// Where Duckling's test corpus and ../shared/ANNOTATION.md (OntoNotes labels, TIMEX3 values)
// disagree, ANNOTATION.md wins. Each difference is one row here, stated once, and the scorer
// counts and lists the cases each row decides, so none is hidden.
import type { DucklingCase } from '../gold/duckling.js';
import type { DucklingPrediction } from './duckling.js';

export interface Convention {
  id: string;
  /** What Duckling expects, and what the guideline says instead. */
  why: string;
  /** The gold cases the row is about. */
  concerns(c: DucklingCase): boolean;
  /**
   * unscored: left out of value F1 (reported on its own); optional: neither rewarded nor punished,
   * as ANNOTATION.md's `optional: true`; accepts: a prediction that is right by the guideline.
   */
  effect: 'unscored' | 'optional' | { accepts(c: DucklingCase, p: DucklingPrediction): boolean };
}

/** Quantity units by what they measure and their size in that dimension's base unit. */
export const UNIT_SIZES: Readonly<Record<string, { dimension: string; size: number }>> = Object.fromEntries([
  ...sizes('length', { kilometre: 1000, km: 1000, metre: 1, centimetre: 0.01, cm: 0.01, mm: 0.001, mile: 1609.344, mi: 1609.344, foot: 0.3048, ft: 0.3048, inch: 0.0254, in: 0.0254, yd: 0.9144 }),
  ...sizes('mass', { gram: 1, g: 1, kg: 1000, mg: 0.001, t: 1e6, pound: 453.59237, lb: 453.59237, ounce: 28.349523125, oz: 28.349523125 }),
  ...sizes('volume', { litre: 1, l: 1, millilitre: 0.001, ml: 0.001, hectolitre: 100, hl: 100, gallon: 3.785411784, gal: 3.785411784 }),
]);

function sizes(dimension: string, table: Record<string, number>): [string, { dimension: string; size: number }][] {
  return Object.entries(table).map(([unit, size]) => [unit, { dimension, size }]);
}

/** The same amount, whichever unit each side gives it in (`m` alone may be metres or miles in Duckling). */
export function sameAmount(goldValue: number, goldUnit: string | undefined, value: number, unit: string | undefined): boolean {
  const readings = goldUnit === 'm' ? ['metre', 'mile'] : goldUnit ? [goldUnit] : [];
  // gazette writes metres as "m"
  const p = unit === 'm' ? UNIT_SIZES.metre : unit ? UNIT_SIZES[unit] : undefined;
  return readings.some((g) => {
    const q = UNIT_SIZES[g];
    return !!q && !!p && q.dimension === p.dimension && closeTo(goldValue * q.size, value * p.size);
  });
}

export function closeTo(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Duckling calls "a few" 3; ANNOTATION.md gives vague amounts no value. */
const VAGUE_AMOUNT = /\b(?:few|several|some)\b/i;

export const CONVENTIONS: readonly Convention[] = [
  {
    id: 'interval',
    why: 'Duckling resolves ranges and parts of the day ("tonight", "July 13-15", "last 2 weeks") to a start and an end; TIMEX3 has no single value to compare, so they are scored on being found only',
    concerns: (c) => c.kind === 'time' && c.interval,
    effect: 'unscored',
  },
  {
    id: 'latent',
    why: 'Duckling finds bare ambiguous forms ("1974", "May", "morning") only with its withLatent option; like an `optional` gold mention, finding them is neither rewarded nor punished',
    concerns: (c) => c.kind === 'time' && c.latent,
    effect: 'optional',
  },
  {
    id: 'vague-amount',
    why: 'Duckling reads "a few" as 3; ANNOTATION.md gives a vague amount no value ("many thousands" is optional)',
    concerns: (c) => c.kind === 'number' && VAGUE_AMOUNT.test(c.text),
    effect: 'optional',
  },
  {
    id: 'cents-in-main-unit',
    why: 'Duckling counts cents in cents ("10 cents" = 10 Cent); a MONEY value here is in the currency\'s main unit with its ISO code (0.1 USD)',
    concerns: (c) => c.kind === 'number' && c.type === 'MONEY' && c.duckling_currency === 'Cent',
    effect: { accepts: (c, p) => c.kind === 'number' && typeof p.value === 'number' && closeTo(p.value * 100, c.value) },
  },
  {
    id: 'unit-as-written',
    why: 'Duckling converts some quantities to another unit ("0.002 kg" = 2 gram, "7 feet 10 inches" = 94 inch); a QUANTITY value here is the amount in the unit the text uses, with that unit',
    concerns: (c) => c.kind === 'number' && c.type === 'QUANTITY' && !!c.unit && (c.unit in UNIT_SIZES || c.unit === 'm'),
    effect: { accepts: (c, p) => c.kind === 'number' && typeof p.value === 'number' && sameAmount(c.value, c.unit, p.value, p.unit) },
  },
  {
    id: 'present-ref',
    why: 'Duckling resolves "now" to the reference instant to the second; TIMEX3 writes PRESENT_REF',
    concerns: (c) => c.kind === 'time' && c.grain === 'second' && c.timex3 === c.reference,
    effect: { accepts: (_c, p) => p.value === 'PRESENT_REF' },
  },
  {
    id: 'hour-with-minutes',
    why: 'Duckling gives a clock hour at hour grain ("3pm" = T15); TIMEX3 writes the hour with its minutes (T15:00)',
    concerns: (c) => c.kind === 'time' && c.grain === 'hour' && !!c.timex3 && /T\d\d$/.test(c.timex3),
    effect: { accepts: (c, p) => c.kind === 'time' && p.value === `${c.timex3}:00` },
  },
  {
    id: 'weekday-by-tense',
    why: 'Duckling resolves a bare weekday to the coming one ("tuesday" on Tuesday 2013-02-12 = 2013-02-19); ANNOTATION.md resolves it by the tense of its sentence and, with none, to the one before the publication date ("Thursday" in a Friday article = the day before)',
    concerns: (c) => c.kind === 'time' && c.grain === 'day' && !!c.timex3 && BARE_WEEKDAY.test(c.text),
    effect: { accepts: (c, p) => c.kind === 'time' && !!c.timex3 && p.value === shiftDays(c.timex3, -7) },
  },
  {
    id: 'clock-on-the-day',
    why: 'Duckling puts a clock time already past at the reference time on the next day ("at 3am" at 04:30 = tomorrow 03:00); ANNOTATION.md resolves a clock time against the publication date, its day',
    concerns: (c) => c.kind === 'time' && !!c.timex3 && /T\d\d/.test(c.timex3) && c.timex3.slice(0, 10) === shiftDays(c.reference.slice(0, 10), 1) && !/tomorrow/i.test(c.text),
    effect: {
      accepts: (c, p) => c.kind === 'time' && !!c.timex3 && typeof p.value === 'string' &&
        [c.timex3, `${c.timex3}:00`].map((v) => c.reference.slice(0, 10) + v.slice(10)).includes(p.value),
    },
  },
  {
    id: 'jewish-holiday-eve',
    why: 'Duckling writes a Jewish holiday as the evening it begins, the day before; ANNOTATION.md (a DATE is the day named) writes the day itself, as the calendar does ("Yom Kippur 1973" is 1973-10-06, the day the war began)',
    concerns: (c) => c.kind === 'time' && !!c.timex3 && /^\d{4}-\d\d-\d\d$/.test(c.timex3) && JEWISH_HOLIDAY.test(c.text),
    effect: { accepts: (c, p) => c.kind === 'time' && !!c.timex3 && p.value === shiftDays(c.timex3, 1) },
  },
  {
    id: 'midnight-end-of-day',
    why: 'Duckling writes the midnight ahead as the next day\'s 00:00; ANNOTATION.md, as TimeBank\'s "midnight Friday", writes a midnight named alone as the end of its day, T24:00, which ISO 8601 holds for the same instant',
    concerns: (c) => c.kind === 'time' && !!c.timex3 && /\bmidnight\b/i.test(c.text) && /T00(?::00)?$/.test(c.timex3),
    effect: { accepts: (c, p) => c.kind === 'time' && !!c.timex3 && p.value === `${shiftDays(c.timex3.slice(0, 10), -1)}T24:00` },
  },
  {
    id: 'ago-at-unit-grain',
    why: 'Duckling writes "one week ago" and "two years ago" to the day or month; TIMEX3 (and the seed gold, which lists "2019-W46" for "five weeks ago") may write them at the grain of their unit: a week, a year',
    concerns: (c) => c.kind === 'time' && !!c.timex3 && /\b(?:weeks?|months?|years?) (?:ago|hence|from now)\b/i.test(c.text),
    effect: { accepts: (c, p) => c.kind === 'time' && !!c.timex3 && typeof p.value === 'string' && atUnitGrain(c.timex3, c.text) === p.value },
  },
];

/** A date written at the grain of the unit its text counts in: week → ISO week, month → YYYY-MM, year → YYYY. */
function atUnitGrain(value: string, text: string): string | null {
  const unit = /\b(week|month|year)s?\b/i.exec(text)?.[1].toLowerCase();
  if (unit === 'year') return value.slice(0, 4);
  if (unit === 'month') return value.slice(0, 7);
  if (unit !== 'week' || !/^\d{4}-\d\d-\d\d/.test(value)) return null;
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const y = d.getUTCFullYear();
  const w = Math.ceil(((d.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return `${y}-W${String(w).padStart(2, '0')}`;
}

/** "tuesday", "on Friday", "this monday": a weekday with nothing that says which week. */
const BARE_WEEKDAY = /^(?:on |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/** A YYYY-MM-DD date `n` days on (or, negative, back). */
/** Names of the Jewish holidays in Duckling's corpus. */
const JEWISH_HOLIDAY = /\b(?:yom kippur|rosh hashanah?|hanuk+ah|chanukah|passover|pesach|purim|sukkot|shavuot|shemini atzeret|simc?hat torah|tisha b'?av|lag b'?a?'?omer|tu b'?i?shvat|tu b'shevat|yom hashoah|yom ha'?atzmaut)\b/i;

function shiftDays(ymd: string, n: number): string {
  const d = new Date(`${ymd.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10) + ymd.slice(10);
}
