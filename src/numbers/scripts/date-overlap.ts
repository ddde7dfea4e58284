// Sanity check, not a benchmark: runs recognizeNumbers over TimeBank articles and lists the
// number candidates that overlap a gold TIMEX3 (numbers the date recognizer should own).
// Usage: node dist/numbers/scripts/date-overlap.js [../shared/data/timebank] [--list]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeNumbers } from '../index.js';
import { tokenize } from '../../stages/tokenize.js';
import type { Doc } from '../../document.js';

interface Timex { start: number; end: number; text: string }

const dir = process.argv[2] ?? '../shared/data/timebank';
const list = process.argv.includes('--list');
let numbers = 0;
let overlapping = 0;
let tokens = 0;
let ms = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { text: string; timexes: Timex[] };
  // gold offsets are code points; convert to UTF-16 indices
  const cps = [...gold.text];
  const utf16 = (cp: number) => cps.slice(0, cp).join('').length;
  const timexes = gold.timexes.map((t) => ({ ...t, start: utf16(t.start), end: utf16(t.end) }));
  const doc = { text: gold.text, ...tokenize(gold.text) } as Doc;
  tokens += doc.tokens.length;
  const t0 = performance.now();
  const found = recognizeNumbers(doc);
  ms += performance.now() - t0;
  numbers += found.length;
  for (const c of found) {
    const t = timexes.find((x) => x.start < c.end && c.start < x.end);
    if (!t) continue;
    overlapping++;
    if (list) console.log(`${file}\t${c.type}\t${gold.text.slice(c.start, c.end)}\tin TIMEX "${t.text}"`);
  }
}
console.log(`number candidates: ${numbers}, overlapping a gold TIMEX3: ${overlapping}; recognizeNumbers ${Math.round(tokens / (ms / 1000))} tokens/s`);
