// Finds number expressions over a run of words: reads a numeral, widens it to what it measures,
// checks the context that would make it a date, code or pronoun, and collects the qualifier and
// the counted noun that stay outside the span.
import type { Candidate, MentionAttrs } from '../document.js';
import { namesAUnit, notANumber } from './context.js';
import { ageAfter } from './durations.js';
import { isIdiom } from './idioms.js';
import { countedNoun } from './counted.js';
import { measure, type Measure } from './measure.js';
import { poundsOfPricedGoods } from './priced-by-the-pound.js';
import { readNumeral, scaled, type Numeral } from './numeral.js';
import { rankOf } from './rank.js';
import { NUMBER_HYPHENS } from '../lexicon/number-words.js';
import { DIMENSION_JOINERS, EITHER_WAY_RANGES, RANGE_JOINERS } from './lexicon/qualifiers.js';
import { hyphenedQualifierEnd, qualifierOf } from './qualifier.js';
import { ELIDED_AMOUNT_BEFORE, HEADS_OF_COUNTS } from './lexicon/counted.js';
import { wordAt, type Word } from './words.js';

export type NumberReading = Omit<Candidate, 'source'>;

/** Numerals whose context makes them dates, codes, names or pronouns are left out. */
export function scanNumbers(words: readonly Word[]): NumberReading[] {
  const found: Located[] = [];
  for (let i = 0; i < words.length; i++) {
    const n = readNumeral(words, i);
    if (!n || namesAUnit(words, n)) continue;
    // a sign or name before the number that the reading before already took is not this one's ("5 Rupees 500")
    const rank = rankOf(words, n);
    const measured = rank ?? measure(words, n);
    // "won by a mile": "a" and its unit in an idiom of size measure nothing
    if (n.needsMeasure && measured.type !== 'CARDINAL' && n.first === n.last && isIdiom(words, n.first)) continue;
    const taken = found.length > 0 && measured.first <= found[found.length - 1].last;
    const m = restated(words, taken ? { type: n.kind === 'ordinal' ? 'ORDINAL' : 'CARDINAL', first: n.first, last: n.last, value: n.value } : measured);
    const plain = m.type === 'CARDINAL' || m.type === 'ORDINAL';
    if (plain && n.needsMeasure) continue;
    const qualifier = qualifierOf(words, m.first, m.last);
    if (plain && !rank && notANumber(words, n, qualifier !== undefined)) continue;
    const attrs: MentionAttrs = {};
    if (m.currency) attrs.currency = m.currency;
    if (m.unit) attrs.unit = m.unit;
    if (qualifier) attrs.qualifier = qualifier;
    // an age counts the noun after it: "a 25-year-old man" counts a man, not years
    const age = m.type === 'CARDINAL' ? ageAfter(words, m.last) : -1;
    const counted = m.type === 'CARDINAL' ? countedNoun(words, age >= 0 ? age : hyphenedQualifierEnd(words, m.last)) : undefined;
    if (counted) attrs.counted = counted;
    if (n.vague) attrs.vague = true;
    const reading: NumberReading = {
      start: words[m.first].start,
      end: words[m.last].end,
      type: m.type,
      confidence: confidence(n, plain, qualifier !== undefined),
      ...(m.value !== undefined && !n.vague ? { value: m.value } : {}),
      ...(Object.keys(attrs).length ? { attrs } : {}),
    };
    found.push({ reading, first: m.first, last: m.last, numeral: n });
    i = m.last;
  }
  elidedCurrency(words, found);
  shareMeasures(words, found);
  poundsOfPricedGoods(words, found);
  return found.map((f) => f.reading);
}

/**
 * "rose to 3.83 billion markka from 3.43 billion", "a loss of 84.5 million schillings from a profit of 160 million":
 * an amount with a scale and nothing it counts, after money with a scale in the same sentence, is money of the same
 * currency, which financial news writes once. A count in between ("60 million shares") breaks the chain. Right
 * after it, bare digits may leave out the scale too ("fell to 15 million markka from 39": elidedScale).
 */
