// Figures of a table or a row of results ("Portsmouth 1 Queens Park Rangers 2", "Durham 326 (D. Cox 95",
// "3. Seguy 24", "G. Thorpe lbw b Mushtaq Ahmed 54", "Hawthorn 21 10 1 10"): a figure after a name there is
// counted (a score, runs, points), not part of the name, and a year-like figure among others is no year.
// resolve/score-lines.ts also reads results lines, but decides another thing on other input: whether a whole
// text line holds only names and scores, so that its places are teams. Here the question is one figure beside
// one name, inside a sentence that the numbers see without its lines, and a row with scorers in brackets
// counts; so the two stay apart.
import { CODE_INTRODUCERS, DISMISSAL_MARKS, TABLE_LABELS, TALLY_NOUNS } from './lexicon/not-numbers.js';
import { ORDINAL_SUFFIX } from './lexicon/ranks.js';
import { NUMBER_HYPHENS } from '../lexicon/number-words.js';
import { measure } from './measure.js';
import { readNumeral, type Numeral } from './numeral.js';
import { isCapitalised, isFigure, YEAR_DIGITS } from './shapes.js';
import { wordAt, type Word } from './words.js';

/** Digits at word i between two bare figures, one of them no year: a column of a table ("Hawthorn 21 10 1 10 1791 1820 98.4 42"), where a row of years ("1996 1995 1996") heads one. */
export function inRowOfFigures(words: readonly Word[], i: number): boolean {
  const [prev, next] = [wordAt(words, i - 1, i), wordAt(words, i + 1, i)];
  return !!prev && !!next && isFigure(words[i]) && isFigure(prev) && isFigure(next) && !(YEAR_DIGITS.test(prev.text) && YEAR_DIGITS.test(next.text));
}

/** The first end of a range whose second end has a measure: "Lows 68-76F", after a capitalised word that is no name. */
function measuredRange(words: readonly Word[], n: Numeral): boolean {
  const hyphen = wordAt(words, n.last + 1, n.first);
  const end = hyphen?.attached && NUMBER_HYPHENS.has(hyphen.lower) ? readNumeral(words, n.last + 2) : null;
  return !!end && measure(words, end).type !== 'CARDINAL';
}

/** Digits after a name that a table or a tally reads ("Portsmouth 1 Queens Park Rangers 2", "Highs 82-96F", "Williams 149 points", "Total 326"), not a name's number. */
export function figureOfATable(words: readonly Word[], n: Numeral, prev: Word, next: Word | undefined): boolean {
  return resultRow(words, n.first) || measuredRange(words, n) || (!!next && TALLY_NOUNS.has(next.lower)) || TABLE_LABELS.has(prev.lower)
    || scorecardLine(words, n.first) || inTallyList(words, n.first) || shareOfATotal(words, n.first);
}

/** How many names, each with its figure, a list in a sentence must hold for its figures to be counts. */
const TALLY_LIST_PAIRS = 3;

/**
 * Digits at word i in a list of names each with its figure ("the conservatives 208, the AfD 152, the SPD 120 and the
 * Left 64", "Apple 12, Samsung 9 and Xiaomi 7"): seats, votes or units given to each, not a model's number
 * ("Boeing 747"); two pairs ("Windows 10 and Windows 11") are too few to tell.
 */
function inTallyList(words: readonly Word[], i: number): boolean {
  const figures = [i];
  for (let at = i; figures.length < TALLY_LIST_PAIRS && (at = nextTallyPair(words, at, i)) >= 0;) figures.push(at);
  for (let at = i; figures.length < TALLY_LIST_PAIRS && (at = previousTallyPair(words, at, i)) >= 0;) figures.push(at);
  if (figures.length < TALLY_LIST_PAIRS) return false;
  // "the Boeing 747, Boeing 777 and Airbus 380": one maker's name again and again before its models' numbers
  const names = figures.map((k) => wordAt(words, k - 1, i)?.lower);
  return new Set(names).size === names.length;
}

/** Digits at word i that count a share of a total after them ("gave PiS 196 of the 460 seats"), no name's number. */
function shareOfATotal(words: readonly Word[], i: number): boolean {
  if (wordAt(words, i + 1, i)?.lower !== 'of') return false;
  const k = wordAt(words, i + 2, i)?.lower === 'the' ? i + 3 : i + 2;
  return isResultFigure(words, k, i);
}

