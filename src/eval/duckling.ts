// Scores Duckling's corpus of short strings (src/gold/duckling.ts), each annotated on its own:
// per category, a case is right when a mention of its label carries its value (any sub-span: Duckling
// spans take in "at", "around"...). Every other number or time mention in the string is a false
// alarm, so a number split in two costs precision. Negative strings must yield nothing of their kind.
import type { DucklingCase } from '../gold/duckling.js';
import type { OutputMention } from '../schema/output.js';
import { NUMBER_LABELS, TIME_LABELS, type Label } from '../document.js';
import { closeTo, CONVENTIONS, sameAmount, UNIT_SIZES, type Convention } from './duckling-conventions.js';
import { prf, type Counts, type Prf } from './prf.js';

export type DucklingPrediction = Pick<OutputMention, 'type' | 'text' | 'value' | 'unit' | 'currency' | 'timex'>;

export const NUMBER_CATEGORIES = ['numbers', 'ordinals', 'money', 'quantities'] as const;
export const TIME_CATEGORIES = ['dates', 'times', 'durations'] as const;
export type DucklingCategory = (typeof NUMBER_CATEGORIES)[number] | (typeof TIME_CATEGORIES)[number];

const CATEGORY_OF: Record<string, DucklingCategory> = {
  CARDINAL: 'numbers', ORDINAL: 'ordinals', MONEY: 'money', QUANTITY: 'quantities', DATE: 'dates', TIME: 'times', DURATION: 'durations',
};

/** Labels that answer a case of each category: a TIMEX3 value decides between dates and times. */
const LABELS_OF: Record<DucklingCategory, ReadonlySet<Label>> = {
  numbers: new Set(['CARDINAL']), ordinals: new Set(['ORDINAL']), money: new Set(['MONEY']), quantities: new Set(['QUANTITY']),
  dates: TIME_LABELS, times: TIME_LABELS, durations: TIME_LABELS,
};

const SCORED: ReadonlySet<Label> = new Set([...NUMBER_LABELS, ...TIME_LABELS]);

/** What a negative string of each Duckling dimension must not yield. */
const FORBIDDEN: Record<string, (p: DucklingPrediction) => boolean> = {
  time: (p) => TIME_LABELS.has(p.type) && p.timex?.type !== 'DURATION',
  duration: (p) => TIME_LABELS.has(p.type) && p.timex?.type === 'DURATION',
  'amount-of-money': (p) => p.type === 'MONEY',
  numeral: (p) => p.type === 'CARDINAL',
  ordinal: (p) => p.type === 'ORDINAL',
};
const forbidden = (dimension: string) => FORBIDDEN[dimension] ?? ((p: DucklingPrediction) => p.type === 'QUANTITY');

export interface CaseResult {
  case: DucklingCase;
  predictions: DucklingPrediction[];
  outcome: 'right' | 'wrong' | 'missed' | 'optional' | 'unscored' | 'clean' | 'false alarm';
  /** False alarms in the string: scored mentions other than the right one. */
  falseAlarms: number;
  /** The convention row that decided the case, if any. */
  convention?: string;
}

export interface DucklingScore {
  perCategory: Record<DucklingCategory, Prf & { cases: number }>;
  numbersAll: Prf & { cases: number };
  timesAll: Prf & { cases: number };
  negatives: { cases: number; clean: number; perDimension: Record<string, { cases: number; clean: number }> };
  intervals: { cases: number; found: number };
  conventions: { id: string; why: string; cases: number }[];
  otherLocales: number;
  results: CaseResult[];
}

