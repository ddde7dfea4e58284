// A currency many countries' money is named by ("francs", "crowns", "pesos", "shillings", "rupees") is named once with
// its country and then alone: "fined 25,000 Swiss francs ... a further 5,000 francs". An amount of that name with no
// country is the article's own of that name, where the article names it with one country only; else the money of
// that name of the country the article is filed from, by its people's word as "Swiss francs" is read ("francs" in a
// story from Paris of 1996; CURRENCY_BY_COUNTRY), while the country still had it. A name with a usual country
// ("rupees" are India's) keeps it where the article says nothing else ("rupees" in a story from Colombo are Sri Lanka's);
// the one country the amount's own sentence names comes before the article's ("Oman's deficit ... 2.2 billion rials").
// A CFA franc is one of the two unions' francs, whichever the sentence's or the article's country has (UNION_FRANCS).
import type { Mention } from '../document.js';
import { CURRENCY_BY_COUNTRY, CURRENCY_NAMES, FIRST_YEAR_OF_CURRENCY, LAST_YEAR_OF_CURRENCY, LATER_USUAL_CURRENCY, SHARED_SIGN_NAMES, UNION_FRANCS, UNION_MARKS, WORLD_CURRENCY_NAMES } from './lexicon/currencies.js';
import { SCALE_WORDS } from '../lexicon/number-words.js';
import { lookup } from './lexicon/lookup.js';

/**
 * The mentions with each unstated amount of a shared currency name given the one currency the article states for it,
 * or else the currency of that name of the one country the amount's sentence names, or else of the article's country,
 * by the words for its people (asked only when needed), in the year it was published.
 */
export function carriedCurrencies(text: string, mentions: Mention[], peoples: () => readonly string[] = () => [], year?: number,
  sentencePeoples: (m: Mention) => readonly string[] = () => []): Mention[] {
  // Each amount's shared name (a CFA franc's, the union's franc), and whether the amount states its country, read once.
  const union = mentions.map((m) => m.type === 'MONEY' && unionMarked(text, m));
  const names = mentions.map((m, k) => (union[k] ? 'franc' : m.type === 'MONEY' ? sharedName(text, m) : undefined));
  // Most articles hold no amount of such a name: nothing to gather.
  if (names.every((name) => name === undefined)) return mentions;
  const stating = mentions.map((m, k) => names[k] !== undefined && !union[k] && statedCountry(text, m, names[k]!));
  const stated = new Map<string, string | null>();
  mentions.forEach((m, k) => {
    const name = names[k];
    if (name === undefined || !stating[k]) return;
    const seen = stated.get(name);
    stated.set(name, seen === undefined || seen === m.attrs!.currency ? m.attrs!.currency! : null);
  });
  return withRangesShared(text, mentions.map((m, k) => {
    const name = names[k];
    if (name === undefined || stating[k]) return m;
    if (union[k]) {
      const union = [sentencePeoples(m), peoples()].map((them) => national(name, them, year)).find((code) => code !== undefined && UNION_FRANCS.includes(code))
        ?? UNION_FRANCS[0];
      return union !== m.attrs?.currency ? { ...m, attrs: { ...m.attrs, currency: union } } : m;
    }
    // (the country the amount's own sentence names first: "Oman's deficit will reach 2.2 billion rials" from Tehran)
    const currency = stated.get(name) ?? (stated.has(name) ? undefined
      : national(name, sentencePeoples(m), year) ?? national(name, peoples(), year) ?? laterUsual(name, m.attrs?.currency, year));
    return currency && currency !== m.attrs?.currency ? { ...m, attrs: { ...m.attrs, currency } } : m;
  }));
}

/**
 * The first end of a range of amounts, a figure alone, in the money the second names once carried ("220 to 260 pesos" in
 * Manila, "80,000 to 120,000 rupees" in Karachi): the range's name is the second end's.
 */
