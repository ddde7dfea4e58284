// normalizeTimex: the TIMEX3 value, type and mod of a DATE/TIME mention, whichever recognizer
// found it: its text is parsed again and resolved against the document date, the tense of its
// sentence and, for anaphoric expressions, the last date mentioned before it.
import type { Candidate, Doc, Mention } from '../document.js';
import { TIME_LABELS } from '../document.js';
import { parseYmd } from './calendar.js';
import { parseTimex } from './parse.js';
import { isAnaphoric, resolveFrame, type ResolveContext, type Resolved } from './resolve.js';
import { tenseAround } from './tense.js';

export function normalizeTimex(doc: Doc, mention: Mention): Mention {
  const resolved = resolveMention(doc, mention, true);
  if (!resolved) return mention;
  const timex = resolved.mod ? { type: resolved.type, mod: resolved.mod } : { type: resolved.type };
  return { ...mention, value: resolved.value, attrs: { ...mention.attrs, timex } };
}

function resolveMention(doc: Doc, span: Candidate, followReference: boolean): Resolved | null {
  const frame = parseTimex(doc.text.slice(span.start, span.end), doc.text.slice(span.end, span.end + 40));
  if (!frame) return null;
  const ctx: ResolveContext = {
    dct: parseYmd(doc.article?.published),
    tense: doc.tokens?.length ? tenseAround(doc, span.start, span.end) : null,
    reference: null,
  };
  // Anaphoric expressions need the date before them; "a year ago" may compare with a period near it.
  if (followReference && (isAnaphoric(frame) || (frame.dir && frame.unit === 'Y'))) {
    ctx.reference = referenceBefore(doc, span.start, 0);
    ctx.localReference = referenceBefore(doc, span.start, comparisonStart(doc, span.start));
  }
  return resolveFrame(frame, ctx);
}

/** Start of the sentence before the one holding `offset`: the span a comparison looks back over. */
function comparisonStart(doc: Doc, offset: number): number {
  const sentences = doc.sentences ?? [];
  const k = sentences.findIndex((s) => s.start <= offset && offset < s.end);
  return k < 0 ? offset : sentences[Math.max(0, k - 1)].start;
}

/** The value of the nearest date in [from, offset) that is itself a calendar date (not "a day earlier"). */
function referenceBefore(doc: Doc, offset: number, from: number): string | null {
  const pool = (doc.mentions?.length ? doc.mentions : doc.candidates ?? [])
    .filter((m) => TIME_LABELS.has(m.type) && m.end <= offset && m.start >= from)
    .sort((a, b) => b.end - a.end);
  for (const m of pool) {
    const frame = parseTimex(doc.text.slice(m.start, m.end));
    if (!frame || isAnaphoric(frame)) continue;
    const r = resolveMention(doc, m, false);
    if (r && (r.type === 'DATE' || r.type === 'TIME') && /^\d{4}/.test(r.value)) return r.value;
  }
  return null;
}
