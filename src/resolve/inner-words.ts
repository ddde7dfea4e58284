// A word in lower case inside a name the model read, that is neither a particle of a person's name ("van",
// "bin") nor a connector or an article of a name ("of", "and", "de la"; lexicon/inner-words.json), is a verb
// or a common noun the model ran across: "[van Dijk fouled Jeremy Doku]", "[IRA, said Collins]", and an
// opening quote before such a word ('calling the [Air "the] thinnest'). The name ends before it, and the
// capitalised words after it are a name of their own. Titles of works and laws ("Gone with the Wind"), and the
// model's MISC names that hold them ("Small is Beautiful"), are left whole: any word may stand in them, but a
// verb of saying ends them too ("the [Serious Fraud Office said Ashdown]", read as a people's name): no title
// runs across "said"; a part that ends in an organization's head is then an organization's name. A connector and a
// preposition in a row ("and at") stand in no name at all: the model ran on from one name into the next.
import type { Candidate } from '../document.js';
import { endsOrganizationName } from '../ner/name-types.js';
import table from './lexicon/inner-words.json' with { type: 'json' };
import cues from './lexicon/person-cues.json' with { type: 'json' };

const INNER: ReadonlySet<string> = new Set([...table.words, ...cues.particles]);
const SPEECH_VERBS: ReadonlySet<string> = new Set(cues.speechVerbs);
/** The labels of titles, whose words are any (a verb of saying too: "Simon says" is no name's). */
const TITLE_LABELS: ReadonlySet<string> = new Set(['WORK_OF_ART', 'LAW']);
/** The labels whose names hold only names' words. */
const NAME_WORD_LABELS: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);
/** A word all in lower case, after an opening quote if any ("fouled", '"the', "scrum-half"); not "iPhone", "al-Thani" or "a.s.". */
const LOWER_WORD = /^(["“‘']?)(\p{Ll}[\p{Ll}'’-]*)$/u;
const WORD = /\S+/gu;
/** A connector and a preposition in a row, with the spaces around them: " and at ". */
const STRAY_PAIR = new RegExp(` (?:${table.strayPairs.join('|')}) `);

/** The candidate cut at the stray lower-case words inside it into the named parts around them; unchanged otherwise. */
export function splitAtInnerWords(text: string, c: Candidate): Candidate[] {
  if (c.source !== 'model' || TITLE_LABELS.has(c.type)) return [c];
  // A name of one word (no space in it), as most are, holds no word in lower case: no slice.
  const space = text.indexOf(' ', c.start);
  if (space < 0 || space >= c.end) return [c];
  const span = text.slice(c.start, c.end);
  // Most names hold no space-separated word in lower case: the cheap test first.
  if (!/\s["“‘']?\p{Ll}/u.test(span)) return [c];
  const pair = STRAY_PAIR.exec(span);
  if (pair) {
    const after = c.start + pair.index + pair[0].length;
    return [...splitAtInnerWords(text, { ...c, end: c.start + pair.index }), ...splitAtInnerWords(text, { ...c, start: after })];
  }
  const namesWords = NAME_WORD_LABELS.has(c.type);
  const parts: Candidate[] = [];
  let partStart = -1;
  // A part ends at its last word not in lower case, before a comma after it: the connectors and the comma the model
  // ran on into are no part of it ("[Hla Than, a] lawyer"), and the cues after a name read what follows it.
  let partEnd = -1;
  for (const w of span.matchAll(WORD)) {
    const lower = LOWER_WORD.exec(w[0]);
    // A quote opens a quotation, not a word of the name, before any word in lower case.
    const stray = lower !== null && w.index > 0 && (namesWords ? lower[1] !== '' || !INNER.has(lower[2]) : lower[1] === '' && SPEECH_VERBS.has(lower[2]));
    if (stray) {
      if (partStart >= 0) parts.push({ ...c, start: c.start + partStart, end: c.start + partEnd });
      partStart = -1;
      continue;
    }
    if (partStart < 0) partStart = w.index;
    if (lower === null || w.index === 0) partEnd = w.index + w[0].length - (w[0].endsWith(',') ? 1 : 0);
  }
  if (parts.length === 0 && partStart === 0 && partEnd === span.length) return [c];
  if (partStart >= 0) parts.push({ ...c, start: c.start + partStart, end: c.start + partEnd });
  // A part is a name only if it holds a capital ("van Dijk" does, "of" alone does not).
  const named = parts.filter((p) => /\p{Lu}/u.test(text.slice(p.start, p.end)));
  return namesWords ? named : named.map((p) => (endsOrganizationName(lastWord(text.slice(p.start, p.end))) ? { ...p, type: 'ORG' } : p));
}

function lastWord(span: string): string {
  return span.slice(span.lastIndexOf(' ') + 1);
}
