// All-caps headlines ("SOCCER - ROTOR FANS LOCKED OUT AFTER VOLGOGRAD VIOLENCE.") are the model's own case, so
// headlines.ts leaves them to it; but there the model runs a name into the headline's next word as often as on a
// title-case line ("[ROTOR FANS]", "[VOLGOGRAD VIOLENCE]", "[OWENS RELAY]"). A name of the model's alone, in capitals
// on a line with no small letter, that the article does not name elsewhere, loses the words at its end that the
// article writes in lower case ("fans", "violence"; not at its start: "RUGBY UNION" is a sport's name), when what is
// left is a name the article gives off such lines, whole or by its first or last word ("Rotor Volgograd"): that
// part stays, with the type it has there. Words inside the kept part are never cut ("BANK OF JAPAN"), and a name
// with no such part stays as the model read it. A headline's verb inside the name parts it the same way ("[CLINTON]
// NAMES [ALBRIGHT] FIRST WOMAN"), and so does a past in capitals after a person's name ("[BHUTTO] SACKED"). One word
// in capitals that the article writes in lower case is that word, no name ("LABOUR WORRIES", "RAND SLIPS").
import type { Candidate } from '../document.js';
import { formWrittenInLower, isCapitalPast, isHeadlineWord, TRAILING_MARKS } from './headlines.js';
import type { Lines } from './lines.js';
import type { LowerCaseWords } from './lower-case.js';
import { mapMany } from './map-many.js';

/** The labels whose names hold only names' words (a work's or an event's title may hold any word), and the people's
 * word the model makes of a runner's name in capitals ("GEBRSELASSIE SETS INDOOR WORLD"). */
const NAME_WORD_LABELS: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP']);
const SMALL_LETTER = /\p{Ll}/u;

/** Whether a name in capitals may hold a headline's word: two words or more, the second letter a capital (read first, off the text). */
function capitalsOfSeveralWords(text: string, c: Candidate): boolean {
  const second = text.charCodeAt(c.start + 1);
  if (second < 65 || second > 90) return false;
  const span = text.slice(c.start, c.end);
  return span.includes(' ') && !SMALL_LETTER.test(span);
}

/**
 * "SEOUL SHARES FALL ON LABOUR WORRIES", "RAND SLIPS ON TRADE DATA": one word in capitals on a line with no small letter,
 * that the article writes in lower case and names no other way off such lines, is that common word, whatever a name
 * shares its spelling ("Labour", "RAND"). Four letters or more: a short acronym reads as its name ("US", "WHO"); of three
 * letters, one the article writes as a noun after an article ("CAR BOMB KILLS 18" over "a car bomb"; never "the who").
 */
export function commonWordsInCaps(text: string, lines: Lines, candidates: Candidate[], lower: LowerCaseWords): Candidate[] {
  const judged = (c: Candidate) => NAME_WORD_LABELS.has(c.type) && c.end - c.start >= 3 && ONE_CAPITALS_WORD.test(text.slice(c.start, c.end))
    && lower.has(text.slice(c.start, c.end)) && (c.end - c.start >= 4 || writtenAsNoun(text, text.slice(c.start, c.end)));
  // Most articles hold no such word: nothing to gather.
  if (!candidates.some(judged)) return candidates;
  const capsLine = onCapsLine(text, lines);
  const namedElsewhere = new Set(candidates.filter((c) => !capsLine(c.start)).map((c) => text.slice(c.start, c.end).toLowerCase()));
  return candidates.filter((c) => !(judged(c) && capsLine(c.start) && !namedElsewhere.has(text.slice(c.start, c.end).toLowerCase())));
}
const ONE_CAPITALS_WORD = /^\p{Lu}+$/u;

/** Whether the text writes the word in lower case after "a", "an" or "the". */
function writtenAsNoun(text: string, word: string): boolean {
  return new RegExp(`\\b(?:[Aa]n?|[Tt]he) ${word.toLowerCase()}\\b`).test(text);
}

/** Whether a position lies on a line with no small letter; each line read once (a long line is read once, not once a name). */
function onCapsLine(text: string, lines: Lines): (position: number) => boolean {
  const capsLines = new Map<number, boolean>();
  return (position) => {
    const at = lines.indexAt(position);
    let caps = capsLines.get(at);
    if (caps === undefined) {
      const line = lines.all[at];
      capsLines.set(at, (caps = !SMALL_LETTER.test(text.slice(line.start, line.end))));
    }
    return caps;
  };
}