function elidedCurrency(words: readonly Word[], found: Located[]): void {
  let money: Located | undefined;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (money && words[money.first].sentence !== words[f.first].sentence) money = undefined;
    // without its scale, only right after the money: "to 39 firms, from 12" counts again
    if (money && money === found[i - 1] && elidedScale(words, f, money)) {
      const scale = money.numeral.scale!;
      const { counted: _counted, ...attrs } = { ...f.reading.attrs, ...measureOf(money.reading.attrs) };
      f.reading = { ...f.reading, type: 'MONEY', value: scaled(f.reading.value as number, scale), ...(Object.keys(attrs).length ? { attrs } : {}) };
      continue;
    }
    if (f.numeral.scale === undefined || f.numeral.vague) continue;
    const r = f.reading;
    if (r.type === 'CARDINAL' && money && !r.attrs?.counted && f.numeral.kind === 'cardinal' && !countHeadBetween(words, money.last, f.first)
      && !opensMeasuredRange(words, f, found[i + 1])) {
      const { counted: _counted, ...attrs } = { ...r.attrs, ...measureOf(money.reading.attrs) };
      f.reading = { ...r, type: 'MONEY', ...(Object.keys(attrs).length ? { attrs } : {}) };
    }
    money = f.reading.type === 'MONEY' ? f : undefined;
  }
}

/** "cut output by 1 million to 2 million tons": the first end of a range whose second has a unit or a noun it counts takes the second's (shareMeasures). */
function opensMeasuredRange(words: readonly Word[], f: Located, next: Located | undefined): boolean {
  if (!next || !RANGE_JOINERS.has(joinerBetween(words, f.last, next.first))) return false;
  return next.reading.type === 'QUANTITY' || next.reading.type === 'PERCENT' || (next.reading.type === 'CARDINAL' && next.reading.attrs?.counted !== undefined);
}

/**
 * "fell to 15 million markka from 39": bare digits after a word of ELIDED_AMOUNT_BEFORE, with nothing they count
 * after them, within ten times the figure of the money before, are that money again, its scale and currency unwritten.
 */
function elidedScale(words: readonly Word[], f: Located, money: Located): boolean {
  const n = f.numeral;
  if (n.scale !== undefined || n.vague || n.yearLike || !n.digitsOnly || n.kind !== 'cardinal' || f.reading.type !== 'CARDINAL' || f.reading.attrs?.counted) return false;
  if (!ELIDED_AMOUNT_BEFORE.has(wordAt(words, f.first - 1, f.first)?.lower ?? '')) return false;
  const next = wordAt(words, f.last + 1, f.first);
  if (next && !WORDS_AFTER_AN_ELIDED_AMOUNT.has(next.pos)) return false;
  const [value, figure] = [n.value, money.numeral.value! / money.numeral.scale!];
  return value !== undefined && value < figure * ELIDED_REACH && value > figure / ELIDED_REACH;
}

/** Parts of speech that may follow an amount written without its scale: a mark, "in April", "a year earlier", "and". */
const WORDS_AFTER_AN_ELIDED_AMOUNT: ReadonlySet<string> = new Set(['PUNCT', 'ADP', 'DET', 'CCONJ', 'ADV']);
/** How many times larger or smaller than the money before an amount without its scale may be. */
const ELIDED_REACH = 10;

/**
 * "a population of 1.5 million", "and said monthly active users rose 10% to 678 million": a noun of a count between
 * the money (ending at word `after`) and the amount starting at word `first`.
 */
function countHeadBetween(words: readonly Word[], after: number, first: number): boolean {
  for (let k = first - 1; k > after; k--) {
    const w = wordAt(words, k, first);
    if (!w) return false;
    if (HEADS_OF_COUNTS.has(w.lower)) return true;
  }
  return false;
}

/** "forty-five (45)", "twenty (20) days": the same number again in brackets belongs to the span. */
function restated(words: readonly Word[], m: Measure): Measure {
  if (m.value === undefined || words[m.last + 1]?.lower !== '(' || words[m.last + 1].sentence !== words[m.first].sentence) return m;
  const again = readNumeral(words, m.last + 2);
  if (!again || again.value !== m.value || words[again.last + 1]?.lower !== ')') return m;
  return { ...m, last: again.last + 1 };
}

/** A reading with the word indices it spans and the numeral it was read from. */
interface Located {
  reading: NumberReading;
  first: number;
  last: number;
  numeral: Numeral;
}

const MEASURED = new Set(['MONEY', 'PERCENT', 'QUANTITY']);
/** How many times the second end a range's first end may be and still share its scale, after a word of EITHER_WAY_RANGES. */
const DESCENDING_REACH = 10;

/**
 * The first number of a range or of the sides of a measurement ("10 by 12 feet") takes the measure of the second: in "5 to 10 percent" and
 * "175 million to 180 million dollars" both ends are percents or money; and its scale: "10 to 15
 * million" starts at 10 million. After a hyphen the second takes the currency of the first ("$10-15 million").
 */