function withRangesShared(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m, k) => {
    const next = mentions[k + 1];
    if (m.type !== 'MONEY' || next?.type !== 'MONEY' || next.attrs?.currency === undefined || next.attrs.currency === m.attrs?.currency) return m;
    const shares = FIGURE_ALONE.test(text.slice(m.start, m.end)) && RANGE_BETWEEN.test(text.slice(m.end, next.start));
    return shares ? { ...m, attrs: { ...m.attrs, currency: next.attrs.currency } } : m;
  });
}
/** An amount written as a figure with no name or sign of its money, maybe with its scale: "220", "80,000", "1.5 million" (not "5 euros"). */
const FIGURE_ALONE = new RegExp(`^[\\d.,]+(?: (?:${Object.keys(SCALE_WORDS).join('|')}))?$`);

/**
 * The last word of an amount when it names money of more than one country ("francs", "rupees"), singular and plural
 * alike, or the sign before it that does ("Rs279.4"); not the dollar, whose name alone is the US's in the world's press
 * wherever it files from.
 */
function sharedName(text: string, m: Mention): string | undefined {
  const words = text.slice(m.start, m.end);
  const sign = sharedSign(words);
  if (sign !== undefined) return lookup(SHARED_SIGN_NAMES, sign);
  const word = /([\p{L}]+)$/u.exec(words)?.[1].toLowerCase();
  if (word === undefined) return undefined;
  const name = word.replace(/s$/, '');
  const usual = lookup(CURRENCY_NAMES, word);
  return usual === null || (usual !== undefined && lookup(CURRENCY_BY_COUNTRY, name) && !WORLD_CURRENCY_NAMES.has(name)) ? name : undefined;
}

/** The letters of a sign written against the amount's digits ("Rs279.4", "Sh10 trillion"), lower-cased. */
const sharedSign = (words: string) => /^([\p{L}]+\.?)\s?\d/u.exec(words)?.[1].toLowerCase();

/**
 * Whether an amount says its country: by a code or sign, or by its people's word before the name ("Indian rupees"); not
 * by a sign several countries write ("Sh10 trillion" is Kenya's, Tanzania's or Uganda's).
 */
function statedCountry(text: string, m: Mention, name: string): boolean {
  const usual = lookup(CURRENCY_NAMES, name);
  if (m.attrs?.currency === undefined) return false;
  const sign = sharedSign(text.slice(m.start, m.end));
  if (sign !== undefined && lookup(SHARED_SIGN_NAMES, sign) !== undefined) return false;
  if (usual === null || m.attrs.currency !== usual) return true;
  const before = /([\p{L}.]+(?: [\p{L}.]+)?) [\p{L}]+$/u.exec(text.slice(m.start, m.end).toLowerCase())?.[1];
  const byPeople = lookup(CURRENCY_BY_COUNTRY, name) ?? {};
  return before !== undefined && [before, before.split(' ').pop()!].some((people) => lookup(byPeople, people) !== undefined);
}

/** Whether an amount is in CFA francs by a mark of the two unions' ("CFA francs", "FCFA 20 billion", "500 francs CFA"). */
const unionMarked = (text: string, m: Mention) => text.slice(m.start, m.end).split(/[^\p{L}]+/u).some((word) => UNION_MARKS.has(word.toLowerCase()));

/** The currency a shared name stands for in the press of a country, by its people's words, in a year. */
function national(name: string, peoples: readonly string[], year: number | undefined): string | undefined {
  const byPeople = CURRENCY_BY_COUNTRY[name];
  for (const people of byPeople ? peoples : []) {
    const code = byPeople[people.toLowerCase()];
    if (code !== undefined && inUse(code, year)) return code;
  }
  return undefined;
}

/** The money a name usually means in a year after its usual money was replaced ("lira" after the Italian lira); else none. */
function laterUsual(name: string, usual: string | undefined, year: number | undefined): string | undefined {
  const last = usual === undefined ? undefined : LAST_YEAR_OF_CURRENCY[usual];
  return year !== undefined && last !== undefined && year > last ? LATER_USUAL_CURRENCY[name] : undefined;
}