export function scoreDuckling(cases: DucklingCase[], predict: (c: DucklingCase) => DucklingPrediction[], otherLocales = 0): DucklingScore {
  const results = cases.map((c) => judge(c, predict(c)));
  const counts = new Map<DucklingCategory, Counts & { cases: number }>();
  const negatives: DucklingScore['negatives'] = { cases: 0, clean: 0, perDimension: {} };
  const intervals = { cases: 0, found: 0 };
  for (const r of results) {
    const c = r.case;
    if (c.kind === 'negative') {
      const d = (negatives.perDimension[c.dimension] ??= { cases: 0, clean: 0 });
      negatives.cases++; d.cases++;
      if (r.outcome === 'clean') { negatives.clean++; d.clean++; }
      continue;
    }
    if (r.outcome === 'unscored') {
      intervals.cases++;
      if (r.predictions.some((p) => TIME_LABELS.has(p.type))) intervals.found++;
      continue;
    }
    if (r.outcome === 'optional') continue;
    const k = counts.get(CATEGORY_OF[c.type]) ?? { tp: 0, fp: 0, fn: 0, cases: 0 };
    k.cases++;
    if (r.outcome === 'right') k.tp++;
    else k.fn++;
    k.fp += r.falseAlarms;
    counts.set(CATEGORY_OF[c.type], k);
  }
  const withCases = (k: Counts & { cases: number }) => ({ ...prf(k), cases: k.cases });
  const sum = (cats: readonly DucklingCategory[]) => withCases(cats.reduce((s, cat) => {
    const k = counts.get(cat);
    return k ? { tp: s.tp + k.tp, fp: s.fp + k.fp, fn: s.fn + k.fn, cases: s.cases + k.cases } : s;
  }, { tp: 0, fp: 0, fn: 0, cases: 0 }));
  const perCategory = Object.fromEntries([...NUMBER_CATEGORIES, ...TIME_CATEGORIES]
    .map((cat) => [cat, withCases(counts.get(cat) ?? { tp: 0, fp: 0, fn: 0, cases: 0 })])) as DucklingScore['perCategory'];
  const conventions = CONVENTIONS.map((v) => ({ id: v.id, why: v.why, cases: results.filter((r) => r.convention === v.id).length }));
  return {
    perCategory, numbersAll: sum(NUMBER_CATEGORIES), timesAll: sum(TIME_CATEGORIES), negatives, intervals, conventions, otherLocales, results,
  };
}

function judge(c: DucklingCase, predictions: DucklingPrediction[]): CaseResult {
  const result = (outcome: CaseResult['outcome'], falseAlarms = 0, convention?: Convention): CaseResult =>
    ({ case: c, predictions, outcome, falseAlarms, ...(convention ? { convention: convention.id } : {}) });
  if (c.kind === 'negative') {
    const alarms = predictions.filter(forbidden(c.dimension)).length;
    return result(alarms ? 'false alarm' : 'clean', alarms);
  }
  const rows = CONVENTIONS.filter((v) => v.concerns(c));
  const skip = rows.find((v) => v.effect === 'unscored' || v.effect === 'optional');
  if (skip) return result(skip.effect as 'unscored' | 'optional', 0, skip);
  const labels = LABELS_OF[CATEGORY_OF[c.type]];
  const scored = predictions.filter((p) => SCORED.has(p.type));
  const candidates = scored.filter((p) => labels.has(p.type));
  const exact = candidates.find((p) => sameValue(c, p));
  if (exact) return result('right', scored.length - 1);
  for (const v of rows) {
    const effect = v.effect;
    if (typeof effect !== 'object') continue;
    const accepted = candidates.find((p) => effect.accepts(c, p));
    if (accepted) return result('right', scored.length - 1, v);
  }
  return result(candidates.length ? 'wrong' : 'missed', scored.length);
}

/** The value as Duckling gives it: numbers to rounding, quantities in the same unit, durations by length. */
function sameValue(c: DucklingCase, p: DucklingPrediction): boolean {
  if (c.kind === 'number') {
    if (typeof p.value !== 'number' || !closeTo(p.value, c.value)) return false;
    if (c.type !== 'QUANTITY' || !c.unit || !p.unit) return true;
    const [g, q] = [UNIT_SIZES[c.unit], UNIT_SIZES[p.unit]];
    return !g || !q || (g.dimension === q.dimension && closeTo(g.size, q.size)) || sameAmount(1, c.unit, 1, p.unit);
  }
  if (c.kind !== 'time' || typeof p.value !== 'string' || !c.timex3) return false;
  if (p.value === c.timex3) return true;
  const [g, q] = [durationLength(c.timex3), durationLength(p.value)];
  return !!g && !!q && closeTo(g.months, q.months) && closeTo(g.seconds, q.seconds);
}

