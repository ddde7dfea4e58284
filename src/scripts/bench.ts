// Throughput of the whole pipeline on one core, in tokens per second, against compromise's own
// full parse of the same texts in the same run (the baseline the figures are quoted against).
// npm run bench -- [FOLDER of .txt articles, default ../shared/data/conll2003/testa] [--rounds N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { loadConfig } from '../config.js';
import { createPipeline } from '../pipeline.js';
import { tokenize } from '../text/tokenize.js';

/**
 * Tokens per second of `fn` over `texts` (`tokens` is their token count): the median of `rounds`
 * passes after one warm-up pass, since a shared machine makes single passes wobble.
 */
function tokensPerSecond(texts: readonly string[], tokens: number, fn: (text: string) => unknown, rounds: number): number {
  for (const t of texts) fn(t);
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    rates.push(tokens / ((performance.now() - t0) / 1000));
  }
  return rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)];
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '5' } } });
  const dir = positionals[0] ?? '../shared/data/conll2003/testa';
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const rounds = Number(values.rounds);
  const tokens = texts.reduce((sum, t) => sum + tokenize(t).tokens.length, 0);
  const pipeline = createPipeline(loadConfig('pipeline.config.json'));
  // Everything a run does for an article but the disk: every stage, the output schema check, JSON.
  const gazette = tokensPerSecond(texts, tokens, (text) => JSON.stringify(pipeline.annotate({ text }, { file: 'bench' }, 'bench')), rounds);
  const compromise = tokensPerSecond(texts, tokens, (text) => nlp(text).json(), rounds);
  const k = (x: number) => `${Math.round(x / 1000)}k tokens/s`;
  console.log(`${texts.length} articles, ${tokens} tokens (wink-nlp), one core, median of ${rounds} passes after a warm-up`);
  console.log(`gazette, whole pipeline:        ${k(gazette)}`);
  console.log(`compromise nlp(text).json():    ${k(compromise)}`);
  console.log(`ratio: gazette runs ${(gazette / compromise).toFixed(2)}x as fast as compromise's full parse`);
}

main();
