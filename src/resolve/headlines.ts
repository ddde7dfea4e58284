// Title-case lines (headlines, captions: "Ministry Fines Three Banks Over Lending Rules") capitalise every
// word, so capitals say nothing there and the model's names on them are guesses. On such a line a name only
// the model proposed stays only if none of its words is a headline's verb or small word
// (lexicon/headline-words.json) or a word the article writes in lower case elsewhere, in any ending
// ("Otieno" stays; "Protests", "Concedes" do not). Where such a word sits in it, the model ran the name into
// the headline, and what stays is the runs between those words that the article names elsewhere ("[Sinner]
// Beats [Alcaraz]"), or nothing. A name the article names elsewhere, or that another recognizer agrees on,
// stays whole.
import type { Candidate, Token } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { startsDigit, startsLetter, startsLower } from './first-letter.js';
import type { Lines } from './lines.js';
import { mapMany } from './map-many.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import headlineWords from './lexicon/headline-words.json' with { type: 'json' };

/** Share of a line's words that must be capitalised, and how many words it needs, to read as title case. */
const TITLE_CASE_SHARE = 0.75;
const MIN_WORDS = 4;
const LOWER = /^\p{Ll}/u;
const ALL_CAPS = /^[^\p{Ll}]+$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** Punctuation after a word ("Alcaraz:"), no part of a name. */
const TRAILING_MARKS = /[^\p{L}\p{M}\p{N}]+$/u;
const HEADLINE_WORDS: ReadonlySet<string> = new Set(headlineWords.words);
/** A word without the endings a headline's verb or a plural takes: "concedes", "conceded" and "concede" meet. */
const stem = (word: string) => word.replace(/(?:e[sd]|ing|[sde])$/, '');

/** Whether each line reads as title case. */
function titleCaseLines(lines: Lines, tokens: readonly Token[]): boolean[] {
  return lines.all.map((line) => {
    let words = 0, capitalised = 0, caps = 0, numbers = 0;
    for (let k = line.first; k < line.last; k++) {
      const t = tokens[k].text;
      if (startsDigit(t)) numbers++;
      if (!startsLetter(t)) continue;
      words++;
      if (!startsLower(t)) capitalised++;
      if (t.length > 1 && ALL_CAPS.test(t)) caps++;
    }
    // All-caps headlines are the model's own case (it was trained on them); a line of figures is a table or a line-up.
    return words >= MIN_WORDS && capitalised >= words * TITLE_CASE_SHARE && caps * 2 < words && numbers < 2;
  });
}

/** The candidates, with the model's names on title-case lines cut to the words lower-case evidence leaves. */
export function headlineNames(text: string, tokens: readonly Token[], lines: Lines, candidates: Candidate[]): Candidate[] {
  const titleCase = titleCaseLines(lines, tokens);
  if (!titleCase.includes(true)) return candidates;
  const onTitleCaseLine = (position: number) => titleCase[lines.indexAt(position)];
  // Not the article-wide LowerCaseWords: what a title-case line writes in lower case is no evidence here.
  const lowerSeen = new Set<string>();
  lines.all.forEach((line, l) => {
    if (titleCase[l]) return;
    for (let k = line.first; k < line.last; k++) if (startsLower(tokens[k].text)) lowerSeen.add(stem(tokens[k].text));
  });
  const key = (c: { start: number; end: number }) => text.slice(c.start, c.end).toLowerCase();
  // Each name the article gives off title-case lines, with the type its most confident candidate there has.
  const namedElsewhere = new Map<string, Candidate>();
  for (const c of candidates) {
    if (!NAME_LABELS.has(c.type) || onTitleCaseLine(c.start)) continue;
    const seen = namedElsewhere.get(key(c));
    if (!seen || c.confidence > seen.confidence) namedElsewhere.set(key(c), c);
  }
  const agreed = new Set(candidates.filter((c) => c.source !== 'model').map((c) => `${c.start}:${c.end}`));
  const common = (word: string) => {
    const lower = word.toLowerCase().replace(/[^\p{L}]+$/u, '');
    return HEADLINE_WORDS.has(lower) || lowerSeen.has(stem(lower));
  };

  return mapMany(candidates, (c) => {
    if (c.source !== 'model' || !NAME_LABELS.has(c.type) || !onTitleCaseLine(c.start)) return [c];
    if (namedElsewhere.has(key(c)) || agreed.has(`${c.start}:${c.end}`)) return [c];
    const words = [...text.slice(c.start, c.end).matchAll(/\S+/g)].map((m) => ({ start: c.start + m.index, end: c.start + m.index + m[0].length, text: m[0] }));
    // A word the line itself writes in lower case ("van", "of") is no evidence either way, nor is an
    // initial ("A. Mullally" is no article "a").
    const plain = words.map((w) => LOWER.test(w.text) || INITIAL.test(w.text) || !common(w.text));
    if (!plain.includes(false)) return [c];
    // The model ran the name into the headline's words: what stays is the runs between them that the article names elsewhere.
    const parts: Candidate[] = [];
    for (let i = 0; i < words.length; ) {
      if (!plain[i] || LOWER.test(words[i].text)) { i++; continue; }
      let j = i;
      while (j + 1 < words.length && plain[j + 1]) j++;
      while (LOWER.test(words[j].text)) j--;
      const part = { start: words[i].start, end: words[j].end - (TRAILING_MARKS.exec(words[j].text)?.[0].length ?? 0) };
      // The whole's type was read for the whole: a part takes the type the article gives it elsewhere.
      const elsewhere = namedElsewhere.get(key(part));
      if (elsewhere) parts.push({ ...c, ...part, type: elsewhere.type });
      i = j + 1;
    }
    return parts;
  });
}