export function capsHeadlineNames(text: string, lines: Lines, candidates: Candidate[], lower: LowerCaseWords): Candidate[] {
  const judged = (c: Candidate) => c.source === 'model' && NAME_WORD_LABELS.has(c.type) && capitalsOfSeveralWords(text, c);
  // Most articles hold no such name: nothing to gather.
  if (!candidates.some(judged)) return candidates;
  const capsLine = onCapsLine(text, lines);
  // The names the article gives off all-caps lines, whole and by their first and last words, each with its type.
  const key = (start: number, end: number) => text.slice(start, end).toLowerCase();
  const named = new Map<string, Candidate>();
  const namedShort = new Map<string, Candidate>();
  const keep = (names: Map<string, Candidate>, name: string, c: Candidate) => {
    const seen = names.get(name);
    if (!seen || c.confidence > seen.confidence) names.set(name, c);
  };
  for (const c of candidates) {
    if (!NAME_WORD_LABELS.has(c.type) || capsLine(c.start)) continue;
    const name = key(c.start, c.end);
    keep(named, name, c);
    const space = name.indexOf(' ');
    if (space > 0) {
      keep(namedShort, name.slice(0, space), c);
      keep(namedShort, name.slice(name.lastIndexOf(' ') + 1), c);
    }
  }
  type Word = { start: number; end: number };
  /** The longest run of words from `from` on that the article names off such lines, as it names it there. */
  const namedRun = (c: Candidate, words: Word[], from: number, to: number): Candidate | undefined => {
    for (let k = to; k >= from; k--) {
      const elsewhere = named.get(key(words[from].start, words[k].end)) ?? namedShort.get(key(words[from].start, words[k].end));
      if (elsewhere) return { ...c, start: words[from].start, end: words[k].end, type: elsewhere.type };
    }
    return undefined;
  };
  /**
   * "[CLINTON NAMES ALBRIGHT FIRST] WOMAN", "[BHUTTO SACKED]": a headline's verb inside the name, or a past in capitals
   * at its end after a person's name, parts it; each side keeps the words the article names elsewhere, as it names them.
   */
  const aroundHeadlineWord = (c: Candidate, words: Word[]): Candidate[] => {
    const word = (k: number) => text.slice(words[k].start, words[k].end);
    const verb = words.findIndex((_, k) => k > 0 && k < words.length - 1 && isHeadlineWord(word(k)));
    if (verb > 0) {
      const sides = [namedRun(c, words, 0, verb - 1), namedRun(c, words, verb + 1, words.length - 1)].filter((x): x is Candidate => !!x);
      return sides.length ? sides : [c];
    }
    if (c.type !== 'PERSON' || !isCapitalPast(word(words.length - 1))) return [c];
    const person = namedRun(c, words, 0, words.length - 2);
    return person?.type === 'PERSON' ? [person] : [c];
  };
  return mapMany(candidates, (c) => {
    if (!judged(c) || !capsLine(c.start) || named.has(key(c.start, c.end))) return [c];
    const words = [...text.slice(c.start, c.end).matchAll(/\S+/g)].map((m) => ({ start: c.start + m.index, end: c.start + m.index + m[0].length - (TRAILING_MARKS.exec(m[0])?.[0].length ?? 0) }));
    let last = words.length - 1;
    while (last >= 0 && formWrittenInLower(text.slice(words[last].start, words[last].end), lower)) last--;
    if (last < 0 || last === words.length - 1) return aroundHeadlineWord(c, words);
    const part = { start: c.start, end: words[last].end };
    const elsewhere = named.get(key(part.start, part.end)) ?? namedShort.get(key(part.start, part.end));
    // A people's word the model ran on is cut only to a person's name ("[GEBRSELASSIE] SETS INDOOR WORLD RECORD"): an
    // event the model read as one keeps its words ("ROVERETO INTERNATIONAL MEETING").
    if (!elsewhere || (c.type === 'NORP' && elsewhere.type !== 'PERSON')) return [c];
    return [{ ...c, ...part, type: elsewhere.type }];
  });
}
