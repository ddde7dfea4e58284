// Sports results and standings: on a line made only of names and scores ("Detroit 3 Boston 2",
// "TORONTO 12 9 3 55 48 27", "Birmingham v Barnsley"), a place's name is its team, an ORG. A name in
// brackets stays what it is ("3. Rose Wanjala (Kenya) 15:05.41" names her country), so does a venue
// before a colon ("Hove: Sussex 363"), and a nation stays a GPE: the guideline types a national side by its
// country, unless the clubs around it say it is a club ("Monaco 2 Rennes 1"). A dateline ("LONDON 1996-08-30") has no scores.
// The sides themselves are found too, where the model saw no name at all: the words before a score
// on a line of two sides or a standings row, and those after "v" on any line ("May 15 v Glamorgan or
// Kent (three days)"), and one word the model read as a person after "v" is a side too. On a schedule (two or more lines of "KANSAS CITY AT DETROIT") the visitors
// before "AT" are a team; the hosts after it name where the game is played, a place.
// The words (versus, particles, "at") are data (lexicon/results-lines.json).
import type { Candidate, Span, Token } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { isCalendarWord, MONTHS } from '../lexicon/calendar.js';
import type { RegistryIndex } from '../registry/alias-index.js';
import words from './lexicon/results-lines.json' with { type: 'json' };
import type { LowerCaseWords } from './lower-case.js';
import { Containers } from './containers.js';
import { startsDigit, startsLower, startsUpper } from './first-letter.js';
import type { Line, Lines } from './lines.js';
import { isNation } from './nations.js';
import { mapEach, pushAll } from './map-many.js';
import { candidate } from './candidates.js';

/** A score or a table figure: up to three digits ("3", "55"), or a result ("2-1"). */
const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
const VERSUS: ReadonlySet<string> = new Set(words.versus);
const ALTERNATIVES: ReadonlySet<string> = new Set(words.alternatives);
const PARTICLES: ReadonlySet<string> = new Set(words.particles);
const AWAY_AT: ReadonlySet<string> = new Set(words.awayAt);
/** Words a results line may hold besides names and scores. */
const FIXTURE_WORDS: ReadonlySet<string> = new Set([...VERSUS, ...ALTERNATIVES]);
/** Most tokens are longer than every fixture word, and need no lookup. */
const LONGEST_FIXTURE_WORD = Math.max(...[...FIXTURE_WORDS].map((w) => w.length));

/** Whether a token holds an ASCII digit (what /\d/ answers), by its codes: every token of every line is asked. */
export function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether a token holds a small letter (what /\p{Ll}/u answers), by its codes while they are ASCII. */
export function hasLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return /\p{Ll}/u.test(word);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** What a token is on a results line, as bits: a score; else a fixture word (maybe "v"); else a name's word; else a word of prose. */
const SCORE_TOKEN = 1, FIXTURE_WORD = 2, VERSUS_WORD = 4, NAME_WORD = 8, PROSE_WORD = 16;
/** Not a score but holding a figure: an amount, a decimal, a date. */
const OTHER_FIGURE = 32;
/** A token's kind. Every token of a line up to its first word of prose is asked, most of them once in an article. */
function kindOf(t: string): number {
  const score = startsDigit(t) && SCORE.test(t);
  let kind = 0;
  if (score) kind = SCORE_TOKEN;
  else if (t.length <= LONGEST_FIXTURE_WORD && FIXTURE_WORDS.has(t)) kind = FIXTURE_WORD | (VERSUS.has(t) ? VERSUS_WORD : 0);
  else if (startsUpper(t)) kind = NAME_WORD;
  else if ((startsLower(t) || hasLower(t)) && !PARTICLES.has(t)) kind = PROSE_WORD;
  return !score && hasDigit(t) ? kind | OTHER_FIGURE : kind;
}

/** Past a line's first word of prose only a versus word counts: the line holds no results, but a side may follow "v". */
const LONGEST_VERSUS_WORD = Math.max(...[...VERSUS].map((w) => w.length));
const isVersus = (t: string) => t.length <= LONGEST_VERSUS_WORD && VERSUS.has(t);

/** A side's qualifier in brackets, part of its name ("Mladost (L)"). */
const QUALIFIER = /^\p{Lu}{1,3}$/u;
/** Figures a standings row holds at least (played, won, drawn, lost, for, against, points). */
const STANDINGS_FIGURES = 5;
/** Below this, the model's PERSON on a side's place is a guess (a county side read as a surname). */
const UNSURE_PERSON = 0.5;
/** How sure a side found by its place on the line is. */
const SIDE_CONFIDENCE = 0.8;

