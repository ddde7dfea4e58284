// How fast a run goes, from its first settled article on (start-up is no part of it), and how long
// it has left. The pace since the first article, not over the last few: a worker's first articles
// are slow and unchanged ones go by in microseconds, so a recent window swings.

export class Pace {
  private first?: { at: number; done: number };

  constructor(private readonly now: () => number = Date.now) {}

  /** Told the articles settled so far (written, unchanged or failed). */
  observe(done: number): void {
    if (!this.first && done > 0) this.first = { at: this.now(), done };
  }

  /** Seconds since the first article was settled; 0 before. */
  get seconds(): number {
    return this.first ? (this.now() - this.first.at) / 1000 : 0;
  }

  /** Seconds left for `total` articles when `done` are, at the pace since the first; undefined until it is known. */
  secondsLeft(total: number | undefined, done: number): number | undefined {
    if (!this.first || total === undefined || done === this.first.done) return undefined;
    return (Math.max(0, total - done) * this.seconds) / (done - this.first.done);
  }
}
