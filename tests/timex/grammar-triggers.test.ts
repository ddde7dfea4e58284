// The rule engine tries each rule only where its trigger index says a match can start. It must find
// exactly what a scan of the whole text with each rule alone finds: the same matches, offered in
// each rule's order, and the same kept matches.
import { describe, expect, it } from 'vitest';
import { COMPILED, EXTENSIONS, findMatches, leftExtension, type RuleMatch } from '../../src/timex/grammar.js';
import { LEFT_EXTENSIONS } from '../../src/timex/rules/patterns.js';
import { QUANTIFIER_MODS } from '../../src/timex/rules/vocabulary.js';
import { mulberry32 } from '../../src/ner/random.js';

/** What a global scan of each rule over the whole text finds, in rule order, then text order. */
function scanned(text: string): string[] {
  const found: string[] = [];
  for (const rule of COMPILED) {
    const re = new RegExp(rule.re.source, rule.re.flags.replace('y', 'g'));
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      found.push(describeMatch(rule.id, m.index, m.index + m[0].length, m.groups));
    }
  }
  return found;
}

function describeMatch(id: string, start: number, end: number, groups: Record<string, string | undefined> | undefined): string {
  const defined = Object.entries(groups ?? {}).filter(([, v]) => v !== undefined);
  return `${id} ${start}-${end} ${JSON.stringify(Object.fromEntries(defined))}`;
}

/** What findMatches offers to `accept`, grouped by rule in rule order as a scan would give them. */
function offered(text: string): { offers: string[]; kept: RuleMatch[] } {
  const byRule = new Map<string, string[]>(COMPILED.map((r) => [r.id, []]));
  const kept = findMatches(text, (m) => {
    byRule.get(m.rule.id)!.push(describeMatch(m.rule.id, m.start, m.end, m.groups));
    return (m.start * 7 + m.end) % 5 !== 0; // turn some down: a rule still resumes after a match it was refused
  });
  return { offers: [...byRule.values()].flat(), kept };
}

// Words from every family of rules, and the characters around them that the rules look at.
const WORDS = [
  'the', 'The', 'THE', 'this', 'last', 'next', 'coming', 'past', 'a', 'an', 'A', 'few', 'several', 'every', 'each', 'that', 'same',
  'May', 'may', 'march', 'March', 'Oct.', 'Sept', 'sept.', 'January', 'DECEMBER', 'Monday', 'tues.', 'Thursdays', 'Fri', 'sun.',
  '3', '03', '15th', '1st', '31', '7:15', '10.30', '12/20/2019', '2019-12-20', '1998', '1998-1999', "'90s", '1980s', '2000', '4',
  'one', 'two', 'twenty-four', 'nineteen', 'ninety-six', 'hundred', 'thousand', 'first', 'Second', 'third', 'twenty-first', 'half',
  'year', 'years', 'month', 'week', 'weeks', 'day', 'days', 'decade', 'century', 'quarter', 'hours', 'minute', 'weekend', 'fiscal',
  'ago', 'earlier', 'later', 'from', 'now', 'hence', 'before', 'after', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'through', '-', '–',
  'p.m.', 'a.m.', 'pm', "o'clock", 'noon', 'midnight', 'morning', 'evening', 'night', 'nights', 'tonight', 'mid-afternoon', 'overnight',
  'today', 'yesterday', 'tomorrow', "today's", 'recently', 'currently', 'future', 'present', 'daily', 'annually', 'twice', 'times',
  'Christmas', 'Eve', 'Easter', "St.", "Patrick's", 'Day', 'summer', 'Fall', 'Q3', 'long', 'year-end', 'week-long', 'EST', 'GMT',
  'will', 'last', 'ended', 'it', 'is', 'it’s', 'earlier in', 'later in', 'so', 'Ǆ', 'µs', 'ſ', 'K', 'İ', '$', '£', '#', '.', ',', '(', ')',
];
const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '. ', '\n', '-', '', '\u00a0', ' "', "'"];

function inventedText(seed: number, length: number): string {
  const random = mulberry32(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  let text = '';
  for (let i = 0; i < length; i++) text += pick(WORDS) + pick(SEPARATORS);
  return text;
}

describe('the trigger index of the time rules', () => {
  it('offers the matches a scan of each rule finds, on invented texts of every family', () => {
    let total = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const text = inventedText(seed, 300);
      const expected = scanned(text);
      expect(offered(text).offers).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(2000); // the texts do exercise the rules
  });

  it('offers them in the same cases in upper case, and keeps the same matches as before on prose', () => {
    const prose = 'On Friday, Oct. 13, 1989, three weeks ago, the company said its fiscal 1990 third-quarter profit '
      + 'rose; the talks will last three days. By 5 p.m. EST the week of June 12 and the 1980s were recalled. '
      + "It is the second day of the strike. Mr. May's March 3-5 plan starts next Monday at 10 o'clock.";
    for (const text of [prose, prose.toUpperCase(), prose.toLowerCase()]) {
      expect(offered(text).offers).toEqual(scanned(text));
    }
    expect(findMatches(prose).map((m) => prose.slice(m.start, m.end))).toEqual(expect.arrayContaining(['Friday, Oct. 13, 1989', 'three weeks ago', '5 p.m. EST']));
  });
});

describe('the trigger index of the left extensions', () => {
  /** What trying each extension's regex on the sixty characters before `start` finds first. */
  function tried(text: string, start: number, allowed: (id: string) => boolean): string | null {
    const before = text.slice(Math.max(0, start - 60), start);
    for (const e of EXTENSIONS) {
      if (!allowed(e.id)) continue;
      const m = e.re.exec(before);
      if (m) return `${e.id} ${start - m[0].length}`;
    }
    return null;
  }

  it('finds what trying every extension finds, before every word of invented texts', () => {
    // Qualifiers ("approximately", "more or less"), positions ("the beginning of", "mid-"), parts of the day.
    const words = [...Object.keys(QUANTIFIER_MODS), 'the', 'The', 'THE', 'a', 'an', 'very', 'beginning', 'end', 'middle', 'part', 'of', 'Of',
      'mid', 'early', 'late', 'to', 'morning', 'Night', 'small', 'hours', 'over', 'under', 'about', 'May', '1990', 'years', '-', '', ' ', "'", ','];
    const separators = [' ', ' ', ' ', '-', '', '\n', ', ', '  '];
    const random = mulberry32(7);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    const ids = LEFT_EXTENSIONS.map((e) => e.id);
    let found = 0;
    for (let t = 0; t < 30; t++) {
      let text = '';
      for (let i = 0; i < 200; i++) text += pick(words) + pick(separators);
      for (let start = 0; start <= text.length; start++) {
        const all = (id: string) => id !== '';
        const some = (id: string) => id !== ids[(start + t) % ids.length];
        for (const allowed of [all, some]) {
          const ext = leftExtension(text, start, allowed);
          const got = ext ? `${ext.id} ${ext.start}` : null;
          expect(got).toBe(tried(text, start, allowed));
          if (got) found++;
        }
      }
    }
    expect(found).toBeGreaterThan(1000); // the texts do exercise the extensions
  });
});
