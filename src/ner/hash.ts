// 32-bit feature hashing: features are integers, so the hot loop builds no strings.

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Combine two hashes (murmur3 finaliser over a boost-style combine). */
export function mix(a: number, b: number): number {
  let h = a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2));
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