interface ResultsLine extends Line {
  /** Names and scores only. */
  results: boolean;
  /** Every figure on it is a score: no amounts or decimals, so not a table of accounts. */
  scoresOnly: boolean;
  /** How many scores it holds before its first word of prose (a line with one is no results line). */
  scores: number;
  /** It holds a "v" or "vs": a side may follow one on any line. */
  versus: boolean;
  /** The token of "AT" between the visitors and the hosts' place on a line of a schedule ("KANSAS CITY AT DETROIT"), or -1. */
  awayAt: number;
}

function resultsLines(textLines: Lines, tokens: readonly Token[]): ResultsLine[] {
  const lines: ResultsLine[] = mapEach(textLines.all, (line) => {
    let scores = 0, names = 0, versus = false, prose = false, scoresOnly = true;
    let k = line.first;
    for (; k < line.last && !prose; k++) {
      const kind = kindOf(tokens[k].text);
      if (kind & SCORE_TOKEN) scores++;
      else if (kind & FIXTURE_WORD) versus ||= (kind & VERSUS_WORD) !== 0;
      else if (kind & NAME_WORD) names++;
      else if (kind & PROSE_WORD) prose = true;
      if (kind & OTHER_FIGURE) scoresOnly = false;
    }
    // A line of prose is no results line, and no schedule's (awayAtOf reads its tokens): only a "v" on it still counts.
    for (; k < line.last && !versus; k++) versus = isVersus(tokens[k].text);
    const results = !prose && names > 0 && (scores >= 2 || (versus && names >= 2));
    return { start: line.start, end: line.end, first: line.first, last: line.last, results, scoresOnly, scores, versus, awayAt: -1 };
  });
  // A schedule's line is one only beside another: an "at" between two names alone is as often a headline.
  const at = mapEach(lines, (line) => awayAtOf(line, tokens));
  // The first and last lines have one neighbour: no read past the array's ends (V8 deoptimises one).
  at.forEach((k, l) => {
    if (k >= 0 && ((l > 0 && at[l - 1] >= 0) || (l + 1 < at.length && at[l + 1] >= 0))) lines[l].awayAt = k;
  });
  return lines;
}

/** The token of the "AT" on a line of nothing but a side, "AT" and a side, or -1. */
function awayAtOf(line: ResultsLine, tokens: readonly Token[]): number {
  if (line.scores || line.last - line.first < 3 || !startsUpper(tokens[line.first].text) || !startsUpper(tokens[line.last - 1].text)) return -1;
  let at = -1;
  for (let k = line.first; k < line.last; k++) {
    const t = tokens[k].text;
    if (AWAY_AT.has(t)) {
      if (at >= 0) return -1;
      at = k;
    } else if (!startsUpper(t) && !PARTICLES.has(t) && t !== '.' && t !== '-' && t !== '&') return -1;
  }
  return at > line.first && at < line.last - 1 ? at : -1;
}

/** A word that can be part of a side's name once one has begun ("Heriot" "'s" "F.P.", "Jed" "-" "Forest"). */
function continues(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k].text;
  if (startsUpper(t) && !FIXTURE_WORDS.has(t)) return true;
  if (t === "'s" || t === '’s') return true;
  // A particle or joiner only between two name words, a hyphen only within a word ("Jed-Forest", not "CRICKET - ENGLAND").
  if (t === '-' && (tokens[k].start > tokens[k - 1].end || tokens[k + 1]?.start > tokens[k].end)) return false;
  return (PARTICLES.has(t) || t === '-' || t === '&') && k + 1 < end && startsUpper(tokens[k + 1].text);
}

/** A score on its own, not the first piece of a date or a code ("02.SEP.96"). */
function standsAlone(tokens: readonly Token[], k: number, end: number): boolean {
  return k + 1 >= end || tokens[k + 1].start > tokens[k].end;
}

/**
 * The sides named on a line: token ranges [from, to). A side is known by a score after it only on a
 * line of two sides ("Harlequins 75 Gloucester 19") or a standings row (a side and at least
 * STANDINGS_FIGURES figures); a line of one name and a few figures is as often a table of accounts.
 */
