// TempEval-3 style scoring of time expressions against TimeML gold: strict F1 (same span),
// relaxed F1 (overlapping spans) and value F1 (overlapping spans with the same TIMEX3 value),
// micro-averaged over all documents. Gold and predicted spans are matched one to one, each
// gold timex to the predicted one it overlaps most.
import type { TimemlDoc, TimexSpan } from '../gold/timeml.js';
import { prf, type Prf } from './prf.js';

export interface TimemlScore {
  gold: number;
  predicted: number;
  strict: Prf;
  relaxed: Prf;
  value: Prf;
  /** The same per source, the letters a document's name starts with ("APW19980213.1310" → APW, "wsj_0006" → wsj). */
  bySource: Record<string, { documents: number; gold: number; predicted: number; strict: Prf; relaxed: Prf; value: Prf }>;
}

export interface TimemlErrors {
  id: string;
  missed: TimexSpan[];
  spurious: TimexSpan[];
  /** Overlapping pairs whose span or value differ. */
  mismatched: { gold: TimexSpan; pred: TimexSpan }[];
}

/** Scores from the number of right answers among `predicted` and `gold` expressions. */
const scoreOf = (right: number, predicted: number, gold: number): Prf => prf({ tp: right, fp: predicted - right, fn: gold - right });

const sameValue = (gold: TimexSpan['value'], pred: TimexSpan['value']) =>
  gold !== undefined && typeof pred === 'string' && (Array.isArray(gold) ? gold.includes(pred) : gold === pred);

const overlap = (a: TimexSpan, b: TimexSpan) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** One-to-one pairs of overlapping gold and predicted timexes, largest overlap first. */
export function alignTimexes(gold: TimexSpan[], pred: TimexSpan[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => { const o = overlap(g, p); if (o > 0) pairs.push([i, j, o]); }));
  pairs.sort((a, b) => b[2] - a[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const [i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i); usedP.add(j); out.push([i, j]);
  }
  return out;
}

/** A document's source: its name's letters before the first digit or "_" (a whole corpus has none). */
export const sourceOf = (id: string | undefined) => /^[A-Za-z]+/.exec(id ?? '')?.[0] ?? 'other';

/** Scores predicted timexes (pred[k] for gold[k]) over all documents, and per source. */
export function scoreTimeml(gold: TimemlDoc[], pred: { timexes: TimexSpan[] }[]): TimemlScore {
  const counts = () => ({ documents: 0, gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0 });
  const all = counts();
  const perSource = new Map<string, ReturnType<typeof counts>>();
  gold.forEach((g, k) => {
    const p = pred[k]?.timexes ?? [];
    const source = sourceOf(g.id);
    if (!perSource.has(source)) perSource.set(source, counts());
    for (const c of [all, perSource.get(source)!]) {
      c.documents++;
      c.gold += g.timexes.length;
      c.predicted += p.length;
    }
    for (const [i, j] of alignTimexes(g.timexes, p)) {
      for (const c of [all, perSource.get(source)!]) {
        c.relaxed++;
        if (g.timexes[i].start === p[j].start && g.timexes[i].end === p[j].end) c.strict++;
        if (sameValue(g.timexes[i].value, p[j].value)) c.value++;
      }
    }
  });
  const scores = (c: ReturnType<typeof counts>) => ({
    gold: c.gold, predicted: c.predicted,
    strict: scoreOf(c.strict, c.predicted, c.gold), relaxed: scoreOf(c.relaxed, c.predicted, c.gold), value: scoreOf(c.value, c.predicted, c.gold),
  });
  const bySource = Object.fromEntries([...perSource].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, c]) => [s, { documents: c.documents, ...scores(c) }]));
  return { ...scores(all), bySource };
}

/** What went wrong in one document: gold missed, predictions with no gold, pairs that differ. */
export function timemlErrors(gold: TimemlDoc, pred: TimexSpan[]): TimemlErrors {
  const pairs = alignTimexes(gold.timexes, pred);
  const pairedG = new Set(pairs.map(([i]) => i));
  const pairedP = new Set(pairs.map(([, j]) => j));
  return {
    id: gold.id ?? '',
    missed: gold.timexes.filter((_, i) => !pairedG.has(i)),
    spurious: pred.filter((_, j) => !pairedP.has(j)),
    mismatched: pairs
      .map(([i, j]) => ({ gold: gold.timexes[i], pred: pred[j] }))
      .filter(({ gold: g, pred: p }) => g.start !== p.start || g.end !== p.end || !sameValue(g.value, p.value)),
  };
}
