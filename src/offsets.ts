// Converts between UTF-16 string indices (what JavaScript slices by) and Unicode code point offsets
// (what the output contract promises, so Python's text[start:end] gives the mention).

/** Returns a function mapping a UTF-16 index in `text` to its code point offset. */
export function codePointOffsets(text: string): (utf16: number) => number {
  // Fast path: with no surrogate pairs the two units agree.
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const code = text.charCodeAt(i);
    const isHighSurrogate = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    if (isHighSurrogate) map[++i] = cp; // the low half belongs to the same code point
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

/** Maps a code point offset in `text` to its UTF-16 index. */
export function utf16Offsets(text: string): (codePoint: number) => number {
  // With no surrogate pairs the two units agree.
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    map.push(i);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
  }
  map.push(text.length);
  return (cp) => map[cp] ?? text.length;
}