function sidesOf(line: ResultsLine, tokens: readonly Token[]): [number, number][] {
  // The hosts after "AT" name where the game is played, a place ("AT DETROIT"); the visitors are a team.
  if (line.awayAt >= 0) return [[line.first, line.awayAt]];
  const sides: [number, number][] = [];
  const scored: [number, number][] = [];
  const end = line.last;
  /** The next name follows "v" (or "or" after a side that did: "v Sussex or Surrey"). */
  let afterVersus = false;
  let versusSide = false;
  for (let k = line.first; k < end; ) {
    const t = tokens[k].text;
    if (!startsUpper(t) || FIXTURE_WORDS.has(t)) {
      afterVersus = VERSUS.has(t) || (versusSide && ALTERNATIVES.has(t));
      versusSide = false;
      k++;
      continue;
    }
    let to = k + 1;
    while (to < end && continues(tokens, to, end)) to++;
    if (to + 2 < end && tokens[to].text === '(' && QUALIFIER.test(tokens[to + 1].text) && tokens[to + 2].text === ')') to += 3;
    const next = to < end ? tokens[to].text : '';
    const bracketed = k > line.first && tokens[k - 1].text === '(';
    if (!bracketed && next !== ':') {
      if (afterVersus || VERSUS.has(next)) sides.push([k, to]);
      else if (line.results && line.scoresOnly && SCORE.test(next) && standsAlone(tokens, to, end)) scored.push([k, to]);
    }
    versusSide = afterVersus;
    afterVersus = false;
    k = to;
  }
  if (scored.length >= 2 || (scored.length === 1 && line.scores >= STANDINGS_FIGURES)) pushAll(sides, scored);
  return sides.sort((a, b) => a[0] - b[0]);
}

/** Mentions (sorted by start) with teams on results lines typed ORG, and the sides the model missed added. */
export function teamsOnScoreLines(text: string, tokens: readonly Token[], textLines: Lines, found: Candidate[], registry: RegistryIndex, lower: LowerCaseWords): Candidate[] {
  const mentions = sidesAfterVersus(text, found, registry);
  const lines = resultsLines(textLines, tokens);
  // A line that names a person lists players ("Bowling: Vass 7-0, de Silva 4-0"), not sides.
  const withPeople = new Set<ResultsLine>();
  let l = 0;
  for (const c of mentions) {
    if (c.type !== 'PERSON' || (c.source === 'model' && c.confidence < UNSURE_PERSON)) continue;
    while (lines[l].end < c.start) l++;
    withPeople.add(lines[l]);
  }
  // Sides stand only on a results line, after a "v" or on a schedule: most lines of prose have none, and are not read again.
  const unread = lines.filter((line) => (line.results || line.versus || line.awayAt >= 0) && !withPeople.has(line)).flatMap((line) => sidesOf(line, tokens));
  // A side is no word the article writes in lower case ("Halftime", "Turnover") and no month ("Jul 31").
  const plainWord = (t: Token) => lower.has(t.text) || isCalendarWord(MONTHS, t.text);
  // Arrays this function reads are built by push, not map: V8's map inlined in optimized code makes holey
  // arrays where the interpreter's makes packed ones, and code that met the other kind was compiled again.
  const sides: Span[] = [];
  for (const [from, to] of unread) {
    if (!tokens.slice(from, to).some((t) => startsUpper(t.text) && plainWord(t))) sides.push({ start: tokens[from].start, end: tokens[to - 1].end });
  }
  const clubs = clubLines(text, lines, mentions, sides, registry);
  const retyped = hostsAsPlaces(tokens, lines, placesAsTeams(text, lines.filter((l) => l.results), mentions, registry, clubs));
  if (!sides.length) return retyped;
  const out: Candidate[] = [];
  let m = 0;
  for (const side of sides) {
    while (m < retyped.length && retyped[m].end <= side.start) out.push(retyped[m++]);
    let n = m;
    while (n < retyped.length && retyped[n].start < side.end) n++;
    const inside = retyped.slice(m, n);
    // What was read there stands if it is a number or a date, a longer name, or a person the
    // model is sure of.
    const stands = inside.some((c) => !NAME_LABELS.has(c.type) || c.start < side.start || c.end > side.end
      || (c.type === 'PERSON' && (c.source !== 'model' || c.confidence >= UNSURE_PERSON)));
    if (stands) continue;
    const type = isNation(registry, text.slice(side.start, side.end)) && !clubs.holds(side) ? 'GPE' : 'ORG';
    const same = inside.length === 1 && inside[0].start === side.start && inside[0].end === side.end;
    out.push(same ? { ...inside[0], type } : candidate(side.start, side.end, type, 'rules', SIDE_CONFIDENCE));
    m = n;
  }
  pushAll(out, retyped.slice(m));
  return out;
}

