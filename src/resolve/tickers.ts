// A company's listing in brackets after its name, "(NASDAQ: NVDA)", "(TSX: SHOP)", "(HKEX: 0700)", or Reuters'
// instrument code, "(UNP.N)", "(VOD.L)": the exchange and a ticker of letters are each an organization's name, as
// sure as a photo credit's parts. The model reads an exchange written this way as a people's or a work's name. The
// exchanges and the codes' exchange suffixes are data (lexicon/stock-exchanges.json).
import type { Candidate } from '../document.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/stock-exchanges.json' with { type: 'json' };
import { candidate } from './candidates.js';
import { longestFirst } from './word-patterns.js';

const LISTING = new RegExp(`\\((${longestFirst(table.exchanges)}) ?: ?([A-Z][A-Z0-9.]{0,8}[A-Z0-9]|[A-Z]|\\d{1,6})\\)`, 'g');
const INSTRUMENT = new RegExp(`\\(([A-Z][A-Z0-9]{0,5})\\.(?:${longestFirst(table.instrumentSuffixes)})\\)`, 'g');
/** As sure as a credit line's parts: the form says what each is. */
const CONFIDENCE = 0.9;

export function tickers(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A listing holds a colon: an article without one needs no match tried at each of its brackets.
  if (text.includes(':')) listings(text, out);
  // A code of figures ("7203.T") is no name, and the pattern reads letters only.
  for (const m of text.matchAll(INSTRUMENT)) out.push(candidate(m.index + 1, m.index + 1 + m[1].length, 'ORG', 'rules', CONFIDENCE));
  return out;
}

/** "(NASDAQ: NVDA)": the exchange and the ticker. */
function listings(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(LISTING)) {
    const exchange = m.index + 1;
    out.push(candidate(exchange, exchange + m[1].length, 'ORG', 'rules', CONFIDENCE));
    // A ticker of figures ("0700") is a code, no name.
    const ticker = m.index + m[0].length - 1 - m[2].length;
    if (!/^\d/.test(m[2])) out.push(candidate(ticker, ticker + m[2].length, 'ORG', 'rules', CONFIDENCE));
  }
}
