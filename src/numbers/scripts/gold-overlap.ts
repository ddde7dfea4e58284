// Sanity check, not a benchmark: runs recognizeNumbers over a folder of gold files and lists the
// number candidates that overlap a gold span they should not: a TIMEX3 in TimeBank (the date
// recognizer owns those numbers) or a name in CoNLL ("World War Two", "Euro 96").
// Usage: node dist/numbers/scripts/gold-overlap.js DIR [--list]
//   DIR: ../shared/data/timebank (NAME.gold.json with timexes) or
//        ../shared/data/conll2003/testa (conll-NNN.gold.json with entities)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../../document.js';
import { tokenize } from '../../stages/tokenize.js';
import { recognizeNumbers } from '../index.js';

interface GoldSpan { start: number; end: number; text?: string; type?: string }
interface GoldFile { text: string; timexes?: GoldSpan[]; entities?: GoldSpan[] }

const dir = process.argv[2];
if (!dir) {
  console.error('usage: gold-overlap.js DIR [--list]');
  process.exit(2);
}
const list = process.argv.includes('--list');
let numbers = 0;
let overlapping = 0;
let tokens = 0;
let ms = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldFile;
  // gold offsets are code points; the pipeline works in UTF-16 indices
  const cps = [...gold.text];
  const utf16 = (cp: number) => cps.slice(0, cp).join('').length;
  const spans = (gold.timexes ?? gold.entities ?? []).map((t) => ({ ...t, start: utf16(t.start), end: utf16(t.end) }));
  const doc = { text: gold.text, ...tokenize(gold.text) } as Doc;
  tokens += doc.tokens.length;
  const t0 = performance.now();
  const found = recognizeNumbers(doc);
  ms += performance.now() - t0;
  numbers += found.length;
  for (const c of found) {
    const g = spans.find((x) => x.start < c.end && c.start < x.end);
    if (!g) continue;
    overlapping++;
    if (list) console.log(`${file}\t${c.type}\t${gold.text.slice(c.start, c.end)}\tin ${g.type ?? ''} "${gold.text.slice(g.start, g.end)}"`);
  }
}
console.log(`number candidates: ${numbers}, overlapping a gold span: ${overlapping}; recognizeNumbers ${Math.round(tokens / (ms / 1000))} tokens/s`);
