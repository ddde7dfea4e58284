// How an alias and a span of text are reduced to one key, so that spelling variants meet: diacritics,
// curly/straight apostrophes, the apostrophe of a plural's possessive ("Workers' Party" = "Workers Party"), dots
// in acronyms (U.S. = US), hyphens and dashes, commas, runs of spaces and a leading "the". Case is kept here;
// folding is the index's choice.

import { SPELT_AS } from '../text/latin-letters.js';

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
/** The apostrophe after a plural's "s" at a word's end, which the press as often leaves out. */
const PLURAL_POSSESSIVE = /([sS])'(?=\s|$)/g;
const DASHES = /[-\u2010-\u2015\u2212]/g;
const COMBINING = /\p{M}/gu;
const UNDECOMPOSED = new RegExp(`[${Object.keys(SPELT_AS).join('')}]`, 'g');
/** Vietnamese letters: beside them "Đ" is a "D" ("Đà Nẵng" = "Da Nang"), not the "Dj" of Serbian and Croatian. */
const VIETNAMESE = /[\u0102\u0103\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;

/** The text without diacritics, each letter spelt in ASCII as the press spells it. */
function spelt(text: string): string {
  const vietnamese = VIETNAMESE.test(text);
  return text.normalize('NFKD').replace(COMBINING, '').replace(UNDECOMPOSED, (c) => (vietnamese && (c === 'đ' || c === 'Đ') ? SPELT_AS[c].charAt(0) : SPELT_AS[c]));
}

/** Most tokens and names need no work: ASCII letters, digits and spaces are their own normal form. */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x20)) return false;
  }
  return true;
}

/** Case-preserving normal form of a name. */
export function normalizeName(text: string): string {
  return collapseSpaces(normalizePiece(text));
}

/** One space between words and none at the ends, once pieces are joined; most keys need no work. */
export function collapseSpaces(key: string): string {
  return key.includes('  ') || key.startsWith(' ') || key.endsWith(' ') ? key.replace(/ {2,}/g, ' ').trim() : key;
}

/** Texts normalised lately: link normalises each name several times, and the same punctuation and names recur. */
const RECENT_PIECES = 4096;
let recentPieces = new Map<string, string>();

/**
 * The same normal form for one token, without trimming, so a span's key can be built by joining its
 * tokens' pieces: a hyphen or comma token stays a space, a dot token vanishes.
 */
export function normalizePiece(text: string): string {
  if (isPlain(text)) return text;
  let piece = recentPieces.get(text);
  if (piece === undefined) {
    const plain = /[^\x00-\x7F]/.test(text) ? spelt(text) : text;
    piece = plain.replace(APOSTROPHES, "'").replace(PLURAL_POSSESSIVE, '$1').replace(/\./g, '').replace(DASHES, ' ').replace(/[,;:"\u201C\u201D()\s]/g, ' ');
    if (recentPieces.size >= RECENT_PIECES) recentPieces = new Map();
    recentPieces.set(text, piece);
  }
  return piece;
}


/** A leading article is not part of a name ("the United Nations" = "United Nations"). */
export function stripLeadingThe(key: string): string {
  // (most keys open with no "t", and are kept without running the regex)
  const first = key.charCodeAt(0);
  return first === 0x74 || first === 0x54 ? key.replace(LEADING_THE, '') : key;
}
const LEADING_THE = /^the\s+/i;

/** A trailing possessive is not part of a name ("Iran’s" = "Iran"). */
export function stripPossessive(key: string): string {
  // (most keys end in no "s", and are kept without running the regex)
  const last = key.charCodeAt(key.length - 1);
  return last === 0x73 || last === 0x53 ? key.replace(POSSESSIVE, '') : key;
}
const POSSESSIVE = / ?['\u2019]s$/i;

/** A model's name in the plural, a word that ends in a figure and an "s" ("F-16s", "747-400s"): the model's name; else undefined. */
export function modelSingular(text: string): string | undefined {
  return MODEL_PLURAL.test(text) ? text.slice(0, -1) : undefined;
}
const MODEL_PLURAL = /\ds$/;

/** The key an alias is indexed under, case kept. */
export function aliasKey(text: string): string {
  return stripLeadingThe(normalizeName(text));
}

export function foldKey(key: string): string {
  return key.toLowerCase();
}

/**
 * Short all-caps forms (US, UN, NATO, IRGC) are matched only in capitals: folded they collide
 * with ordinary words ("us", "who"). One with a figure after its first capital is no word: "Cop27", as the Guardian
 * writes "COP27" (a capital still has to open it; "3M" stays apart from "3m").
 */
export function isCaseSensitiveKey(key: string): boolean {
  return key.length <= 6 && !key.includes(' ') && /[A-Z]/.test(key) && !/[a-z]/.test(key) && !/^[A-Z].*\d/.test(key);
}

/** A word of at most three capitals: an acronym or a numeral ("XI"), never a name folded to capitals ("Xi"). */
export function isShortCaps(key: string): boolean {
  return key.length <= 3 && isCaseSensitiveKey(key);
}

/** A readable id slug: lowercase ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return foldKey(aliasKey(text)).replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** A name with words in lower case after it, written as the registry writes the whole: "Noto Peninsula", "Straits Times Index". */
export function withTitleCaseWords(name: string, words: string): string {
  return `${name} ${words.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase())}`;
}
