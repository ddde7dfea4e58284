// A currency many countries' money is named by ("francs", "crowns", "pesos", "shillings") is named once with its
// country and then alone: "fined 25,000 Swiss francs ... a further 5,000 francs". An amount of that name with no
// country is the article's own of that name, where the article names it with one country only.
import type { Mention } from '../document.js';
import { CURRENCY_NAMES } from './lexicon/currencies.js';
import { lookup } from './lexicon/lookup.js';

/** The mentions with each unstated amount of a shared currency name given the one currency the article states for it. */
export function carriedCurrencies(text: string, mentions: Mention[]): Mention[] {
  // Most articles hold no amount of such a name: nothing to gather.
  if (!mentions.some((m) => m.type === 'MONEY' && sharedName(text, m) !== undefined)) return mentions;
  const stated = new Map<string, string | null>();
  for (const m of mentions) {
    const name = m.type === 'MONEY' ? sharedName(text, m) : undefined;
    if (name === undefined || !m.attrs?.currency) continue;
    const seen = stated.get(name);
    stated.set(name, seen === undefined || seen === m.attrs.currency ? m.attrs.currency : null);
  }
  return mentions.map((m) => {
    const name = m.type === 'MONEY' && !m.attrs?.currency ? sharedName(text, m) : undefined;
    const currency = name === undefined ? undefined : stated.get(name);
    return currency ? { ...m, attrs: { ...m.attrs, currency } } : m;
  });
}

/** The last word of an amount when it names money of no one country ("francs"), singular and plural alike. */
function sharedName(text: string, m: Mention): string | undefined {
  const word = /([\p{L}]+)$/u.exec(text.slice(m.start, m.end))?.[1].toLowerCase();
  return word !== undefined && lookup(CURRENCY_NAMES, word) === null ? word.replace(/s$/, '') : undefined;
}
