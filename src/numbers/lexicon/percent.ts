// Words and signs that make a number a PERCENT; the span includes them.

/** One-token percent markers, right after the number. */
export const PERCENT_SIGNS: ReadonlySet<string> = new Set(['%', 'percent', 'pct', 'per-cent']);

/** Two-token markers ("per cent", "percentage points"); the value stays the number. */
export const PERCENT_PHRASES: ReadonlySet<string> = new Set(['per cent', 'percentage points', 'percentage point', 'percent points']);
