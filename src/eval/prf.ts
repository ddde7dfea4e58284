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
  const head = `${'label'.padEnd(14)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${'tp'.padStart(6)}${'fp'.padStart(6)}${'fn'.padStart(6)}`;
  const lines = rows.map(([label, s]) =>
    `${label.padEnd(14)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}${String(s.tp).padStart(6)}${String(s.fp).padStart(6)}${String(s.fn).padStart(6)}`);
  return [head, ...lines].join('\n');
}
