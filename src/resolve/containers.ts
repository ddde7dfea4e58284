// Which spans lie inside another span of a set, in O(log n) a question after an O(n log n) build:
// the spans sorted by start with the running largest end, so "some span starting at or before x
// reaches y" is one binary search. resolve asks it for every candidate, so it must not be quadratic.
import type { Span } from '../document.js';

export class Containers {
  private readonly starts: Int32Array;
  /** maxEnd[k]: the largest end among the first k+1 spans by start. */
  private readonly maxEnd: Int32Array;

  constructor(spans: readonly Span[]) {
    // Most callers hold their spans sorted by start already: no copy to sort then.
    const sorted = sortedByStart(spans) ? spans : [...spans].sort((a, b) => a.start - b.start);
    // One plain loop: resolve builds several of these per article, most of them small.
    this.starts = new Int32Array(sorted.length);
    this.maxEnd = new Int32Array(sorted.length);
    let max = -1;
    for (let k = 0; k < sorted.length; k++) {
      this.starts[k] = sorted[k].start;
      if (sorted[k].end > max) max = sorted[k].end;
      this.maxEnd[k] = max;
    }
  }

  /** The largest end among spans starting before `position` (or at it, when `inclusive`); -1 for none. */
  private reach(position: number, inclusive: boolean): number {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < position || (inclusive && this.starts[mid] === position)) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -1 : this.maxEnd[lo - 1];
  }

  /** Some span holds `s` (it may be `s` itself). */
  holds(s: Span): boolean {
    return this.reach(s.start, true) >= s.end;
  }

  /** Some span holds `s` and is longer than it. */
  holdsLonger(s: Span): boolean {
    return this.reach(s.start, false) >= s.end || this.reach(s.start, true) > s.end;
  }
}

function sortedByStart(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k - 1].start > spans[k].start) return false;
  return true;
}