/** The figure of the pair after the figure at word k in a list (", the SPD 120", " and the Left 64"), or -1. */
function nextTallyPair(words: readonly Word[], k: number, of: number): number {
  let j = k + 1;
  if (!LIST_JOINERS.has(wordAt(words, j, of)?.lower ?? '')) return -1;
  while (LIST_JOINERS.has(wordAt(words, j, of)?.lower ?? '')) j++;
  if (wordAt(words, j, of)?.lower === 'the') j++;
  const from = j;
  while (j - from < RESULT_NAME_WORDS && isRowNameWord(words, j, of)) j++;
  return j > from && isResultFigure(words, j, of) ? j : -1;
}

/** The figure of the pair before the name before the figure at word k ("208, the AfD 152"), or -1. */
function previousTallyPair(words: readonly Word[], k: number, of: number): number {
  let j = k - 1;
  const to = j;
  while (to - j < RESULT_NAME_WORDS && isRowNameWord(words, j, of)) j--;
  if (j === to) return -1;
  if (wordAt(words, j, of)?.lower === 'the') j--;
  if (!LIST_JOINERS.has(wordAt(words, j, of)?.lower ?? '')) return -1;
  while (LIST_JOINERS.has(wordAt(words, j, of)?.lower ?? '')) j--;
  return isResultFigure(words, j, of) ? j : -1;
}


/**
 * Digits at word i after a name, in a row of results where each name has its figure: another name and its figure
 * after it, or the scorers in brackets ("Portsmouth 1 Queens Park Rangers 2", "Nice 1 (Debbah 39th) Bastia 1",
 * "Durham 326 (D. Cox 95"), or a figure or a bracket before its name ("Rangers 2" after "Portsmouth 1", "(D. Cox 95").
 */
export function resultRow(words: readonly Word[], i: number): boolean {
  // the next name and its figure, or the first scorer in brackets after a result that heads its line ("Nice 1 (Debbah 39th)"),
  // or the next of a list of names and figures that a result heading its line opens ("Standings: Juventus 24, Vicenza 23")
  const mark = wordAt(words, i + 1, i)?.text;
  const bracket = mark === '(';
  const inList = mark !== undefined && LIST_MARKS.has(mark);
  const from = bracket || inList ? i + 2 : i + 1;
  let next = from;
  while (next - from < RESULT_NAME_WORDS && isRowNameWord(words, next, i)) next++;
  if (next > from && isResultFigure(words, next, i) && (!(bracket || inList) || resultHead(words, i, i))) return true;
  let nameStart = i - 1;
  while (nameStart > i - 1 - RESULT_NAME_WORDS && isRowNameWord(words, nameStart - 1, i)) nameStart--;
  const before = wordAt(words, nameStart - 1, i);
  // "Durham 326 (D. Cox 95": the first scorer in brackets after a result; "3. Seguy 24": a numbered row of standings
  // "(C. White 66 not out, M. Moxon 57": a later scorer in those brackets, after another's figure
  const listed = !!before && LIST_MARKS.has(before.text) && /^(?:\d+|out)$/.test(wordAt(words, nameStart - 2, i)?.text ?? '') && bracketAfterResult(words, nameStart - 2, i);
  // "Vicenza 23" after "Juventus 24 points,": the name and figure before the comma a result heading its line or following another
  const tallied = TALLY_NOUNS.has(wordAt(words, nameStart - 2, i)?.lower ?? '') ? nameStart - 3 : nameStart - 2;
  const afterResult = !!before && LIST_MARKS.has(before.text) && resultHead(words, tallied, i);
  return !!before && (isResultFigure(words, nameStart - 1, i) || before.text === ')' || (before.text === '(' && bracketAfterResult(words, nameStart - 1, i)) || listed || afterResult)
    || numberedRow(words, nameStart, i);
}

/** Word k is a figure of a result standing apart; a year before a name is none ("Britain's 1992 Olympic 100 champion"). */
function isResultFigure(words: readonly Word[], k: number, of: number): boolean {
  const w = wordAt(words, k, of);
  return !!w && !w.attached && RESULT_FIGURE.test(w.text) && !YEAR_DIGITS.test(w.text);
}

/** Word k inside brackets opened after a result that heads its line ("Yorkshire 305-5 (C. White 66 not out, M. Moxon"), looking back at most BRACKET_REACH words. */
function bracketAfterResult(words: readonly Word[], k: number, of: number): boolean {
  for (let j = k; j > k - BRACKET_REACH; j--) {
    const w = wordAt(words, j, of);
    if (!w || w.text === ')') return false;
    // or a scorer written with an initial ("England first innings 326 (J. Crawley 106")
    if (w.text === '(') return resultHead(words, j - 1, of) || INITIAL.test(wordAt(words, j + 1, of)?.text ?? '');
  }
  return false;
}

