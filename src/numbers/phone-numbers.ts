// Phone numbers and codes written in digit groups: digits there are no count. One reader, pieceAt, tells
// what each word of such a number is (bare digits, a group with a hyphen or a plus, a bracket or a spaced
// hyphen); inPhoneNumber then asks the ways such a number is written: a trunk prefix ("020 7946 0018"), a
// group joined by hyphens beside it ("+27-11 482 1003", "473-4746"), groups after a country code or an area
// code in brackets ("+1 212 555 1234", "(212) 555-1234"), and a contact's run of groups after a word that
// introduces it or in North American form ("newsroom 64 4 4734 746", "204 947 3548"). A row of figures in a
// table is no phone number, which is why the runs are bounded.
import { PHONE_INTRODUCERS } from './lexicon/not-numbers.js';
import type { Numeral } from './numeral.js';
import { wordAt, type Word } from './words.js';

/** Whether the bare digits of numeral n are a group of a phone number or a code. */
export function inPhoneNumber(words: readonly Word[], n: Numeral): boolean {
  const i = n.first;
  const next = wordAt(words, n.last + 1, i)?.text ?? '';
  // "CUSIP: 072261", "555 0199": a leading zero, here or in the next group, is a trunk prefix or a code's
  if (TRUNK_PREFIX.test(words[i].text) || TRUNK_GROUP.test(next)) return true;
  if (joinedGroup(words, i - 1, i) || joinedGroup(words, n.last + 1, i)) return true;
  if (pieceAt(words, i - 1, i) === 'digits' && joinedGroup(words, i - 2, i)) return true;
  return groupsAfterCode(words, i) || contactNumber(words, i);
}

/** A word of a number written in groups: bare digits ("212"), a group with a hyphen or a plus ("473-4746", "+27-11", "+44"), or a mark ("(", ")", a spaced "-"). */
type Piece = 'digits' | 'group' | 'mark';

const PIECE = /^(?:\+?\d+(?:-\d+)*|[()\-])$/;
const BARE_DIGITS = /^\d+$/;

/** What word k, in the sentence of word `of`, is in a number written in groups, or undefined; told first by its first character, which most words fail. */
function pieceAt(words: readonly Word[], k: number, of: number): Piece | undefined {
  const w = words[k];
  if (!w || w.sentence !== words[of].sentence) return undefined;
  const c = w.text.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 43 || c === 40 || c === 41 || c === 45) || !PIECE.test(w.text)) return undefined;
  return c === 40 || c === 41 || c === 45 ? 'mark' : BARE_DIGITS.test(w.text) ? 'digits' : 'group';
}

/** Word k is a group joined by hyphens: one word ("+27-11", "473-4746") or bare digits with an attached hyphen and digits on one side ("40-1 3120264"). */
function joinedGroup(words: readonly Word[], k: number, of: number): boolean {
  const piece = pieceAt(words, k, of);
  if (piece === 'group') return true;
  if (piece !== 'digits') return false;
  // digits, an attached hyphen and digits, from the left end a to the right end c
  const joined = (a: number, c: number) => pieceAt(words, a + 1, of) === 'mark' && words[a + 1].text === '-' && words[a + 1].attached
    && pieceAt(words, c, of) === 'digits' && words[c].attached && BARE_DIGITS.test(words[a].text);
  return (k >= 2 && joined(k - 2, k)) || joined(k, k + 2);
}

/** "+44": the country code of a phone number, and how many groups of digits may follow it. */
const COUNTRY_CODE = /^\+\d{1,3}$/;
const PHONE_GROUPS = 4;
/** "020": the trunk prefix 0 before an area code, in a group or starting the numeral's own digits. */
const TRUNK_GROUP = /^0\d\d/;
const TRUNK_PREFIX = /^0\d/;

/**
 * Bare digits at word i in a phone number: a country code before groups of digits, or a group after
 * one ("+1 212 555 1234") or after a group with the trunk prefix ("020 7946 0018"), or an area code
 * in brackets before a group ("(212) 555-1234"); not a row of a table of results ("64 2 43 .596").
 */
function groupsAfterCode(words: readonly Word[], i: number): boolean {
  if (words[i].text.startsWith('+')) return pieceAt(words, i + 1, i) === 'digits';
  // most numbers have no digits nor bracket before them
  const before = pieceAt(words, i - 1, i);
  const bracket = before === 'mark' && words[i - 1].text === '(';
  if (before !== 'digits' && !bracket) return false;
  let k = i - 1;
  for (; k >= i - PHONE_GROUPS && pieceAt(words, k, i) === 'digits'; k--) {
    // "020 7946 0018": after a group with the trunk prefix 0
    if (TRUNK_GROUP.test(words[k].text)) return true;
  }
  if (k < i - 1 && pieceAt(words, k, i) === 'group' && COUNTRY_CODE.test(words[k].text)) return true;
  return bracket && pieceAt(words, i + 1, i) === 'mark' && words[i + 1].text === ')' && joinedGroup(words, i + 2, i);
}

/** The most pieces a phone number is written in. */
const PHONE_PIECES = 10;
/** At most "(", "212", ")", "555", "1234". */
const NORTH_AMERICAN_PIECES = 5;
/** The groups of a North American number: "204 947 3548", "(212) 859 1646". */
const NORTH_AMERICAN_GROUPS = /^\(?\d{3}\)? \d{3} \d{4}$/;

/**
 * Bare digits at word i in a run of digit groups that is a phone number: two groups or more after a word that
 * introduces one ("newsroom 64 4 4734 746", "News Room (852) 2843 6368", "Tel 44 171 542 7706"), or the three
 * groups of a North American number on their own ("Gilbert Le Gras 204 947 3548"); not a row of figures.
 */
function contactNumber(words: readonly Word[], i: number): boolean {
  const isPiece = (k: number) => pieceAt(words, k, i) !== undefined;
  // most numbers stand alone: no piece of a phone number on either side
  if (!isPiece(i - 1) && !isPiece(i + 1)) return false;
  // a phone number has few pieces: a longer run is a row of figures, and each numeral reads at most this far
  let first = i;
  while (first > i - PHONE_PIECES && isPiece(first - 1)) first--;
  if (isPiece(first - 1)) return false;
  const introducer = words[first - 1];
  const introduced = !!introducer && introducer.sentence === words[i].sentence && PHONE_INTRODUCERS.has(introducer.lower);
  if (!introduced && i - first >= NORTH_AMERICAN_PIECES) return false;
  // a North American number ends within its five pieces
  const limit = introduced ? i + PHONE_PIECES : first + NORTH_AMERICAN_PIECES - 1;
  let last = i;
  while (last < limit && isPiece(last + 1)) last++;
  if (isPiece(last + 1)) return false;
  if (introduced) {
    let groups = 0;
    for (let k = first; k <= last; k++) if (pieceAt(words, k, i) !== 'mark') groups++;
    return groups >= 2;
  }
  let run = '';
  for (let k = first; k <= last; k++) run += (k > first && !words[k].attached ? ' ' : '') + words[k].text;
  return NORTH_AMERICAN_GROUPS.test(run);
}
