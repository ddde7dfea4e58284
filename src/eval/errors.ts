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
