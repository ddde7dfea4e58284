// How fast a run goes, from its first article done on (start-up is no part of it), and how long
// it has left; what counts as done is the caller's (articles settled, or annotated). The pace
// since the first article, not over the last few: a worker's first articles are slow and
// unchanged ones go by in microseconds, so a recent window swings.

export class Pace {
  private first?: { at: number; done: number };
  private done = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Told how many articles are done so far. */
  observe(done: number): void {
    this.done = done;
    if (!this.first && done > 0) this.first = { at: this.now(), done };
  }

  /** Seconds since the first article was settled; 0 before. */
  get seconds(): number {
    return this.first ? (this.now() - this.first.at) / 1000 : 0;
  }

  /** Seconds left for `total` articles when `done` are (which may count more than the pace does), at the pace since the first; undefined until it is known. */
  secondsLeft(total: number | undefined, done: number): number | undefined {
    return total === undefined ? undefined : this.secondsFor(Math.max(0, total - done));
  }

  /** Seconds for `n` more at the pace since the first; undefined until it is known (two points). */
  secondsFor(n: number): number | undefined {
    if (!this.first || this.done === this.first.done) return undefined;
    return (n * this.seconds) / (this.done - this.first.done);
  }
}
