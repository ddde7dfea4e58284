// Compiles the rule table: fills each {SLOT} from the vocabulary and finds rule matches in a text.
import {
  AMBIGUOUS_ABBREVIATIONS, DAY_PARTS, DECADE_WORDS, DURATION_RELATIONS, HOLIDAYS, ORDINALS, RELATIVE_SHIFTS, SEASONS,
  LAST_AS_VERB_AFTER, MODAL_FUTURE, MODALS_BEFORE_FUTURE, OPEN_END_MODS, SET_ADVERBS, SPAN_QUALIFIERS, STANDALONE_DAY_PARTS, TIME_ZONES, UNIT_ADJECTIVES, UNITS, VAGUE_AMOUNTS, VAGUE_NOMINALS, VAGUE_NOT_RECOGNIZED, VAGUE_REFERENCES,
} from './rules/vocabulary.js';
import { LEFT_EXTENSIONS, RULES, type TimexRule } from './rules/patterns.js';
import { isAbbreviation, MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { UNIT_WORDS } from '../lexicon/number-words.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so that "a few" is tried before "a". */
const alternation = (words: Iterable<string>) =>
  `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|').replace(/ /g, '\\s+')})`;

/** Abbreviations take an optional full stop, and a required one when they are also ordinary words. */
function calendarNames(table: Record<string, number>): string {
  const parts = Object.keys(table).map((k) =>
    !isAbbreviation(table, k) ? escape(k) : AMBIGUOUS_ABBREVIATIONS.has(k) ? `${escape(k)}\\.` : `${escape(k)}\\.?`);
  return `(?:${parts.sort((a, b) => b.length - a.length).join('|')})`;
}

/** Number words whose value passes `test`, in the lexicon's order. */
const numberWords = (test: (n: number) => boolean) => Object.keys(UNIT_WORDS).filter((w) => test(UNIT_WORDS[w]));
const UNITS_DIGITS = numberWords((n) => n >= 1 && n <= 9);
const TEENS = numberWords((n) => n >= 10 && n <= 19);
const TENS = numberWords((n) => n >= 20);
const twoDigitWords = `(?:${TENS.join('|')})(?:[- ](?:${UNITS_DIGITS.join('|')}))?|${TEENS.join('|')}|oh[- ](?:${UNITS_DIGITS.join('|')})`;
const ordinalWords = (() => {
  const simple = Object.keys(ORDINALS).filter((w) => ORDINALS[w] > 0);
  const compound = simple.filter((w) => ORDINALS[w] < 10).flatMap((o) => [`twenty-${o}`, `twenty ${o}`]);
  return alternation([...simple, ...compound, 'thirty-first', 'thirty first']);
})();
// Number words: "twenty-four", "one hundred and six", "two thousand"; not "three one" (two numbers).
const SMALL_NUMBER = `(?:(?:${TENS.join('|')})(?:[- ](?:${UNITS_DIGITS.join('|')}))?|${[...TEENS, ...UNITS_DIGITS, 'zero', 'dozen'].join('|')})`;
const NUM = `(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?(?: 1/2)?|${SMALL_NUMBER}(?:[- ](?:hundred|thousand)(?:(?:[- ]|\\s+and\\s+)${SMALL_NUMBER})?)*|hundreds|thousands)`;

const SLOTS: Record<string, string> = {
  MONTH: calendarNames(MONTHS),
  WEEKDAY: calendarNames(WEEKDAYS),
  DAYNUM: '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?',
  DAYORD: ordinalWords,
  ORDWORD: ordinalWords,
  YEARDIGITS: '(?:1[5-9]|20)\\d\\d',
  YEARWORDS: `(?:(?:eighteen|nineteen|twenty)(?:[- ]hundred(?: and)?)?[- ](?:${twoDigitWords})|two thousand(?:(?: and)? (?:${UNITS_DIGITS.join('|')}|${TEENS.join('|')}))?)`,
  YEAR: `(?:(?:1[5-9]|20)\\d\\d|'\\d\\d|(?:eighteen|nineteen|twenty)[- ](?:${twoDigitWords})|two thousand(?:(?: and)? (?:${UNITS_DIGITS.join('|')}|${TEENS.join('|')}))?)`,
  DECADEWORD: alternation(Object.keys(DECADE_WORDS)),
  SEASON: alternation(Object.keys(SEASONS)),
  REL: alternation(Object.keys(RELATIVE_SHIFTS)),
  CALUNIT: '(?:year|yr|month|week|weekend|quarter|qtr|decade|century|day)',
  QORD: '(?:first|second|third|fourth)',
  NUM,
  HOURWORD: alternation(numberWords((n) => n >= 1 && n <= 12)),
  MINUTEWORD: `(?:${twoDigitWords})`,
  AMOUNT: `(?:${alternation(VAGUE_AMOUNTS)}|an? (?:hundred|thousand|dozen|half)|${NUM}|an?)`,
  UNITADJ: alternation(UNIT_ADJECTIVES),
  UNIT: alternation(Object.keys(UNITS)),
  PLURALUNIT: alternation(Object.keys(UNITS).filter((u) => u.endsWith('s') && u.length >= 4)),
  DURREL: alternation(DURATION_RELATIONS),
  PARTS: '(?:mornings|afternoons|evenings|nights)',
  MODALFUTURE: `(?<=\\b(?:${MODALS_BEFORE_FUTURE.join('|')}) )${alternation(Object.keys(MODAL_FUTURE))}`,
  // Before a relation word: not "last" the verb ("the talks will last three days").
  NOTVERBLAST: `(?!(?<=\\b(?:${LAST_AS_VERB_AFTER.join('|')}) )last )`,
  OPENEND: alternation(Object.keys(OPEN_END_MODS)),
  PART: alternation(Object.keys(DAY_PARTS).filter((p) => !STANDALONE_DAY_PARTS.has(p))),
  VAGUE: alternation(Object.keys(VAGUE_REFERENCES)),
  VAGUENOMINAL: alternation(Object.keys(VAGUE_NOMINALS)),
  VAGUEOTHER: alternation(Object.keys(VAGUE_NOT_RECOGNIZED)),
  SETADV: alternation(Object.keys(SET_ADVERBS)),
  QUALIFIER: alternation(SPAN_QUALIFIERS),
  TZ: alternation(TIME_ZONES),
  HOLIDAY: alternation(Object.keys(HOLIDAYS)).replace(/'/g, "['’]"),
};

function expand(pattern: string): string {
  return pattern.replace(/\{([A-Z]+)\}/g, (_, slot: string) => {
    const filled = SLOTS[slot];
    if (filled === undefined) throw new Error(`timex rule uses an unknown slot {${slot}}`);
    return filled;
  });
}

// A match may not start inside a word, a number or an amount ("$1988", "H.Res.752"),
// nor end inside one ("1988-89", "1,988", "1988%").
const BEFORE = "(?<![\\w'$£€#@./,])";
const AFTER = "(?![\\w%/-]|'(?!s\\b)|[.,]\\d)";

interface CompiledRule extends TimexRule { re: RegExp; }
// A rule that splits needs the offsets of its groups ("d").
const COMPILED: CompiledRule[] = RULES.map((r) => ({ ...r, re: new RegExp(`${BEFORE}(?:${expand(r.pattern)})${AFTER}`, r.split ? 'gid' : 'gi') }));
const EXTENSIONS = LEFT_EXTENSIONS.map((e) => ({ id: e.id, re: new RegExp(`(?<![\\w-])(?:${expand(e.pattern)})$`, 'i') }));

export interface RuleMatch {
  rule: CompiledRule;
  start: number;
  end: number;
  groups: Record<string, string>;
}

/** All non-overlapping rule matches in `text`, longest first, then by rule priority. */
export function findMatches(text: string, accept: (m: RuleMatch) => boolean = () => true): RuleMatch[] {
  const all: RuleMatch[] = [];
  for (const rule of COMPILED) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) { rule.re.lastIndex++; continue; }
      const groups: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) groups[k] = v;
      const match = { rule, start: m.index, end: m.index + m[0].length, groups };
      if (!accept(match)) continue;
      all.push(...(rule.split ? split(match, rule.split, m.indices?.groups ?? {}) : [match]));
    }
  }
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || (b.rule.priority ?? 0) - (a.rule.priority ?? 0) || a.start - b.start);
  // Which characters a kept match covers, so that each check costs the match's length, not the number kept.
  const covered = new Uint8Array(text.length);
  const taken: RuleMatch[] = [];
  for (const m of all) {
    if (covered.subarray(m.start, m.end).includes(1)) continue;
    covered.fill(1, m.start, m.end);
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * "May 3 and 4, 2019" → "May 3" and "4, 2019": the first ends with group `first`, the second
 * starts at group `second`. The second reads each group named with a "2" ("day2", "month2") as
 * the group without it, and shares the groups that have no such twin (month, year); the first
 * leaves the twins out.
 */
function split(m: RuleMatch, [first, second]: [string, string], at: Record<string, [number, number] | undefined>): RuleMatch[] {
  const a = at[first];
  const b = at[second];
  if (!a || !b) return [m];
  const own: Record<string, string> = {};
  const twins: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.groups)) {
    if (k.endsWith('2')) twins[k.slice(0, -1)] = v;
    else own[k] = v;
  }
  return [
    { ...m, end: a[1], groups: own },
    { ...m, start: b[0], groups: { ...own, ...twins } },
  ];
}

export interface Extension { id: string; start: number; groups: Record<string, string>; }

/** The words just before `start` that one of the left extensions takes in, or null. */
export function leftExtension(text: string, start: number, allowed: (id: string) => boolean): Extension | null {
  const before = text.slice(Math.max(0, start - 60), start);
  for (const e of EXTENSIONS) {
    if (!allowed(e.id)) continue;
    const m = e.re.exec(before);
    if (m) {
      const groups: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) groups[k] = v;
      return { id: e.id, start: start - m[0].length, groups };
    }
  }
  return null;
}