/**
 * Digits at word i that end a batsman's line of a cricket scorecard: a dismissal mark before the bowler's name
 * ("G. Thorpe lbw b Mushtaq Ahmed 54", "N. Hussain c Saeed Anwar b Waqar Younis 12"), the runs last.
 */
function scorecardLine(words: readonly Word[], i: number): boolean {
  const after = wordAt(words, i + 1, i);
  if (after && !(after.pos === 'PUNCT' || after.lower === 'not')) return false;
  let k = i - 1;
  while (k > i - 1 - RESULT_NAME_WORDS && isNameWord(wordAt(words, k, i))) k--;
  return k < i - 1 && DISMISSAL_MARKS.has(wordAt(words, k, i)?.lower ?? '');
}

/**
 * Word k ends a result that heads its line or follows another: a name of one to four capitalised words and its figure
 * or score ("Durham 326", "At Headingley: Yorkshire 305-5", "Nice 1").
 */
function resultHead(words: readonly Word[], k: number, of: number): boolean {
  let j = k;
  const [hyphen, runs] = [wordAt(words, j - 1, of), wordAt(words, j - 2, of)];
  if (hyphen?.attached && NUMBER_HYPHENS.has(hyphen.lower) && /^\d+$/.test(runs?.text ?? '')) j -= 2;
  if (!/^\d+$/.test(wordAt(words, j, of)?.text ?? '')) return false;
  let start = j;
  while (start > j - RESULT_NAME_WORDS && isNameWord(wordAt(words, start - 1, of))) start--;
  // at the line's start, after a colon or another result ("Middlesex 199, Hampshire 232"), or a club's year before its name ("1860 Munich 1")
  let before = wordAt(words, start - 1, of);
  if (before && /^\d+$/.test(before.text) && !wordAt(words, start - 2, of)) before = undefined;
  return start < j && (!before || RESULT_HEAD_AFTER.has(before.text));
}

const RESULT_HEAD_AFTER: ReadonlySet<string> = new Set([':', ',', ';', ')']);

const LIST_MARKS: ReadonlySet<string> = new Set([',', ';']);
/** What joins the pairs of a list of names and figures: those marks, or "and". */
const LIST_JOINERS: ReadonlySet<string> = new Set([...LIST_MARKS, 'and']);
/** An initial, "S.", a name's even where the code introducers hold it (the "S." of a Senate bill). */
const INITIAL = /^\p{Lu}\.$/u;
const BRACKET_REACH = 30;

/**
 * "3. Seguy 24", "1. Williams 149 points": a row of standings numbered at the start of its line, which the splitter
 * makes a sentence of its own ("3."), with the name's figure last but for its tally noun.
 */
function numberedRow(words: readonly Word[], nameStart: number, i: number): boolean {
  const [stop, rank, before] = [words[nameStart - 1], words[nameStart - 2], words[nameStart - 3]];
  const lineStart = !!rank && (!before || before.sentence !== rank.sentence);
  const after = wordAt(words, i + 1, i);
  const last = !after || TALLY_NOUNS.has(after.lower) || after.pos === 'PUNCT';
  return stop?.text === '.' && stop.attached && !!rank && /^\d+$/.test(rank.text) && lineStart && last;
}

const RESULT_FIGURE = new RegExp(`^\\d+${ORDINAL_SUFFIX}?$`);
const RESULT_NAME_WORDS = 4;

/**
 * Word k of a team's name in a row of results: a name's word, or a word that introduces codes right after one, the
 * head of a place's name ("Dallas 24 Green Bay 17", "Tampa Bay 14"; not "the Airbus 310 Flight 150").
 */
function isRowNameWord(words: readonly Word[], k: number, of: number): boolean {
  const w = wordAt(words, k, of);
  return isNameWord(w) || (!!w && isCapitalised(w) && CODE_INTRODUCERS.has(w.lower) && isNameWord(wordAt(words, k - 1, of)));
}

/** Digits at word i in a row of results after a word that introduces codes but ends a team's place there ("Green Bay 17"). */
export function afterPlaceHeadInRow(words: readonly Word[], i: number): boolean {
  return isRowNameWord(words, i - 1, i) && !isNameWord(wordAt(words, i - 1, i)) && resultRow(words, i);
}

/** A word of a name in a row of results: capitalised, an initial ("D.") included; not one that introduces a code ("the Airbus 310 Flight 150"). */
function isNameWord(w: Word | undefined): boolean {
  return !!w && isCapitalised(w) && !/\d/.test(w.text) && (!CODE_INTRODUCERS.has(w.lower) || INITIAL.test(w.text));
}
