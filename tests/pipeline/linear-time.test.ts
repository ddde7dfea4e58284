// Every stage's work grows in proportion to the article, whatever its shape: for each shape of text a
// hostile or broken feed sends (one run of thousands of capitalised words, a line in capitals, a list of
// figures, a token without spaces), the time per character of a text eight times as long stays under three
// times that of the short one, where a step that compares every name with every name gives eight. Timed by
// this process's CPU, the least of a few tries each (a busy machine adds to the CPU less than to the
// clock, and only upwards), and never asserted as a time: only the ratio.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createPipeline } from '../../src/pipeline.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pipeline = createPipeline(loadConfig(path.join(root, 'pipeline.config.json')));
const article = readFileSync(path.join(root, 'corpus', 'iranfocus-2019-12-20-maximum-pressure.txt'), 'utf8');

const GROWTH = 8;
const MOST_RATIO = 3;

/** n pieces, piece(i) each, joined by `between`. */
const repeat = (piece: (i: number) => string, between = ' ') => (n: number) => Array.from({ length: n }, (_, i) => piece(i)).join(between);
const letter = (i: number) => String.fromCharCode(97 + (i % 26));

/** Each shape: how its text of n pieces is made, and n for the short text (about 10-20 thousand characters). */
const SHAPES: [string, (n: number) => string, number][] = [
  ['news, the bundled article over and over', repeat(() => article, '\n\n'), 2],
  ['one run of capitalised words (a table flattened, a list of names)', repeat((i) => `Zorb${letter(i)}${letter(i >> 4)}ex`), 1_500],
  ['a title over and over before a name', (n) => `${repeat(() => 'Mr.')(n)} Smith`, 3_000],
  ['one long line in capitals', repeat(() => 'THE UNITED NATIONS SAID'), 600],
  ['a list of figures', repeat((i) => String(i * 7), ', '), 2_000],
  ['number words run together', repeat(() => 'one hundred twenty three thousand'), 400],
  ['figures joined by "and"', repeat((i) => String(i % 97), ' and '), 2_000],
  ['dates and ranges on one line', repeat((i) => `Jan. ${1 + (i % 28)}, Feb. 6 and March 7, 2024 to April`), 400],
  ['times of day on weekdays in one sentence without a stop', repeat((i) => `at ${1 + (i % 12)}:${10 + (i % 50)} p.m. on Monday`), 600],
  ['people and places on one line', repeat((i) => `Anna Ko${letter(i)}lova met Ivan Pe${letter(i + 3)}trov in Vel${letter(i + 7)}grad.`), 300],
  ['a token without spaces', (n) => `Q${'x'.repeat(n)}`, 20_000],
  ['lines of a results table', repeat((i) => `Team${letter(i)} ${i % 5} Club${letter(i + 11)} ${i % 4}`, '\n'), 700],
];

/** CPU milliseconds of this process to annotate `text`, the least of `tries`. */
function cpuOf(text: string, tries: number): number {
  let least = Infinity;
  for (let t = 0; t < tries; t++) {
    const before = process.cpuUsage();
    pipeline.process({ id: 'long', text }, { file: 'long' }, 'long');
    const used = process.cpuUsage(before);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

describe('time per character of an article eight times as long', () => {
  it.each(SHAPES)('%s: under three times that of the short one', (_shape, make, n) => {
    const short = make(n);
    const long = make(n * GROWTH);
    cpuOf(long, 1); // compiled and warm, and the heap grown, before either is timed
    const ratio = (cpuOf(long, 3) / long.length) / (cpuOf(short, 3) / short.length);
    expect(ratio, `ratio ${ratio.toFixed(2)} (${short.length} and ${long.length} characters)`).toBeLessThan(MOST_RATIO);
  }, 120_000);
});
