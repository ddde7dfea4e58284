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