function shareMeasures(words: readonly Word[], found: Located[]): void {
  for (let r = 0; r + 1 < found.length; r++) {
    const [a, b] = [found[r], found[r + 1]];
    const [from, to] = [a.reading.value, b.numeral.value];
    const joiner = joinerBetween(words, a.last, b.first);
    const dimensions = DIMENSION_JOINERS.has(joiner) && b.reading.type === 'QUANTITY' && a.reading.type === 'CARDINAL';
    // (not a multiple: "rose threefold to 30 tonnes" is a change and where it ended)
    if (!(RANGE_JOINERS.has(joiner) || dimensions) || typeof from !== 'number' || a.numeral.multiple) continue;
    const scale = b.numeral.scale;
    // not "fell 30% to $59 million": the first end has no measure after it, and one of the second's kind or none
    const bare = a.last === a.numeral.last && (a.reading.type === 'CARDINAL' || a.reading.type === b.reading.type || b.reading.type === 'CARDINAL');
    const count = a.numeral.kind === 'cardinal' && !a.numeral.vague && !a.numeral.yearLike && a.numeral.scale === undefined;
    // the first end is the smaller ("10 to 15 million", but "rose from 20 to 3 million" starts at 20), or the larger
    // after a word that takes its ends in either order, within ten times the second ("between 4.75 and 3.13 million")
    const reach = EITHER_WAY_RANGES.has(wordAt(words, a.numeral.first - 1, a.first)?.lower ?? '') ? DESCENDING_REACH : 1;
    if (scale && bare && count && to !== undefined && a.numeral.value! < (to / scale) * reach) {
      a.reading = { ...a.reading, value: scaled(from, scale) };
    }
    // not "the AirPods Pro 3 to $249": a currency written before the second end would be written before the first too;
    // nor "rose by a fifth to 415p", a share in words of the change, no amount of the second's unit
    const measureBefore = b.first < b.numeral.first;
    if (a.reading.type === 'CARDINAL' && MEASURED.has(b.reading.type) && !measureBefore && !(a.numeral.kind === 'fraction' && /^\p{L}/u.test(words[a.numeral.first].text))) {
      // the worth of the second's unit goes to the first: "25-45 cents" starts at 0.25, "5 to 10 degrees below zero" at -5
      const worth = typeof b.reading.value === 'number' && to ? b.reading.value / to : 1;
      const { counted: _counted, ...attrs } = { ...a.reading.attrs, ...measureOf(b.reading.attrs) };
      a.reading = { ...a.reading, type: b.reading.type, attrs, value: scaled(a.reading.value as number, worth) };
    } else if (a.reading.type === 'MONEY' && b.reading.type === 'CARDINAL' && NUMBER_HYPHENS.has(words[a.last + 1].lower)) {
      const { counted: _counted, ...attrs } = { ...b.reading.attrs, ...measureOf(a.reading.attrs) };
      b.reading = { ...b.reading, type: 'MONEY', attrs };
    }
  }
}

/** The one word between two readings ("to", "-", "by"), or the "by" of "10-by-12-foot", the "to" of "a 3-to-5 percent rise" written with hyphens and of "60,000- to 70,000-tonne"; '' if there is none. */
function joinerBetween(words: readonly Word[], last: number, first: number): string {
  if (first === last + 2) return words[last + 1].lower;
  // "60,000- to 70,000-tonne cargoes": the first end's hyphen left hanging for the unit the second hyphens
  if (first === last + 3 && words[last + 1].attached && NUMBER_HYPHENS.has(words[last + 1].lower) && RANGE_JOINERS.has(words[last + 2].lower)) return words[last + 2].lower;
  const [hyphen, joiner, hyphen2] = [words[last + 1], words[last + 2], words[last + 3]];
  const hyphened = first === last + 4 && [hyphen, joiner, hyphen2, words[first]].every((w) => w.attached) && NUMBER_HYPHENS.has(hyphen.lower) && NUMBER_HYPHENS.has(hyphen2.lower);
  return hyphened && (DIMENSION_JOINERS.has(joiner.lower) || RANGE_JOINERS.has(joiner.lower)) ? joiner.lower : '';
}

function measureOf(attrs: MentionAttrs | undefined): MentionAttrs {
  return { ...(attrs?.currency ? { currency: attrs.currency } : {}), ...(attrs?.unit ? { unit: attrs.unit } : {}) };
}

/** How sure a reading is, from how it was written: digits with a unit or sign most, "one" least. */
function confidence(n: Numeral, plain: boolean, qualified: boolean): number {
  if (n.vague) return 0.5;
  if (!plain) return 0.95;
  if (n.loneOne) return 0.6;
  if (n.yearLike) return qualified ? 0.6 : 0.3;
  if (n.kind === 'ordinal') return n.digitsOnly ? 0.9 : 0.75;
  return n.digitsOnly ? 0.9 : 0.85;
}
