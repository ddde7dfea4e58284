// Title-case lines (headlines, captions: "Ministry Fines Three Banks Over Lending Rules") capitalise every
// word, so capitals say nothing there and the model's names on them are guesses. On such a line a name only
// the model proposed keeps the words the article never writes in lower case elsewhere ("Otieno" stays,
// "Protests", "Drops" go), and is dropped when such a word sits inside it. A name the article names
// elsewhere, or that another recognizer agrees on, stays whole.
import type { Candidate, Token } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { startsDigit, startsLetter, startsLower } from './first-letter.js';
import type { Lines } from './lines.js';
import { mapMany } from './map-many.js';

/** Share of a line's words that must be capitalised, and how many words it needs, to read as title case. */
const TITLE_CASE_SHARE = 0.75;
const MIN_WORDS = 4;
const LOWER = /^\p{Ll}/u;
const ALL_CAPS = /^[^\p{Ll}]+$/u;
const INITIAL = /^\p{Lu}\.$/u;

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
    for (let k = line.first; k < line.last; k++) if (startsLower(tokens[k].text)) lowerSeen.add(tokens[k].text);
  });
  const key = (c: Candidate) => text.slice(c.start, c.end).toLowerCase();
  const namedElsewhere = new Set(candidates.filter((c) => NAME_LABELS.has(c.type) && !onTitleCaseLine(c.start)).map(key));
  const agreed = new Set(candidates.filter((c) => c.source !== 'model').map((c) => `${c.start}:${c.end}`));

  return mapMany(candidates, (c) => {
    if (c.source !== 'model' || !NAME_LABELS.has(c.type) || !onTitleCaseLine(c.start)) return [c];
    if (namedElsewhere.has(key(c)) || agreed.has(`${c.start}:${c.end}`)) return [c];
    const words = [...text.slice(c.start, c.end).matchAll(/\S+/g)].map((m) => ({ start: c.start + m.index, end: c.start + m.index + m[0].length, text: m[0] }));
    // A word the line itself writes in lower case ("van", "of") is no evidence either way, nor is an
    // initial ("A. Mullally" is no article "a").
    const plain = words.map((w) => LOWER.test(w.text) || INITIAL.test(w.text) || !lowerSeen.has(w.text.toLowerCase().replace(/[^\p{L}]+$/u, '')));
    let first = 0, last = words.length - 1;
    while (first <= last && !plain[first]) first++;
    while (last >= first && !plain[last]) last--;
    if (first > last || plain.slice(first, last + 1).includes(false)) return [];
    return [{ ...c, start: words[first].start, end: words[last].end }];
  });
}
