// The misses and false alarms behind a score, for `gazette eval --errors`: each is a span of one
// article (by its index in the scored list) with the label it had on its side, and the label the
// other side gave the same span, if any ("missed ORG, output said LOC").
export interface SpanError {
  article: number;
  kind: 'missed' | 'false alarm';
  start: number;
  end: number;
  type: string;
  /** The label the other side gave exactly this span. */
  other?: string;
}

/** Per label, how many errors of each kind: the fn and fp of the score it explains. */
export function countErrors(errors: readonly SpanError[]): Record<string, { missed: number; falseAlarms: number }> {
  const out: Record<string, { missed: number; falseAlarms: number }> = {};
  for (const e of errors) {
    const c = (out[e.type] ??= { missed: 0, falseAlarms: 0 });
    if (e.kind === 'missed') c.missed++;
    else c.falseAlarms++;
  }
  return out;
}
