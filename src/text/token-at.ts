// Finding tokens by text offset: one binary search over tokens in text order.
import type { Span } from '../document.js';

/** Index of the first token that ends after `offset`: the token holding it, or the next one (tokens.length if none). */
export function tokenAt(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that starts at or after `offset` (tokens.length if none). */
export function tokenFrom(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
