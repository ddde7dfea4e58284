// A month's name is a date, not a place or an organization, whatever the model read from its
// place in the sentence ("fell in July", a futures table's "(SEP)", "Dec 6-20"). Its given-name
// readings are the model's PERSONs ("Jan Ullrich", "June Carter"), which stay; and one alone that is the last name of a
// person the article names in full is that person where no word of dates puts it ("signed by May" after "Theresa May"),
// and one before such a person's surname is a given name ("Reeva Steenkamp's mother, June Steenkamp").
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { isCalendarWord, MONTHS } from '../lexicon/calendar.js';
import { candidate, lastNamesOfFullNames } from './candidates.js';

/** A month's name or abbreviation, and figures after it if any: "July", "SEP", "Dec 6-20". */
const MONTH_AND_FIGURES = /^(\p{L}+\.?)(?:\s+\d[\d\s,\/-]*)?$/u;

/** The first letters of the months' names: most names start otherwise, and need no match. */
const MONTH_INITIALS = new Set(Object.keys(MONTHS).flatMap((m) => [m[0], m[0].toUpperCase()]));

export function dropMonths(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (c.source !== 'model' || c.type === 'PERSON' || !MONTH_INITIALS.has(text[c.start]) || !NAME_LABELS.has(c.type)) return true;
    const m = MONTH_AND_FIGURES.exec(text.slice(c.start, c.end));
    return !(m && isCalendarWord(MONTHS, m[1]));
  });
}

/**
 * A month's name alone that is the last name of a person the article names in full is that person ("Theresa May ...
 * The letter, signed by May", "May told parliament"), unless a word of dates stands before it ("in May", "by May",
 * "April and May") or a figure after it ("May 5", "May 2017").
 */
export function peopleNamedLikeMonths(text: string, candidates: Candidate[]): Candidate[] {
  let surnames: Set<string> | undefined;
  return candidates.map((c) => {
    if (c.type !== 'DATE' || !MONTH_INITIALS.has(text[c.start]) || !MONTH_ALONE.test(text.slice(c.start, c.end)) || !isCalendarWord(MONTHS, text.slice(c.start, c.end))) return c;
    surnames ??= lastNamesOfFullNames(text, candidates);
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start));
    const [previous, word] = [before?.[1] ?? '', (before?.[2] ?? '').toLowerCase()];
    // "Reeva Steenkamp's mother, June Steenkamp": a month before the surname of a person the article names is a given
    // name, where no word of dates stands before it ("In June May visited Washington").
    const next = SURNAME_AFTER.exec(text.slice(c.end, c.end + SURNAME_REACH));
    if (next && surnames.has(next[1]) && !DATE_WORDS.has(word)) return candidate(c.start, c.end + next[0].length, 'PERSON', c.source, c.confidence);
    if (!surnames.has(text.slice(c.start, c.end)) || FIGURE_AFTER.test(text.slice(c.end, c.end + 3))) return c;
    // "signed by May": after a participle "by" names who did it, not a deadline.
    if (DATE_WORDS.has(word) && !(word === 'by' && PARTICIPLE.test(previous))) return c;
    if (JOINING_WORDS.has(word) && isCalendarWord(MONTHS, previous)) return c;
    return candidate(c.start, c.end, 'PERSON', c.source, c.confidence);
  });
}
/** A capitalised word right after a month, as a surname follows a given name: " Steenkamp". */
const SURNAME_AFTER = /^ (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}])/u;
const SURNAME_REACH = 40;
/** A capitalised word alone: "May", not "May 5" or "mid-May". */
const MONTH_ALONE = /^\p{Lu}\p{Ll}+$/u;
/** A figure right after a month: its day or its year. */
const FIGURE_AFTER = /^,? ?\d/;
/** The two words before a month, if any. */
const WORDS_BEFORE = /(?:(\S+) )?(\S+) $/;
/** Words after which a month's name is the month. */
const DATE_WORDS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'through', 'from', 'to', 'early', 'late', 'mid', 'last', 'next', 'this',
  'of', 'during', 'before', 'after', 'between', 'by', 'on', 'for', 'throughout', 'end', 'beginning', 'start', 'middle', 'each', 'every', 'that']);
/** Words that join a month to another ("April and May", "April to May"). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'to', '-']);
/** A participle before "by": "signed", "chosen", "written". */
const PARTICIPLE = /^\p{Ll}+(?:ed|en|wn)$/u;
