import { describe, expect, it } from 'vitest';
import { codePointOffsets, utf16Offsets } from '../../src/offsets.js';

describe('codePointOffsets', () => {
  it('is the identity on text without astral characters', () => {
    const cp = codePointOffsets('Tehran and Paris');
    expect(cp(11)).toBe(11);
  });

  it('counts an emoji or other astral character as one code point', () => {
    const text = '😀🇮🇷 𝐀 Tehran';
    const cp = codePointOffsets(text);
    const start = text.indexOf('Tehran');
    expect(start).toBe(10); // UTF-16: 2 + 4 + 1 + 2 + 1
    expect(cp(start)).toBe(6);
    expect([...text].slice(cp(start), cp(start + 6)).join('')).toBe('Tehran');
    expect(cp(text.length)).toBe([...text].length);
  });
});

describe('utf16Offsets', () => {
  it('is the inverse of codePointOffsets at every code point', () => {
    const text = '😀🇮🇷 𝐀 Tehran';
    const cp = codePointOffsets(text);
    const utf16 = utf16Offsets(text);
    for (let k = 0; k <= [...text].length; k++) expect(cp(utf16(k))).toBe(k);
  });
});
