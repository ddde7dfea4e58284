// The tense around a time expression, read from the words of its sentence, so that "Thursday"
// in "met on Thursday" is the one before the article and in "will meet on Thursday" the one after.
import type { Doc } from '../document.js';
import type { Tense } from './resolve.js';
import { FUTURE_MARKERS, PASSIVE_AUXILIARIES, PAST_FORMS, REPORTING_VERBS } from './rules/tense-words.js';

/** The tense of the verb nearest to [start, end) in its sentence; reporting verbs count last. */
export function tenseAround(doc: Doc, start: number, end: number): Tense | null {
  const tokens = doc.tokens;
  let at = tokens.findIndex((t) => t.end > start);
  if (at < 0) return null;
  const sentence = tokens[at].sentence;
  let best: { tense: Tense; distance: number } | null = null;
  let reported: Tense | null = null;
  for (let i = at; i >= 0 && tokens[i].sentence === sentence; i--) at = i;
  for (let i = at; i < tokens.length && tokens[i].sentence === sentence; i++) {
    const tok = tokens[i];
    if (tok.start >= start && tok.end <= end) continue;
    const word = tok.text.toLowerCase();
    const tense = tenseOfWord(word, tok.pos, i > 0 ? tokens[i - 1].text.toLowerCase() : '', i > 1 ? tokens[i - 2].text.toLowerCase() : '', tokens[i + 1]?.text.toLowerCase() ?? '');
    if (!tense) continue;
    if (REPORTING_VERBS.has(word)) { reported ??= tense; continue; }
    const distance = tok.end <= start ? start - tok.end : tok.start - end;
    if (!best || distance < best.distance) best = { tense, distance };
  }
  return best?.tense ?? reported;
}

function tenseOfWord(word: string, pos: string, prev: string, prev2: string, next: string): Tense | null {
  if (FUTURE_MARKERS.has(word) && (word !== 'going' || next === 'to')) return 'FUTURE';
  if (pos !== 'VERB' && pos !== 'AUX') return null;
  const pastForm = PAST_FORMS.has(word) || (/^[a-z]{2,}ed$/.test(word) && !word.endsWith('eed'));
  if (!pastForm) return null;
  // "will be held": a participle after a form of "be" takes the tense of that auxiliary.
  if (PASSIVE_AUXILIARIES.has(prev) || (prev === 'not' && PASSIVE_AUXILIARIES.has(prev2))) return null;
  return 'PAST';
}
