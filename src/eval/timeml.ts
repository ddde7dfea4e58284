// TempEval-3 style scoring of time expressions against TimeML gold: strict F1 (same span),
// relaxed F1 (overlapping spans) and value F1 (overlapping spans with the same TIMEX3 value),
// micro-averaged over all documents. Gold and predicted spans are matched one to one, each
// gold timex to the predicted one it overlaps most.
// TimeBank gold offsets (../shared/data/timebank) index the text by code points; its texts hold
// no character outside the BMP, so they equal the UTF-16 offsets the pipeline uses.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { prf, type Prf } from './prf.js';
import { readJsonFile } from '../schema/read-json.js';
import type { Doc, Mention } from '../document.js';
import { tokenize } from '../stages/tokenize.js';
import { normalizeTimexes, recognizeTimexes } from '../timex/index.js';

export interface TimexSpan {
  start: number;
  end: number;
  type?: string;
  /** TIMEX3 value; gold may give a list of equally right answers. */
  value?: string | string[];
  text?: string;
}

export interface TimemlDoc {
  /** Where the document came from, for error listings. */
  id?: string;
  text: string;
  dct: string | null;
  timexes: TimexSpan[];
}

export interface TimemlScore {
  gold: number;
  predicted: number;
  strict: Prf;
  relaxed: Prf;
  value: Prf;
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

/** Scores predicted timexes (pred[k] for gold[k]) over all documents. */
export function scoreTimeml(gold: TimemlDoc[], pred: { timexes: TimexSpan[] }[]): TimemlScore {
  let nGold = 0, nPred = 0, strict = 0, relaxed = 0, value = 0;
  gold.forEach((g, k) => {
    const p = pred[k]?.timexes ?? [];
    nGold += g.timexes.length;
    nPred += p.length;
    for (const [i, j] of alignTimexes(g.timexes, p)) {
      relaxed++;
      if (g.timexes[i].start === p[j].start && g.timexes[i].end === p[j].end) strict++;
      if (sameValue(g.timexes[i].value, p[j].value)) value++;
    }
  });
  return { gold: nGold, predicted: nPred, strict: scoreOf(strict, nPred, nGold), relaxed: scoreOf(relaxed, nPred, nGold), value: scoreOf(value, nPred, nGold) };
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

const TimemlGold = z.object({
  text: z.string(),
  dct: z.string().nullable().optional(),
  timexes: z.array(z.object({
    start: z.number().int(), end: z.number().int(), type: z.string().optional(),
    value: z.union([z.string(), z.array(z.string())]).optional(), text: z.string().optional(),
  })),
});

/** Reads every NAME.gold.json of a TimeBank-format directory; a bad file is named with its reason. */
export function loadTimeml(dir: string): TimemlDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const raw = readJsonFile(join(dir, f), TimemlGold, 'TimeML gold');
      return { id: f.replace(/\.gold\.json$/, ''), text: raw.text, dct: raw.dct ?? null, timexes: raw.timexes };
    });
}

/**
 * The project's own timexes for one gold document: tokenize, recognizeTimexes, normalizeTimexes;
 * candidates below `minConfidence` (the recognizer's default when undefined) are left out.
 */
export function predictTimexes(g: TimemlDoc, minConfidence?: number): TimexSpan[] {
  const { tokens, sentences } = tokenize(g.text);
  const doc: Doc = {
    article: { id: g.id ?? '', published: g.dct, text: g.text }, origin: { file: g.id ?? '' }, sha256: '',
    text: g.text, tokens, sentences, candidates: [], mentions: [], entities: [],
  };
  doc.candidates = recognizeTimexes(doc, { minConfidence });
  let k = 0;
  doc.mentions = doc.candidates.map((c): Mention => {
    while (k + 1 < tokens.length && tokens[k].end <= c.start) k++;
    return { ...c, sentence: tokens[k]?.sentence ?? 0 };
  });
  return normalizeTimexes(doc).map((n) => (
    { start: n.start, end: n.end, value: typeof n.value === 'string' ? n.value : undefined, type: n.attrs?.timex?.type, text: g.text.slice(n.start, n.end) }));
}

/** Scores the timex rules alone (no other recognizer) on a TimeBank-format directory. */
export function evaluateTimexRules(dir: string, minConfidence?: number): { score: TimemlScore; errors: TimemlErrors[] } {
  const gold = loadTimeml(dir);
  const preds = gold.map((g) => ({ timexes: predictTimexes(g, minConfidence) }));
  return { score: scoreTimeml(gold, preds), errors: gold.map((g, k) => timemlErrors(g, preds[k].timexes)) };
}
