// Compiles the rule table: fills each {SLOT} from the vocabulary and finds rule matches in a text.
import {
  AMBIGUOUS_ABBREVIATIONS, DAY_PARTS, DECADE_WORDS, DURATION_RELATIONS, HOLIDAYS, ORDINALS, RELATIVE_SHIFTS, SEASONS,
  LAST_AS_VERB_AFTER, NOT_PLURALS_IN_S, MODAL_FUTURE, MODALS_BEFORE_FUTURE, OPEN_END_MODS, SET_ADVERBS, SPAN_QUALIFIERS, STANDALONE_DAY_PARTS, TIME_ZONES, BARE_TIME_ZONES, UNITS, VAGUE_AMOUNTS, VAGUE_LENGTHS, VAGUE_NOMINALS, VAGUE_NOT_RECOGNIZED, VAGUE_REFERENCES,
} from './rules/vocabulary.js';
import { LEFT_EXTENSIONS, RULES, type TimexRule, type Unless } from './rules/patterns.js';
import { ERAS, isAbbreviation, MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { UNIT_WORDS } from '../lexicon/number-words.js';
import { UNIT_ADJECTIVES } from '../lexicon/period-words.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so that "a few" is tried before "a". */
const alternation = (words: Iterable<string>) =>
  `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|').replace(/ /g, '\\s+')})`;

/**
 * Abbreviations take an optional full stop, and a required one when they are also ordinary words
 * ("Sun", "Jan"), unless what follows shows the date (`dated`): a day after a month ("Jul 18"), a
 * month and its day after a weekday ("Fri, Jul 18").
 */
function calendarNames(table: Record<string, number>, dated: string): string {
  const parts = Object.keys(table).map((k) =>
    !isAbbreviation(table, k) ? escape(k) : AMBIGUOUS_ABBREVIATIONS.has(k) ? `${escape(k)}(?:\\.|(?=${dated}))` : `${escape(k)}\\.?`);
  return `(?:${parts.sort((a, b) => b.length - a.length).join('|')})`;
}
/** A month's short name and a day after it: what dates a weekday's abbreviation without a full stop. */
const MONTH_AND_DAY = `,? (?:${Object.keys(MONTHS).filter((k) => k.length >= 3).map(escape).join('|')})\\.? \\d`;

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
// At most three multipliers ("nine hundred ninety thousand four hundred"): unbounded, a run of number words
// was read to its end from each of its words, which grew with the square of the run's length.
const SMALL_NUMBER = `(?:(?:${TENS.join('|')})(?:[- ](?:${UNITS_DIGITS.join('|')}))?|${[...TEENS, ...UNITS_DIGITS, 'zero', 'dozen'].join('|')})`;
const NUM = `(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:[ -]1/2|½)?|${SMALL_NUMBER}(?:[- ](?:hundred|thousand)(?:(?:[- ]|\\s+and\\s+)${SMALL_NUMBER})?){0,3}|hundreds|thousands)`;

const SLOTS: Record<string, string> = {
  MONTH: calendarNames(MONTHS, '[ -]\\d'),
  WEEKDAY: calendarNames(WEEKDAYS, MONTH_AND_DAY),
  DAYNUM: '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?',
  DAYORD: ordinalWords,
  ORDWORD: ordinalWords,
  // (from 1000 to 2199: a bare year before 1600 or after 2100 is taken only after a preposition of time, recognize.ts's
  // yearInContext)
  YEARDIGITS: '(?:1\\d|2[01])\\d\\d',
  YEARWORDS: `(?:(?:eighteen|nineteen|twenty)(?:[- ]hundred(?: and)?)?[- ](?:${twoDigitWords})|two thousand(?:(?: and)? (?:${UNITS_DIGITS.join('|')}|${TEENS.join('|')}))?)`,
  // (with a year after its dash too, "the first quarter of 2025-26": the year it opens in, frame.ts's parseYear)
  YEAR: `(?:(?:1\\d|2[01])\\d\\d(?:[-–/](?:(?:1\\d|20)\\d\\d|\\d\\d)(?![-–/]?\\d))?|'\\d\\d|(?:eighteen|nineteen|twenty)[- ](?:${twoDigitWords})|two thousand(?:(?: and)? (?:${UNITS_DIGITS.join('|')}|${TEENS.join('|')}))?)`,
  // An era after a year or century ("246 BC", "79 AD", "the third century BCE"); capitals only, the rules' contexts check.
  ERA: `${alternation(ERAS)}(?![\\w-])`,
  DECADEWORD: alternation(Object.keys(DECADE_WORDS)),
  SEASON: alternation(Object.keys(SEASONS)),
  REL: alternation(Object.keys(RELATIVE_SHIFTS)),
  CALUNIT: '(?:year|yr|month|week|weekend|quarter|qtr|decade|century|day)',
  // "fiscal", and "financial" where a period follows (British, Australian and Indian copy's "the financial year").
  FISCAL: '(?:fiscal|financial(?=[- ](?:years?|quarters?|half|halves|period)\\b))',
  QORD: '(?:first|second|third|fourth)',
  NUM,
  HOURWORD: alternation(numberWords((n) => n >= 1 && n <= 12)),
  MINUTEWORD: `(?:${twoDigitWords})`,
  // ("67 million years ago", "4.6 billion years": geology's and astronomy's spans, of a unit in the plural; "C$1.15
  // billion second quarter surplus" is money and a quarter)
  AMOUNT: `(?:${alternation(VAGUE_AMOUNTS)}|an? (?:hundred|thousand|dozen|half)|${NUM}(?: (?:million|billion)(?= [a-z]+s\\b))?|an?)`,
  UNITADJ: alternation(UNIT_ADJECTIVES),
  UNIT: alternation(Object.keys(UNITS)),
  PLURALUNIT: alternation(Object.keys(UNITS).filter((u) => u.endsWith('s') && u.length >= 4)),
  DURREL: alternation(DURATION_RELATIONS),
  PARTS: '(?:mornings|afternoons|evenings|nights)',
  MODALFUTURE: `(?<=\\b(?:${MODALS_BEFORE_FUTURE.join('|')}) )${alternation(Object.keys(MODAL_FUTURE))}`,
  // Before a relation word: not "last" the verb ("the talks will last three days"), nor after a plural subject
  // ("the contracts last five years"; not after a possessive, "-ous" or "-ss" word: "its", "the tumultuous last").
  NOTVERBLAST: `(?!(?<=\\b(?:${LAST_AS_VERB_AFTER.join('|')}) )last )(?!(?<=\\b(?!(?:${NOT_PLURALS_IN_S.join('|')}) )[a-z]{2,}[^s'’]s(?<!ous) )last )`,
  OPENEND: alternation(Object.keys(OPEN_END_MODS)),
  PART: alternation(Object.keys(DAY_PARTS).filter((p) => !STANDALONE_DAY_PARTS.has(p))),
  VAGUE: alternation(Object.keys(VAGUE_REFERENCES)),
  VAGUELENGTH: alternation(Object.keys(VAGUE_LENGTHS)),
  VAGUENOMINAL: alternation(Object.keys(VAGUE_NOMINALS)),
  VAGUEOTHER: alternation(Object.keys(VAGUE_NOT_RECOGNIZED)),
  SETADV: alternation(Object.keys(SET_ADVERBS)),
  QUALIFIER: alternation(SPAN_QUALIFIERS),
  TZ: `(?:${alternation(TIME_ZONES)}|${alternation(BARE_TIME_ZONES)}(?=\\s*[.,;:)]|\\s+(?:on|and|or|to|until|till|through|when|with|in|at|from)\\b|\\s*$))`,
  HOLIDAY: alternation(Object.keys(HOLIDAYS)).replace(/'/g, "['’]"),
};

function slot(name: string): string {
  const filled = SLOTS[name];
  if (filled === undefined) throw new Error(`timex rule uses an unknown slot {${name}}`);
  return filled;
}

/** Fills each {SLOT}, as a group of its own: a slot is one unit wherever it stands, as the trigger index reads it. */
function expand(pattern: string): string {
  return pattern.replace(/\{([A-Z]+)\}/g, (_, name: string) => `(?:${slot(name)})`);
}

// A match may not start inside a word, a number or an amount ("$1988", "H.Res.752", "5/1988"),
// nor end inside one ("1988-89", "1,988", "1988%", "1988/89"); a plural's possessive ends it ("three days' rest"), and
// so does a dash typed as two hyphens ("Mar. 20, 2019--The"), and a slash after a word ("8 p.m. ET/5 p.m. PT").
const BEFORE = "(?<![\\w'$£€#@.,]|\\d/)";
const AFTER = "(?![\\w%]|(?<=\\d)/|-(?!-)|'(?!s\\b)(?!(?<=s')\\s)|[.,]\\d)";

/** Every field of a rule, undefined where the table leaves it out. */
type Complete<T> = { [K in keyof Required<T>]: T[K] };
interface CompiledRule extends Complete<TimexRule> { re: RegExp; withOffsets: RegExp | undefined; }
// Each rule is tried only where it can start ("y"). A rule that splits needs the offsets of its groups
// ("d"), which V8 computes on a slower path for every try: it is tried without them, and only a match
// is read again with them (`withOffsets`).
// Every compiled rule has all the fields, in one order: one shape, so that the code that reads a match's
// rule (here, in recognize and in the frame) sees one kind of object and is not deoptimised ("wrong map")
// by the next rule that leaves out another field.
// Exported for the test that checks the trigger index against a scan of the text by each rule.
export const COMPILED: readonly CompiledRule[] = RULES.map((r) => {
  const source = `${BEFORE}(?:${expand(r.pattern)})${AFTER}`;
  return {
    id: r.id, pattern: r.pattern, confidence: r.confidence, priority: r.priority, amount: r.amount, says: r.says, anaphoric: r.anaphoric,
    split: r.split, after: r.after, article: r.article, unless: r.unless?.map(completeUnless),
    re: new RegExp(source, 'yi'), withOffsets: r.split ? new RegExp(source, 'yid') : undefined,
  };
});
/** A rule's context with all the fields, in one order: recognize's check reads a dozen of them from each, at one shape, not some hundred. */
function completeUnless(u: Unless): Complete<Unless> {
  return {
    groups: u.groups, text: u.text, textBefore: u.textBefore, textBeforeNot: u.textBeforeNot, textAfter: u.textAfter, textAfterNot: u.textAfterNot,
    wordBefore: u.wordBefore, wordBeforeNot: u.wordBeforeNot, wordAfter: u.wordAfter, wordAfterNot: u.wordAfterNot,
    pos: u.pos, posBefore: u.posBefore, posAfter: u.posAfter, sentence: u.sentence, sentenceInitial: u.sentenceInitial,
    article: u.article, titleCase: u.titleCase,
  };
}
// Exported for the test that checks their trigger index against trying each of them.
export const EXTENSIONS = LEFT_EXTENSIONS.map((e) => ({ id: e.id, re: new RegExp(`(?<![\\w-])(?:${expand(e.pattern)})$`, 'i') }));

/** A character as the i flag compares it (ECMAScript's Canonicalize without the u flag). */
function canonical(ch: string): string {
  const upper = ch.toUpperCase();
  if (upper.length !== 1 || (ch.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128)) return ch;
  return upper;
}

/**
 * A character as the trigger index reads it: canonical, any digit as "0" (digits rarely tell rules
 * apart, and would multiply the prefixes), and any white space as " " (so that a rule's `\s`, as the
 * word tables write a space, is one character and not any: "a\s+while" starts "A WHI", not "A????").
 */
const folded = (ch: string) => (ch >= '0' && ch <= '9' ? '0' : WHITE_SPACE.test(ch) ? ' ' : canonical(ch));
const WHITE_SPACE = /^\s$/;

/** How many characters of a match the trigger index reads: "THE F", "THIS " and "THREE" tell "the first", "this" and "three" apart. */
const TRIGGER_LENGTH = 5;
/** In a prefix: any character (or none, past the end of a short match). */
const ANY = '\uffff';
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', 0: '\0' };

/** A pattern read as a tree, enough to tell what its matches start with. */
type Node =
  | { kind: 'text'; text: string } // a run of plain characters: "september"
  | { kind: 'chars'; chars: string[] | null } // null: any character
  | { kind: 'none' } // takes no character: a lookaround, an anchor, a boundary
  | { kind: 'sequence'; items: Node[] }
  | { kind: 'alternatives'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

/** Characters with a meaning of their own in a pattern; the others stand for themselves. */
const SPECIAL = new Set('\\()[]{}|.^$?*+');
const QUANTIFIERS = new Set('?*+{');

/** Each slot read once, for all the rules that use it. */
const SLOT_TREES = new Map<string, Node>();
const slotTree = (name: string) => SLOT_TREES.get(name) ?? SLOT_TREES.set(name, parse(slot(name))).get(name)!;

/** Parses a rule's pattern, its {SLOTS} as the groups `expand` makes of them, in the syntax the rule table uses (no back-references). */
function parse(source: string): Node {
  let at = 0;
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => String.fromCharCode(from + k));
  /** After a backslash: the one character it stands for, the characters of a class escape (null: any), or undefined for a boundary. */
  function escaped(inClass: boolean): string | string[] | null | undefined {
    const c = source[at++];
    if (c === 'd') return range(48, 57);
    if (c === 'b') return inClass ? '\b' : undefined;
    if (c === 'B') return undefined;
    if (c === 's') return [' '];
    if (/[wWSD]/.test(c)) return null;
    if (c === 'u' || c === 'x') {
      const hex = source.slice(at, at + (c === 'u' ? 4 : 2));
      at += hex.length;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (/[1-9k]/.test(c)) throw new Error(`timex rule: a back-reference cannot be indexed: ${source}`);
    return CONTROL_ESCAPES[c] ?? c;
  }
  /** The characters of a class; null when it is negated or holds any character. */
  function charClass(): string[] | null {
    if (source[at] === '^') { at = source.indexOf(']', at + 2) + 1; return null; }
    let chars: string[] | null = [];
    while (source[at] !== ']') {
      const from = source[at++] === '\\' ? escaped(true) : source[at - 1];
      if (typeof from !== 'string') { chars = from === undefined || !chars ? chars : from && [...chars, ...from]; continue; }
      if (source[at] === '-' && source[at + 1] !== ']') {
        at++;
        const to = source[at++] === '\\' ? escaped(true) : source[at - 1];
        if (typeof to !== 'string') throw new Error(`timex rule: a range must end in a character: ${source}`);
        chars = chars && [...chars, ...range(from.charCodeAt(0), to.charCodeAt(0))];
      } else chars = chars && [...chars, from];
    }
    at++;
    return chars;
  }
  function atom(): Node {
    const c = source[at++];
    if (c === '(') {
      const look = /^\?(?:[=!]|<[=!])/.exec(source.slice(at, at + 3));
      if (look) at += look[0].length;
      else if (source.startsWith('?:', at)) at += 2;
      else if (source.startsWith('?<', at)) at = source.indexOf('>', at) + 1;
      const inner = alternatives();
      at++;
      return look ? { kind: 'none' } : inner;
    }
    const name = c === '{' ? /^([A-Z]+)\}/.exec(source.slice(at, at + 20)) : null;
    if (name) {
      at += name[0].length;
      return slotTree(name[1]);
    }
    if (c === '[') return { kind: 'chars', chars: charClass() };
    if (c === '.') return { kind: 'chars', chars: null };
    if (c === '^' || c === '$') return { kind: 'none' };
    if (c === '\\') {
      const e = escaped(false);
      return e === undefined ? { kind: 'none' } : { kind: 'chars', chars: typeof e === 'string' ? [e] : e };
    }
    // a run of plain characters, but for the last when a quantifier takes it ("days?")
    let end = at;
    while (end < source.length && !SPECIAL.has(source[end])) end++;
    if (end > at && QUANTIFIERS.has(source[end])) end--;
    const text = source.slice(at - 1, end);
    at = end;
    return { kind: 'text', text };
  }
  function quantified(): Node {
    const node = atom();
    const q = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(at, at + 12));
    if (!q) return node;
    at += q[0].length;
    const min = q[1] === '+' ? 1 : q[1] ? 0 : Number(q[2]);
    const max = q[1] === '?' ? 1 : q[1] || (q[3] && !q[4]) ? Infinity : Number(q[4] || q[2]);
    return { kind: 'repeat', node, min, max };
  }
  function sequence(): Node {
    const items: Node[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') items.push(quantified());
    return { kind: 'sequence', items };
  }
  function alternatives(): Node {
    const options = [sequence()];
    while (source[at] === '|') {
      at++;
      options.push(sequence());
    }
    return { kind: 'alternatives', options };
  }
  return alternatives();
}

/** What each node starts with: a slot is worked out once for all the rules that use it. */
const PREFIXES = new Map<Node, Set<string>>();

/**
 * The first TRIGGER_LENGTH characters (folded, or ANY) a match of `node` can start with, fewer when the
 * match is shorter: HeidelTime and Duckling index their rules by trigger words in the same spirit.
 */
function prefixes(node: Node): Set<string> {
  let result = PREFIXES.get(node);
  if (result) return result;
  if (node.kind === 'text') result = new Set([[...node.text.slice(0, TRIGGER_LENGTH)].map(folded).join('')]);
  else if (node.kind === 'chars') result = new Set(node.chars ? node.chars.map(folded) : [ANY]);
  else if (node.kind === 'none') result = new Set(['']);
  else if (node.kind === 'alternatives') {
    result = new Set();
    for (const option of node.options) for (const x of prefixes(option)) result.add(x);
  } else if (node.kind === 'sequence') {
    result = new Set(['']);
    for (const item of node.items) {
      if (complete(result)) break;
      result = followedBy(result, item);
    }
  } else {
    // past min copies, TRIGGER_LENGTH more add nothing new: each copy that is not empty adds a character
    result = new Set();
    let copies = new Set(['']);
    for (let n = 0; n <= Math.min(node.max, node.min + TRIGGER_LENGTH); n++) {
      const done = complete(copies);
      if (n >= node.min || done) for (const x of copies) result.add(x);
      if (done) break;
      copies = followedBy(copies, node.node);
    }
  }
  PREFIXES.set(node, result);
  return result;
}

/** Whether every prefix has its full length, so that what follows changes none. */
function complete(heads: Set<string>): boolean {
  for (const x of heads) if (x.length < TRIGGER_LENGTH) return false;
  return true;
}

/** Each of `heads` followed by what `next` starts with, cut at TRIGGER_LENGTH characters. */
function followedBy(heads: Set<string>, next: Node): Set<string> {
  const out = new Set<string>();
  for (const x of heads) {
    if (x.length >= TRIGGER_LENGTH) out.add(x);
    else for (const y of prefixes(next)) out.add((x + y).slice(0, TRIGGER_LENGTH));
  }
  return out;
}

/**
 * The rules that can match at a position, told by the (canonical) characters there: a text is read
 * once, and each rule tried only where its match could start, not scanned over the whole text.
 */
class TriggerIndex {
  /** Each character that some rule's prefix holds, by number; any other is 0, as are ANY and the end of the text. */
  private readonly symbols = new Map<string, number>([[ANY, 0]]);
  private readonly ascii: Int32Array;
  /** Reading no character yet; every state is the set of trie nodes the characters read so far reach. */
  private readonly start: State;
  /** No prefix fits: no rule can match here. */
  private readonly dead: State = { nodes: [], next: [], rules: [] };
  /** The states made so far by their nodes: a bounded number, as the trie is the rule table's. */
  private readonly states = new Map<string, State>();

  constructor(prefixes: Set<string>[]) {
    for (const set of prefixes) for (const p of set) for (const ch of p) if (!this.symbols.has(ch)) this.symbols.set(ch, this.symbols.size);
    this.ascii = Int32Array.from({ length: 128 }, (_, code) => this.symbols.get(folded(String.fromCharCode(code))) ?? 0);
    let ids = 0;
    const node = (): TrieNode => ({ id: ids++, children: new Map(), rules: new Set() });
    const root = node();
    prefixes.forEach((set, rule) => {
      for (const p of set) {
        if (p === '') continue; // an empty match is never kept
        let at = root;
        for (const ch of p.padEnd(TRIGGER_LENGTH, ANY)) {
          const symbol = this.symbols.get(ch)!;
          if (!at.children.has(symbol)) at.children.set(symbol, node());
          at = at.children.get(symbol)!;
        }
        at.rules.add(rule);
      }
    });
    this.start = this.state([root], 0);
    this.dead.next = new Array(this.symbols.size).fill(this.dead);
  }

  private symbolAt(text: string, at: number): number {
    if (at >= text.length) return 0;
    const code = text.charCodeAt(at);
    return code < 128 ? this.ascii[code] : this.symbols.get(folded(text[at])) ?? 0;
  }

  /** The rules that may match at `at`, in rule order: a rule whose prefix fits, each character the text's or ANY. */
  rulesAt(text: string, at: number): readonly number[] {
    let state = this.start;
    for (let k = 0; k < TRIGGER_LENGTH && state !== this.dead; k++) {
      const symbol = this.symbolAt(text, at + k);
      state = state.next[symbol] ?? this.step(state, symbol, k + 1);
    }
    return state.rules;
  }

  /** The state after reading `symbol`, worked out once: the children by that symbol and by ANY. */
  private step(from: State, symbol: number, depth: number): State {
    const nodes = new Set<TrieNode>();
    for (const n of from.nodes) {
      const exact = n.children.get(symbol);
      if (exact) nodes.add(exact);
      const any = n.children.get(0);
      if (any) nodes.add(any);
    }
    return (from.next[symbol] = nodes.size ? this.state([...nodes], depth) : this.dead);
  }

  private state(nodes: TrieNode[], depth: number): State {
    const key = nodes.map((n) => n.id).sort((a, b) => a - b).join(' ');
    let state = this.states.get(key);
    if (!state) {
      const rules = depth === TRIGGER_LENGTH ? [...new Set(nodes.flatMap((n) => [...n.rules]))].sort((a, b) => a - b) : [];
      state = { nodes, next: new Array(this.symbols.size), rules };
      this.states.set(key, state);
    }
    return state;
  }
}

/** A node of the trie of prefixes: its children by symbol (0: ANY), and at full depth the rules of the prefix. */
interface TrieNode { id: number; children: Map<number, TrieNode>; rules: Set<number>; }
interface State { nodes: TrieNode[]; next: (State | undefined)[]; rules: readonly number[]; }

// BEFORE and AFTER take no character: a rule's match starts as its pattern does
const TRIGGERS = new TriggerIndex(RULES.map((rule) => prefixes(parse(rule.pattern))));

/** A pattern's tree read backwards: what its matches end with is what the reversed tree starts with. */
function reversed(node: Node): Node {
  if (node.kind === 'text') return { kind: 'text', text: [...node.text].reverse().join('') };
  if (node.kind === 'sequence') return { kind: 'sequence', items: node.items.map(reversed).reverse() };
  if (node.kind === 'alternatives') return { kind: 'alternatives', options: node.options.map(reversed) };
  if (node.kind === 'repeat') return { ...node, node: reversed(node.node) };
  return node;
}

/**
 * The left extensions by the last characters of their matches, read backwards: a match ends where
 * the expression starts, so the few characters before it tell which extensions can match at all,
 * and most expressions (no "the", no qualifier before them) try none of their regexes, each of
 * which would try every position of the sixty characters before.
 */
const EXTENSION_TRIGGERS = new TriggerIndex(LEFT_EXTENSIONS.map((e) => prefixes(reversed(parse(e.pattern)))));
/**
 * A character before which no match starts (BEFORE): a word character, an apostrophe, a sign or a separator (a slash only
 * after a figure, which BEFORE tells).
 */
const NO_START_AFTER = new Set([..."'$£€#@.,_"].map((c) => c.charCodeAt(0)));
/** NO_START_AFTER and the ASCII word characters as a table by character code (the loop reads it at every character of a text). */
const ASCII_NO_START_AFTER = Uint8Array.from({ length: 128 }, (_, code) => Number((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || NO_START_AFTER.has(code)));
const startsNothingAfter = (code: number) => (code < 128 ? ASCII_NO_START_AFTER[code] === 1 : NO_START_AFTER.has(code));

export interface RuleMatch {
  rule: CompiledRule;
  start: number;
  end: number;
  groups: Record<string, string>;
}

/** Each rule's named groups, in order, filled in at its first match. */
const GROUP_NAMES: (string[] | undefined)[] = COMPILED.map(() => undefined);

/** All non-overlapping rule matches in `text`, longest first, then by rule priority. */
export function findMatches(text: string, accept: (m: RuleMatch) => boolean = () => true): RuleMatch[] {
  // Each rule's matches, in text order, as a global scan of that rule alone would find them: a rule
  // resumes after the end of its last match.
  // (made for the few rules that match: most of some hundred rules match nothing in an article)
  const byRule: (RuleMatch[] | undefined)[] = new Array(COMPILED.length);
  const resume = new Array<number>(COMPILED.length).fill(0);
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && startsNothingAfter(text.charCodeAt(at - 1))) continue;
    for (const r of TRIGGERS.rulesAt(text, at)) {
      if (at < resume[r]) continue;
      const rule = COMPILED[r];
      rule.re.lastIndex = at;
      const m = rule.re.exec(text);
      if (!m || m[0].length === 0) continue;
      resume[r] = at + m[0].length;
      // Without a prototype: the frame reads some hundred groups of each match, most of them absent, and an
      // absent one is then a miss in this object alone, not in Object.prototype too.
      const groups: Record<string, string> = Object.create(null);
      const named = m.groups;
      // each rule's group names listed once (in the pattern's order, as Object.entries gives them), not a hundred pairs a match
      if (named) for (const k of (GROUP_NAMES[r] ??= Object.keys(named))) if (named[k] !== undefined) groups[k] = named[k];
      const match = { rule, start: at, end: at + m[0].length, groups };
      if (!accept(match)) continue;
      (byRule[r] ??= []).push(...(rule.split ? split(match, rule.split, offsetsAt(rule.withOffsets!, text, at)) : [match]));
    }
  }
  // (one loop, not byRule.flat(): V8's flat is generic and slow for an array of some hundred arrays)
  const all: RuleMatch[] = [];
  for (const list of byRule) if (list) for (const m of list) all.push(m);
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || (b.rule.priority ?? 0) - (a.rule.priority ?? 0) || a.start - b.start);
  // Which characters a kept match covers, so that each check costs the match's length, not the number kept.
  const covered = coveredFor(text.length);
  const taken: RuleMatch[] = [];
  for (const m of all) {
    if (anyCovered(covered, m.start, m.end)) continue;
    covered.fill(1, m.start, m.end);
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** One array for the covered characters of every text, cleared for each (a text's own array was a new buffer outside the heap each time). */
let COVERED = new Uint8Array(0);

function coveredFor(length: number): Uint8Array {
  if (COVERED.length < length) COVERED = new Uint8Array(length);
  else COVERED.fill(0, 0, length);
  return COVERED;
}

function anyCovered(covered: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (covered[k]) return true;
  return false;
}

/** The offsets of the groups of the match of `re` at `at`. */
function offsetsAt(re: RegExp, text: string, at: number): Record<string, [number, number] | undefined> {
  re.lastIndex = at;
  return re.exec(text)?.indices?.groups ?? {};
}

/**
 * "May 3 and 4, 2019" → "May 3" and "4, 2019": the first ends with group `first`, the second
 * starts at group `second`. The second reads each group named with a "2" ("day2", "month2") as
 * the group without it, and shares the groups that have no such twin (month, year); the first
 * leaves the twins out, but for the second's month, as `closingmonth`: a year both share is the
 * second's, and the first's a year before where its month comes later ("Dec. 28 to Jan. 3, 2025").
 */
function split(m: RuleMatch, [first, second]: [string, string], at: Record<string, [number, number] | undefined>): RuleMatch[] {
  const a = at[first];
  const b = at[second];
  if (!a || !b) return [m];
  const own: Record<string, string> = Object.create(null);
  const twins: Record<string, string> = Object.create(null);
  for (const [k, v] of Object.entries(m.groups)) {
    if (k.endsWith('2')) twins[k.slice(0, -1)] = v;
    else own[k] = v;
  }
  return [
    { ...m, end: a[1], groups: twins.month ? Object.assign(Object.create(null), own, { closingmonth: twins.month }) : own },
    { ...m, start: b[0], groups: Object.assign(Object.create(null), own, twins) },
  ];
}

export interface Extension { id: string; start: number; groups: Record<string, string>; }

/** The words just before `start` that one of the left extensions takes in, or null. */
export function leftExtension(text: string, start: number, allowed: (id: string) => boolean): Extension | null {
  const before = text.slice(Math.max(0, start - 60), start);
  let backwards = '';
  for (let k = 1; k <= TRIGGER_LENGTH && k <= before.length; k++) backwards += before[before.length - k];
  for (const x of EXTENSION_TRIGGERS.rulesAt(backwards, 0)) {
    const e = EXTENSIONS[x];
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
