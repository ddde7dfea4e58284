// Phone numbers and codes written in digit groups: digits there are no count. One entry, inPhoneNumber, asks
// every way such a number is written: a trunk prefix ("020 7946 0018"), a group joined by hyphens ("+27-11",
// "473-4746"), groups after a country code or an area code in brackets ("+1 212 555 1234", "(212) 555-1234"),
// and a contact's run of groups after a word that introduces it or in North American form ("newsroom 64 4 4734
// 746", "204 947 3548"). A row of figures in a table is no phone number, which is why runs are bounded.
import { PHONE_INTRODUCERS } from './lexicon/not-numbers.js';
import type { Numeral } from './numeral.js';
import { wordAt, type Word } from './words.js';

/** Whether the bare digits of numeral n are a group of a phone number or a code. */
export function inPhoneNumber(words: readonly Word[], n: Numeral): boolean {
  const w = words[n.first];
  const prev = wordAt(words, n.first - 1, n.first);
  const next = wordAt(words, n.last + 1, n.first);
  // "CUSIP: 072261", "555 0199": a leading zero, here or in the next group, is a trunk prefix or a code's
  if (/^0\d/.test(w.text) || /^0\d\d/.test(next?.text ?? '')) return true;
  if ([n.first - 1, n.last + 1].some((k) => inDigitGroup(words, k, n.first))) return true;
  if (prev && /^\d+$/.test(prev.text) && inDigitGroup(words, n.first - 2, n.first)) return true;
  return phoneGroups(words, n.first) || contactNumber(words, n.first);
}

/** "+27-11", "473-4746", "+44": digits joined by hyphens, or a country code, in one token. */
const DIGIT_GROUPS = /^\+?\d+(?:-\d+)+$|^\+\d+$/;

/** Word k is digits in a group of a phone number or a code: "+27-11", "473-4746", "40-1 3120264". */
function inDigitGroup(words: readonly Word[], k: number, of: number): boolean {
  const w = wordAt(words, k, of);
  if (!w) return false;
  if (DIGIT_GROUPS.test(w.text)) return true;
  if (!/^\d+$/.test(w.text)) return false;
  // digits, an attached hyphen and digits, from the left end a to the right end c
  const joined = (a: number, c: number) => wordAt(words, a + 1, of)?.lower === '-' && words[a + 1].attached && !!wordAt(words, c, of)?.attached
    && /^\d+$/.test(words[a].text) && /^\d+$/.test(words[c].text);
  return (k >= 2 && joined(k - 2, k)) || joined(k, k + 2);
}

/**
 * Bare digits at word i in a phone number: a country code before groups of digits, or a group after
 * one ("+1 212 555 1234") or after a group with the trunk prefix ("020 7946 0018"), or an area code
 * in brackets before a group ("(212) 555-1234"); not a row of a table of results ("64 2 43 .596").
 */
function phoneGroups(words: readonly Word[], i: number): boolean {
  const text = (k: number) => wordAt(words, k, i)?.text ?? '';
  if (words[i].text.startsWith('+')) return /^\d+$/.test(text(i + 1));
  // most numbers have no digits nor bracket before them
  const before = text(i - 1);
  const c = before.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && before !== '(') return false;
  let k = i - 1;
  for (; k >= i - PHONE_GROUPS && /^\d+$/.test(text(k)); k--) {
    // "020 7946 0018": after a group with the trunk prefix 0
    if (/^0\d\d/.test(text(k))) return true;
  }
  if (k < i - 1 && COUNTRY_CODE.test(text(k))) return true;
  return text(i - 1) === '(' && text(i + 1) === ')' && inDigitGroup(words, i + 2, i);
}

/** A piece of a phone number written in groups: digits, "+358", "473-4746", a bracket or a spaced hyphen. */
const PHONE_PIECE = /^(?:\+?\d+(?:-\d+)*|[()\-])$/;
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
  // most numbers stand alone: no piece of a phone number on either side
  if (!isPhonePiece(words, i - 1, i) && !isPhonePiece(words, i + 1, i)) return false;
  // a phone number has few pieces: a longer run is a row of figures, and each numeral reads at most this far
  let first = i;
  while (first > i - PHONE_PIECES && isPhonePiece(words, first - 1, i)) first--;
  if (isPhonePiece(words, first - 1, i)) return false;
  const introduced = PHONE_INTRODUCERS.has(wordAt(words, first - 1, i)?.lower ?? '');
  if (!introduced && i - first >= NORTH_AMERICAN_PIECES) return false;
  // a North American number ends within its five pieces
  const limit = introduced ? i + PHONE_PIECES : first + NORTH_AMERICAN_PIECES - 1;
  let last = i;
  while (last < limit && isPhonePiece(words, last + 1, i)) last++;
  if (isPhonePiece(words, last + 1, i)) return false;
  if (introduced) {
    let groups = 0;
    for (let k = first; k <= last; k++) if (/\d/.test(words[k].text)) groups++;
    return groups >= 2;
  }
  let run = '';
  for (let k = first; k <= last; k++) run += (k > first && !words[k].attached ? ' ' : '') + words[k].text;
  return NORTH_AMERICAN_GROUPS.test(run);
}

/** Word k, in the sentence of word `of`, is a piece of a phone number; told first by its first character, which most words fail. */
function isPhonePiece(words: readonly Word[], k: number, of: number): boolean {
  const w = words[k];
  if (!w || w.sentence !== words[of].sentence) return false;
  const c = w.text.charCodeAt(0);
  return ((c >= 48 && c <= 57) || c === 43 || c === 40 || c === 41 || c === 45) && PHONE_PIECE.test(w.text);
}

/** "+44": the country code of a phone number, and how many groups of digits may follow it. */
const COUNTRY_CODE = /^\+\d{1,3}$/;
const PHONE_GROUPS = 4;
