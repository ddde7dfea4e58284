// CoNLL-2003 scoring: exact-span P/R/F1 per CoNLL type of predicted names against gold read by
// src/gold/conll.ts, with project labels mapped onto the CoNLL types as ANNOTATION.md says.
import { CONLL_TYPES, toConllType, type ConllType, type Label } from '../document.js';
import type { ConllArticle, ConllEntity } from '../gold/conll.js';
import type { SpanError } from './errors.js';
import { prf, type Prf } from './prf.js';

type ConllScores = Record<ConllType | 'PER+ORG+LOC', Prf>;

/** Exact-span micro P/R/F1 per type and over PER+ORG+LOC; gold[i] and pred[i] are one article. */
export function scoreConll(gold: readonly ConllEntity[][], pred: readonly ConllEntity[][]): ConllScores {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of [...CONLL_TYPES, 'PER+ORG+LOC']) counts[t] = { tp: 0, fp: 0, fn: 0 };
  const bump = (type: ConllType, k: 'tp' | 'fp' | 'fn') => {
    counts[type][k]++;
    if (type !== 'MISC') counts['PER+ORG+LOC'][k]++;
  };
  for (let a = 0; a < gold.length; a++) {
    const key = (e: ConllEntity) => `${e.start}:${e.end}:${e.type}`;
    const goldKeys = new Set(gold[a].map(key));
    const predKeys = new Set((pred[a] ?? []).map(key));
    for (const e of pred[a] ?? []) bump(e.type, goldKeys.has(key(e)) ? 'tp' : 'fp');
    for (const e of gold[a]) if (!predKeys.has(key(e))) bump(e.type, 'fn');
  }
  const out = {} as ConllScores;
  for (const [t, c] of Object.entries(counts)) out[t as ConllType] = prf(c);
  return out;
}

/** The score table as printed by the eval script. */
export function formatScores(scores: ConllScores): string {
  const rows = ['type          P       R       F1     gold  pred'];
  for (const [t, s] of Object.entries(scores)) {
    const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
    rows.push(
      `${t.padEnd(12)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp + s.fn).padStart(5)} ${String(s.tp + s.fp).padStart(5)}`,
    );
  }
  return rows.join('\n');
}

/** A recogniser under evaluation: the names it finds in one article's text, with project labels. */
type RecognizeText = (text: string, id: string) => readonly { start: number; end: number; type: Label }[];

/** The names `recognize` finds in each article, as CoNLL entities. */
export function conllPredictions(articles: readonly ConllArticle[], recognize: RecognizeText): ConllEntity[][] {
  return articles.map((a) =>
    recognize(a.text, a.id).flatMap((m) => {
      const type = toConllType(m.type);
      return type ? [{ start: m.start, end: m.end, type }] : [];
    }),
  );
}

/** Run `recognize` over the articles and score it against their gold. */
export function evaluateConll(articles: readonly ConllArticle[], recognize: RecognizeText): ConllScores {
  return scoreConll(articles.map((a) => a.entities), conllPredictions(articles, recognize));
}

/** The misses and false alarms `scoreConll` counts as fn and fp. */
export function conllErrors(gold: readonly ConllEntity[][], pred: readonly ConllEntity[][]): SpanError[] {
  const errors: SpanError[] = [];
  const key = (e: ConllEntity) => `${e.start}:${e.end}:${e.type}`;
  const span = (e: ConllEntity) => `${e.start}:${e.end}`;
  for (let a = 0; a < gold.length; a++) {
    const goldKeys = new Set(gold[a].map(key));
    const predKeys = new Set((pred[a] ?? []).map(key));
    const goldSpans = new Map(gold[a].map((e) => [span(e), e.type]));
    const predSpans = new Map((pred[a] ?? []).map((e) => [span(e), e.type]));
    for (const e of gold[a]) if (!predKeys.has(key(e))) errors.push({ article: a, kind: 'missed', start: e.start, end: e.end, type: e.type, other: predSpans.get(span(e)) });
    for (const e of pred[a] ?? []) if (!goldKeys.has(key(e))) errors.push({ article: a, kind: 'false alarm', start: e.start, end: e.end, type: e.type, other: goldSpans.get(span(e)) });
  }
  return errors;
}
