// Ascending unsigned 32-bit keys written as varint deltas: the model's feature keys and the word
// clusters' hashes, both sorted, so most deltas take one or two bytes before gzip.

/** The deltas of `keys` (ascending, unsigned) as varints. */
export function encodeDeltas(keys: Iterable<number>): Buffer {
  const bytes: number[] = [];
  let last = 0;
  for (const key of keys) {
    let d = key - last;
    last = key;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    bytes.push(d);
  }
  return Buffer.from(bytes);
}

/** `count` keys read back from `buf` at `offset`, and the offset after them. */
export function decodeDeltas(buf: Buffer, offset: number, count: number): { keys: Uint32Array; end: number } {
  const keys = new Uint32Array(count);
  let p = offset;
  let last = 0;
  for (let i = 0; i < count; i++) {
    let d = 0;
    let mult = 1;
    for (;;) {
      const b = buf[p++];
      d += (b & 0x7f) * mult;
      if (b < 0x80) break;
      mult *= 128;
    }
    last += d;
    keys[i] = last;
  }
  return { keys, end: p };
}
