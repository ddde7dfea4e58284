// Words and signs that make a number a PERCENT; the span includes them.

/** One-token percent markers, right after the number. */
export const PERCENT_SIGNS: ReadonlySet<string> = new Set(['%', 'percent', 'percents', 'pct', 'p.c.', 'per-cent', 'percentage-point', 'percentage-points']);

/** Two-token markers ("per cent", "percentage points"); the value stays the number. */
export const PERCENT_PHRASES: ReadonlySet<string> = new Set(['per cent', 'percentage points', 'percentage point', 'percent points']);

/**
 * Markers that count against the digits ("7.5pc", "up 3pp" in percentage points), and apart from them only in lower case
 * with no noun after ("4 pc."; "PC" is a computer or a constable, "a 20 pc set" pieces).
 */
export const ATTACHED_PERCENT_SIGNS: ReadonlySet<string> = new Set(['pc', 'pp', 'ppt', 'ppts']);

/** Of those, the marks of percentage points, which also count pages ("a 320pp book", "24pp of photos"): points only below 100 and with no "of" after. */
export const POINT_PERCENT_SIGNS: ReadonlySet<string> = new Set(['pp', 'ppt', 'ppts']);