/** Whether a currency was the country's in a year; the year unknown, only one neither young nor replaced. */
function inUse(code: string, year: number | undefined): boolean {
  const [first, last] = [FIRST_YEAR_OF_CURRENCY[code], LAST_YEAR_OF_CURRENCY[code]];
  if (year === undefined) return first === undefined && last === undefined;
  return (first === undefined || year >= first) && (last === undefined || year <= last);
}

/**
 * Amounts in a bare "$" (or bare cents, or "dollars" by name) in an article that writes US dollars as such ("US$1.2
 * billion") and is filed from a country of another dollar are that country's: "SINGAPORE - ... $600 in vouchers ... a
 * US$2 billion bond" (Singapore's press writes its own dollar "$"). So are those of a local paper's story, its dateline
 * a place and a dash alone ("OTTAWA — The federal government will spend $2 billion"), unless it writes its own dollar
 * with a sign of its own ("C$"), and those of an article with no dateline whose places (or, where they do not tell,
 * places and bodies) are all in such a country, as its local press writes them ("Brisbane ... recovery payments of
 * $1,000"), or, where it writes the US dollar as such and no other dollar by its sign, most of them are ("US$1,752 a
 * tonne ... $5.25 a kilogram" beside New Zealand's bodies). The US dollar stays the sign's money wherever the article
 * does not mark it apart, and in a wire's story filed from abroad.
 */
export function localDollars(text: string, mentions: Mention[], peoples: () => readonly string[], placePeoples: () => readonly string[],
  leadingPeoples: () => readonly string[], localPress: () => boolean, year?: number): Mention[] {
  // Most articles hold no amount in a bare sign, cents or dollars: nothing to ask of the dateline or the places.
  // (not an amount closing a range a US amount opens: "US$148.9 million to $153.3 million")
  const bare = mentions.map((m, k) => m.type === 'MONEY' && m.attrs?.currency === 'USD' && ((text.charCodeAt(m.start) === DOLLAR_SIGN && !US_MARKED.test(text.slice(m.start, m.end))) || bareCents(text, m) || bareDollars(text, m))
    && !(k > 0 && US_MARKED.test(text.slice(mentions[k - 1].start, mentions[k - 1].end)) && RANGE_BETWEEN.test(text.slice(mentions[k - 1].end, m.start))));
  if (!bare.includes(true)) return mentions;
  const filedFrom = peoples();
  const marked = () => mentions.some((m) => m.type === 'MONEY' && (US_MARKED.test(text.slice(m.start, m.end)) || US_MARKED_CENTS.test(text.slice(m.start, m.end))));
  const local = national('dollar', filedFrom.length ? filedFrom : placePeoples(), year)
    ?? (filedFrom.length === 0 && marked() && !otherDollarSigned(mentions) ? national('dollar', leadingPeoples(), year) : undefined);
  if (local === undefined || local === 'USD') return mentions;
  // (a sign of its own, "C$"; not a bare sign's mark after the amount, "$20 million Cdn", which such a paper writes too)
  const ownSign = () => mentions.some((m) => m.type === 'MONEY' && m.attrs?.currency === local && text.charCodeAt(m.start) !== DOLLAR_SIGN);
  if (filedFrom.length && !marked() && !(localPress() && !ownSign())) return mentions;
  // (not the figure the article writes as the US's elsewhere: a headline's "$8.4 billion debt overhaul" over the story's
  // "US$8.4 billion")
  const usFigures = new Set(mentions.filter((m) => m.type === 'MONEY' && m.value !== undefined && m.attrs?.currency === 'USD' && US_MARKED.test(text.slice(m.start, m.end)))
    .map((m) => m.value));
  return mentions.map((m, k) => (bare[k] && !usFigures.has(m.value) ? { ...m, attrs: { ...m.attrs, currency: local } } : m));
}
const DOLLAR_SIGN = 36;
/** Whether the article writes some other country's dollar by its sign or name ("C$16.40", "Canadian dollars"): then it marks each dollar, and a bare one is the US's. */
const otherDollarSigned = (mentions: readonly Mention[]) => mentions.some((m) => m.type === 'MONEY' && OTHER_DOLLARS.has(m.attrs?.currency ?? ''));
/** Between the two amounts of a range: "US$1 to $2", "US$1-$2", "between US$1 and $2". */
const RANGE_BETWEEN = /^\s*(?:to|and|or|-|–)\s*$/;
/** An amount written as the US's dollars: "US$5", "U.S. $5", "$5 (US)", "$5 million US", "$US5" (as the Australian press writes it), "5 US dollars", "USD 5". */
const US_MARKED = /^(?:US ?\$|U\.S\. ?\$|\$ ?US(?=[\d ])|USD)|\bU\.?S\.? dollars?\b|\(?\bUSD?\)?$/i;

