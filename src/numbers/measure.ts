// What a numeral measures, read from the words around it: a currency symbol before it or a
// currency name after it makes MONEY, a percent sign or word PERCENT, a unit QUANTITY.
import { lookup } from './lexicon/lookup.js';
import type { Label } from '../document.js';
import {
  CURRENCY_BY_COUNTRY, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SUBUNITS, CURRENCY_SYMBOLS, CURRENCY_TAILS,
} from './lexicon/currencies.js';
import { PERCENT_PHRASES, PERCENT_SIGNS } from './lexicon/percent.js';
import { UNIT_PHRASES, UNITS, WEIGHT_AFTER, WEIGHT_BEFORE, WEIGHT_CURRENCIES } from './lexicon/units.js';
import { scaled, type Numeral } from './numeral.js';
import { phraseAt, wordAt, type Word } from './words.js';

export interface Measure {
  type: Label;
  /** Word indices of the whole span, inclusive. */
  first: number;
  last: number;
  value?: number;
  currency?: string;
  unit?: string;
}

export function measure(words: readonly Word[], n: Numeral): Measure {
  const plain: Measure = {
    type: n.kind === 'ordinal' ? 'ORDINAL' : 'CARDINAL', first: n.first, last: n.last, value: n.value,
  };
  if (n.kind === 'ordinal') return plain;
  if (n.vague) return vagueMoney(words, n, plain) ?? plain;
  const before = currencyBefore(words, n.first);
  if (before) return { ...plain, type: 'MONEY', first: before.first, currency: before.currency };
  return percentAfter(words, n, plain) ?? moneyAfter(words, n, plain) ?? quantityAfter(words, n, plain) ?? plain;
}

/** "millions of dollars": vague money, with the currency and no value. */
function vagueMoney(words: readonly Word[], n: Numeral, plain: Measure): Measure | null {
  if (wordAt(words, n.last + 1, n.first)?.lower !== 'of') return null;
  const name = wordAt(words, n.last + 2, n.first)?.text ?? '';
  const currency = lookup(CURRENCY_NAMES, name);
  if (currency === undefined || CURRENCY_SUBUNITS.has(name)) return null;
  return { ...plain, type: 'MONEY', last: n.last + 2, ...(currency ? { currency } : {}) };
}

function currencyBefore(words: readonly Word[], first: number): { first: number; currency: string } | null {
  const p = wordAt(words, first - 1, first);
  if (!p) return null;
  const pp = wordAt(words, first - 2, first);
  const joined = pp && p.attached ? lookup(CURRENCY_SYMBOLS, pp.lower + p.lower) : undefined;
  if (joined) return { first: first - 2, currency: joined };
  const symbol = lookup(CURRENCY_SYMBOLS, p.lower);
  if (symbol) return { first: first - 1, currency: symbol };
  if (CURRENCY_CODES.has(p.text)) return { first: first - 1, currency: p.text };
  return null;
}

function percentAfter(words: readonly Word[], n: Numeral, plain: Measure): Measure | null {
  const next = wordAt(words, n.last + 1, n.first);
  if (next && PERCENT_SIGNS.has(next.lower)) return { ...plain, type: 'PERCENT', last: n.last + 1 };
  if (PERCENT_PHRASES.has(phraseAt(words, n.last + 1, 2, n.first))) return { ...plain, type: 'PERCENT', last: n.last + 2 };
  return null;
}

function moneyAfter(words: readonly Word[], n: Numeral, plain: Measure): Measure | null {
  const next = wordAt(words, n.last + 1, n.first);
  if (!next) return null;
  if (CURRENCY_CODES.has(next.text)) return { ...plain, type: 'MONEY', last: n.last + 1, currency: next.text };
  // A nationality of one or two words may name the currency: "Swiss francs", "Hong Kong dollars".
  for (const width of [0, 1, 2]) {
    const word = wordAt(words, n.last + 1 + width, n.first);
    const name = word?.text;
    if (!name || lookup(CURRENCY_NAMES, name) === undefined) continue;
    const country = width ? phraseAt(words, n.last + 1, width, n.first) : '';
    const byCountry = lookup(CURRENCY_BY_COUNTRY, name) ?? lookup(CURRENCY_BY_COUNTRY, name.replace(/e?s$/, '')) ?? {};
    if (width && !lookup(byCountry, country)) continue;
    const tail = wordAt(words, n.last + 2 + width, n.first);
    const last = n.last + 1 + width + (tail && CURRENCY_TAILS.has(tail.lower) ? 1 : 0);
    if (WEIGHT_CURRENCIES.has(name) && weighs(words, n.first, last)) {
      return { ...plain, type: 'QUANTITY', last, unit: 'lb' };
    }
    const value = plain.value !== undefined && CURRENCY_SUBUNITS.has(name) ? scaled(plain.value, 0.01) : plain.value;
    const currency = (width ? lookup(byCountry, country) : lookup(CURRENCY_NAMES, name)) ?? undefined;
    return { ...plain, type: 'MONEY', last, value, currency };
  }
  return null;
}

/** Pounds weigh something in "5 pounds of cocaine", "weighing 5 pounds", "2.2 kg (4.8 pounds)". */
function weighs(words: readonly Word[], first: number, last: number): boolean {
  const after = wordAt(words, last + 1, first)?.lower ?? '';
  const before = wordAt(words, first - 1, first)?.lower ?? '';
  const unitBefore = before === '(' && lookup(UNITS, wordAt(words, first - 2, first)?.lower ?? '') !== undefined;
  return WEIGHT_AFTER.has(after) || WEIGHT_BEFORE.has(before) || unitBefore;
}

function quantityAfter(words: readonly Word[], n: Numeral, plain: Measure): Measure | null {
  // "a 29-km stretch": the unit may hang on a hyphen
  const hyphen = wordAt(words, n.last + 1, n.first)?.lower === '-' && words[n.last + 1].attached ? 1 : 0;
  const at = n.last + 1 + hyphen;
  const phrase = lookup(UNIT_PHRASES, phraseAt(words, at, 2, n.first));
  if (phrase) return { ...plain, type: 'QUANTITY', last: at + 1, unit: phrase };
  const unit = lookup(UNITS, wordAt(words, at, n.first)?.lower ?? '');
  if (unit) return { ...plain, type: 'QUANTITY', last: at, unit };
  return null;
}
