// byteLines, the one line reader of the JSONL inputs, the JSONL output and the review tools: lines
// that run across the stream's chunks (64 KB) come whole, with the byte offsets of the file.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { byteLines } from '../../src/runner/byte-lines.js';
import { tempDir } from './cli.js';

describe('byteLines', () => {
  it('gives each line its bytes and offsets, across chunks, and marks a last line without a line break', async () => {
    const lines = ['short', 'é'.repeat(70_000), '', 'x'.repeat(140_000) + '\r', 'torn'];
    const file = path.join(tempDir('byte-lines'), 'lines.jsonl');
    const text = lines.join('\n');
    writeFileSync(file, text);
    const read = [];
    for await (const line of byteLines(file)) read.push({ text: line.bytes.toString('utf8'), start: line.start, end: line.end, whole: line.whole });
    let start = 0;
    const expected = lines.map((line, i) => {
      const whole = i < lines.length - 1;
      const end = start + Buffer.byteLength(line) + (whole ? 1 : 0);
      const entry = { text: line, start, end, whole };
      start = end;
      return entry;
    });
    expect(read).toEqual(expected);
    expect(read.at(-1)!.end).toBe(Buffer.byteLength(text));
  });

  it('passes over a line longer than the most asked for, with its offsets, and goes on with the next', async () => {
    const lines = ['short', 'x'.repeat(200_000), 'after', 'y'.repeat(100_001)];
    const file = path.join(tempDir('byte-lines'), 'long.jsonl');
    writeFileSync(file, lines.join('\n'));
    const read = [];
    for await (const line of byteLines(file, 100_000)) read.push({ text: line.bytes.toString('utf8'), start: line.start, end: line.end, whole: line.whole, tooLong: line.tooLong });
    expect(read).toEqual([
      { text: 'short', start: 0, end: 6, whole: true, tooLong: undefined },
      { text: '', start: 6, end: 200_007, whole: true, tooLong: true },
      { text: 'after', start: 200_007, end: 200_013, whole: true, tooLong: undefined },
      { text: '', start: 200_013, end: 300_014, whole: false, tooLong: true },
    ]);
  });
});