/** A versus word right before a name: "v ", "vs. ". */
const VERSUS_BEFORE = new RegExp(`(?:^|\\s)(?:${words.versus.map((w) => w.replace('.', '\\.')).join('|')}) $`);
const ONE_WORD = /^[^\s]+$/;

/**
 * A name of one word the model read as a person right after "v" is a side: a club, or a nation's team
 * ("June 14-16 v Leicestershire (three days)"). In CoNLL's data a name of one word after "v" is never a
 * person's (players are named in full: "Agassi v Sampras" is written "Andre Agassi v Pete Sampras").
 */
function sidesAfterVersus(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  const side = (m: Candidate): Candidate => {
    if (m.type !== 'PERSON' || m.source !== 'model' || m.start < 2 || text.charCodeAt(m.start - 1) !== 32) return m;
    const name = text.slice(m.start, m.end);
    if (!ONE_WORD.test(name) || !VERSUS_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) return m;
    return { ...m, type: isNation(registry, name) ? 'GPE' : 'ORG' };
  };
  // By push, not map: see teamsOnScoreLines.
  const out: Candidate[] = [];
  for (const m of mentions) out.push(side(m));
  return out;
}

/** The hosts after "AT" on a schedule's line name where the game is played: the model's ORG there is a place. */
function hostsAsPlaces(tokens: readonly Token[], lines: ResultsLine[], mentions: Candidate[]): Candidate[] {
  const hosts = new Set(lines.filter((line) => line.awayAt >= 0).map((line) => `${tokens[line.awayAt + 1].start}:${tokens[line.last - 1].end}`));
  if (!hosts.size) return mentions;
  // By push, not map: see teamsOnScoreLines.
  const out: Candidate[] = [];
  for (const m of mentions) out.push(m.type === 'ORG' && m.source === 'model' && hosts.has(`${m.start}:${m.end}`) ? { ...m, type: 'GPE' } : m);
  return out;
}

/** A place named on a results line, outside brackets and not a venue or a country, is its team. */
function placesAsTeams(text: string, lines: ResultsLine[], mentions: Candidate[], registry: RegistryIndex, clubs: Containers): Candidate[] {
  if (!lines.length) return mentions;
  let l = 0;
  return mapEach(mentions, (m) => {
    while (l < lines.length && lines[l].end < m.start) l++;
    if (l === lines.length || m.start < lines[l].start || !PLACE_LABELS.has(m.type)) return m;
    const before = text.slice(lines[l].start, m.start).trimEnd();
    if (before.endsWith('(') || /^\s*:/.test(text.slice(m.end, lines[l].end)) || (isNation(registry, text.slice(m.start, m.end)) && !clubs.holds(m))) return m;
    return { ...m, type: 'ORG' };
  });
}

/**
 * The results lines of blocks (consecutive results lines) whose sides are mostly no nations: clubs
 * play there, and a nation's name among them is a club's ("Monaco 2 Rennes 1"). In a block of
 * nations' sides, and on a line of two nations ("Russia 2 Iran 1"), the nations stay places.
 */
function clubLines(text: string, lines: ResultsLine[], mentions: Candidate[], sides: Span[], registry: RegistryIndex): Containers {
  // Most articles have no results line: nothing to count.
  if (!lines.some((line) => line.results)) return new Containers([]);
  const nations = new Map<ResultsLine, number>();
  const others = new Map<ResultsLine, number>();
  // The sides on the lines: the places and organizations read there, and the sides found where none was.
  const read = sides.length ? new Containers(mentions.filter((m) => NAME_LABELS.has(m.type))) : undefined;
  const named = [...mentions.filter((m) => PLACE_LABELS.has(m.type) || m.type === 'ORG'), ...sides.filter((s) => !read!.holds(s))]
    .sort((a, b) => a.start - b.start);
  let l = 0;
  for (const m of named) {
    while (l < lines.length && lines[l].end < m.start) l++;
    if (l === lines.length) break;
    const line = lines[l];
    if (!line.results || m.start < line.start || text.slice(line.start, m.start).trimEnd().endsWith('(')) continue;
    const counts = isNation(registry, text.slice(m.start, m.end)) ? nations : others;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const clubs: ResultsLine[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!lines[i].results) { i++; continue; }
    let j = i, n = 0, o = 0;
    for (; j < lines.length && lines[j].results; j++) { n += nations.get(lines[j]) ?? 0; o += others.get(lines[j]) ?? 0; }
    // A line of two nations is their match, whatever plays around it.
    if (o > n) pushAll(clubs, lines.slice(i, j).filter((line) => (nations.get(line) ?? 0) < 2 || others.has(line)));
    i = j;
  }
  return new Containers(clubs);
}
