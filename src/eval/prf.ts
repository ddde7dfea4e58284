// Precision, recall and F1 from counts, shared by every scorer.
export interface Counts { tp: number; fp: number; fn: number }
export interface Prf extends Counts { precision: number; recall: number; f1: number }

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** A fixed-width table of P/R/F1 rows, for the terminal. */
export function prfTable(rows: [string, Prf][]): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  // The counts' columns as wide as the largest count needs (a big corpus has 100,000 and more), with a space before it.
  const width = Math.max(6, ...rows.map(([, s]) => String(Math.max(s.tp, s.fp, s.fn)).length + 1));
  const counts = (...values: (string | number)[]) => values.map((v) => String(v).padStart(width)).join('');
  const head = `${'label'.padEnd(14)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${counts('tp', 'fp', 'fn')}`;
  const lines = rows.map(([label, s]) => `${label.padEnd(14)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}${counts(s.tp, s.fp, s.fn)}`);
  return [head, ...lines].join('\n');
}
