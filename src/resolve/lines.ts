// An article's lines, each with the range of its tokens, split once per article for every rule that
// reads whole lines (title-case headlines, results lines and fixtures, table headers): each rule
// counts what it needs over a line's tokens, and finds a name's line by a binary search.
import type { Token } from '../document.js';

export interface Line {
  /** Offsets of the line in the text, its line break left out. */
  start: number;
  end: number;
  /** Its tokens, [first, last). */
  first: number;
  last: number;
}

export class Lines {
  readonly all: readonly Line[];

  constructor(text: string, tokens: readonly Token[]) {
    const all: Line[] = [];
    let k = 0;
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const first = k;
      while (k < tokens.length && tokens[k].start < end) k++;
      all.push({ start, end, first, last: k });
      start = end + 1;
    }
    this.all = all;
  }

  /** The index of the line that holds a position (a line break belongs to the line it ends). */
  indexAt(position: number): number {
    let lo = 0, hi = this.all.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.all[mid].start <= position) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** The line that holds a position. */
  at(position: number): Line {
    return this.all[this.indexAt(position)];
  }
}