/**
 * Cents told beside an amount in another dollar are of that dollar: "National Australia Bank rose 22 cents to A$15.72",
 * "at NZ$7.20, down 5 cents" (a price's change in the price's money); so are cents in an article whose other money is
 * all of one such dollar or the euro ("12 cents per kilowatt-hour" beside "500 euros"). Cents marked as the US's ("79.45
 * U.S. cents") stay.
 */
export function pairedCents(text: string, mentions: Mention[]): Mention[] {
  let articleMoney: string | null | undefined;
  const articleCents = () => (articleMoney === undefined ? (articleMoney = oneCentMoney(text, mentions)) : articleMoney);
  return mentions.map((m, k) => {
    if (m.type !== 'MONEY' || m.attrs?.currency !== 'USD' || !bareCents(text, m)) return m;
    const price = [mentions[k + 1], mentions[k - 1]].find((o) => o && o.type === 'MONEY' && OTHER_DOLLARS.has(o.attrs?.currency ?? '') && sameClause(text, m, o));
    const currency = price?.attrs!.currency ?? articleCents();
    return currency ? { ...m, attrs: { ...m.attrs, currency } } : m;
  });
}

/** The one money of the article's amounts but its bare cents, where it is a dollar other than the US's or the euro. */
function oneCentMoney(text: string, mentions: Mention[]): string | null {
  const currencies = new Set(mentions.filter((m) => m.type === 'MONEY' && !bareCents(text, m)).map((m) => m.attrs?.currency));
  const [only] = currencies;
  return currencies.size === 1 && only !== undefined && (OTHER_DOLLARS.has(only) || only === 'EUR') ? only : null;
}
/** An amount in dollars by name that does not say whose ("tens of thousands of dollars", "5 million dollars"; not "5 US dollars"). */
function bareDollars(text: string, m: Mention): boolean {
  const words = text.slice(m.start, m.end);
  return DOLLARS.test(words) && !US_MARKED.test(words);
}
const DOLLARS = /\bdollars?$/i;
/** An amount in cents that does not say whose ("22 cents", "5c"; not "79.45 U.S. cents", "77.15 cents US"). */
function bareCents(text: string, m: Mention): boolean {
  const words = text.slice(m.start, m.end);
  return CENTS.test(words) && !US_MARKED_CENTS.test(words) && !US_AFTER.test(text.slice(m.end, m.end + 6));
}
/** Whether two amounts are told in one clause, close together: no sentence or clause ends between them. */
function sameClause(text: string, a: Mention, b: Mention): boolean {
  const between = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return between.length <= CLAUSE_GAP && !/[;:\n]|\.\s/.test(between);
}
const CENTS = /\d\s*(?:cents?|c|¢)$/i;
const US_MARKED_CENTS = /\bU\.?S\.?\s*cents?$/i;
const US_AFTER = /^ U\.?S\.?\b/;
const OTHER_DOLLARS: ReadonlySet<string> = new Set(Object.values(CURRENCY_BY_COUNTRY.dollar).filter((code) => code !== 'USD'));
/** How far apart (in characters) a change in cents and its price are told: "rose 22 cents to A$15.72", "A$6.98, up 8 cents". */
const CLAUSE_GAP = 30;
