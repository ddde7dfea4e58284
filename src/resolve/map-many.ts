// Array.prototype.flatMap, for the rules that run over every candidate of an article: V8's flatMap
// is general (any depth, array-likes) and several times slower than this loop on arrays of arrays.

/** Each item's results, one after another, in order (as `items.flatMap(f)` when `f` returns arrays). */
export function mapMany<T, U>(items: readonly T[], f: (item: T, k: number) => readonly U[]): U[] {
  const out: U[] = [];
  for (let k = 0; k < items.length; k++) {
    const results = f(items[k], k);
    for (let j = 0; j < results.length; j++) out.push(results[j]);
  }
  return out;
}

/**
 * Each item's result, in order (as `items.map(f)`), built by push. V8's map inlined in optimized code makes a holey
 * array where the interpreter's makes a packed one; the rules pass their arrays on to each other, and a rule that met
 * one kind was deoptimised and compiled again when the other came ("wrong map").
 */
export function mapEach<T, U>(items: readonly T[], f: (item: T, k: number) => U): U[] {
  const out: U[] = [];
  for (let k = 0; k < items.length; k++) out.push(f(items[k], k));
  return out;
}

/** out.push(...items) for an array of any length: a spread passes each item as an argument, which overflows the stack past about 120,000. */
export function pushAll<T>(out: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) out.push(items[k]);
}