const CALENDAR_MONTHS: Record<string, number> = { Y: 12, Q: 3, M: 1, DE: 120, CE: 1200 };
const CLOCK_SECONDS: Record<string, number> = { W: 7 * 86400, D: 86400, H: 3600, M: 60, S: 1 };

/** A TIMEX3 duration as months plus seconds ("PT90M" and "PT1H30M" are the same length). */
export function durationLength(value: string): { months: number; seconds: number } | null {
  const m = /^P((?:\d+(?:\.\d+)?(?:DE|CE|[YQMWD]))*)(?:T((?:\d+(?:\.\d+)?[HMS])+))?$/.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return null;
  let months = 0;
  let seconds = 0;
  for (const [, n, u] of m[1].matchAll(/(\d+(?:\.\d+)?)(DE|CE|[YQMWD])/g)) {
    if (u in CALENDAR_MONTHS) months += Number(n) * CALENDAR_MONTHS[u];
    else seconds += Number(n) * CLOCK_SECONDS[u];
  }
  for (const [, n, u] of (m[2] ?? '').matchAll(/(\d+(?:\.\d+)?)([HMS])/g)) seconds += Number(n) * CLOCK_SECONDS[u];
  return { months, seconds };
}

export function formatDucklingScore(s: DucklingScore): string {
  const cases = s.results.length;
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const row = (name: string, r: Prf & { cases: number }) =>
    `${name.padEnd(12)}${String(r.cases).padStart(6)}${pct(r.precision)}${pct(r.recall)}${pct(r.f1)}${[r.tp, r.fp, r.fn].map((n) => String(n).padStart(6)).join('')}`;
  const neg = s.negatives;
  const treated = s.conventions.reduce((n, v) => n + v.cases, 0);
  return [
    `${cases} Duckling case(s), each string annotated on its own (locales EN and EN_US; ${s.otherLocales} line(s) of other regions left out)`,
    'value F1 per category: right = a mention of the label with the value; other number/time mentions = false alarms',
    `${'category'.padEnd(12)}${['cases', 'P', 'R', 'F1', 'tp', 'fp', 'fn'].map((h) => h.padStart(6)).join('')}`,
    ...NUMBER_CATEGORIES.map((cat) => row(cat, s.perCategory[cat])), row('all numbers', s.numbersAll),
    ...TIME_CATEGORIES.map((cat) => row(cat, s.perCategory[cat])), row('all times', s.timesAll),
    `negatives: ${neg.clean}/${neg.cases} strings with nothing of their kind (${Object.entries(neg.perDimension).map(([d, k]) => `${d} ${k.clean}/${k.cases}`).join(', ')})`,
    `time intervals (no single TIMEX3 value, found or not): ${s.intervals.found}/${s.intervals.cases} found`,
    `convention differences (ANNOTATION.md wins): ${treated} case(s): ${s.conventions.map((v) => `${v.id} ${v.cases}`).join(', ')}`,
  ].join('\n');
}

/** One line per case that is not right, and one per case a convention decided. */
export function formatDucklingErrors(s: DucklingScore): string {
  const show = (p: DucklingPrediction) => `${p.type} "${p.text}"${p.value === undefined ? '' : ` ${p.value}`}${p.unit ? ` ${p.unit}` : ''}${p.currency ? ` ${p.currency}` : ''}`;
  const gold = (c: DucklingCase) => (c.kind === 'number' ? `${c.type} ${c.value}${c.unit ? ` ${c.unit}` : ''}` : c.kind === 'time' ? `${c.type} ${c.timex3 ?? 'interval'}` : `no ${c.dimension}`);
  const lines = s.results
    .filter((r) => (r.outcome !== 'right' && r.outcome !== 'clean') || r.falseAlarms > 0 || r.convention)
    .map((r) => {
      const what = r.outcome === 'right' ? (r.convention ? `right by convention ${r.convention}` : 'right, with false alarms') : r.convention ? `${r.outcome} (${r.convention})` : r.outcome;
      return `${what}: "${r.case.text}" gold ${gold(r.case)}; predicted ${r.predictions.map(show).join(' | ') || 'nothing'}`;
    });
  return lines.join('\n');
}
