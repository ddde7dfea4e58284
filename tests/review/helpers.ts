// Shared by the review tests: the CLI as users run it, and small corpora annotated by it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OutputDocument } from '../../src/schema/output.js';

/** Killed after two minutes, so that a command stuck for ever (a pipe's open()) fails its test instead of hanging the suite. */
export function gazette(...args: string[]) {
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL', env: { ...process.env, LOG_LEVEL: 'silent' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `gazette-${prefix}-`));
}

/** Articles the review tests share: markup and an emoji in the text, names, numbers and dates. */
export const ARTICLES = [
  { id: 'merkel', published: '2021-03-04', text: 'Angela Merkel met Emmanuel Macron in Paris on Monday. Merkel said Germany would pay 2.4 billion euros.' },
  { id: 'markup', published: '2020-05-01', text: 'The tag <script>alert("x")</script> and </mark> <b>bold</b> & "quotes" appeared in a Reuters story 🙂 about Google in London on Friday.' },
  { id: 'eu-fine', text: 'The European Union fined Google 2.4 billion euros. Margrethe Vestager said 3 companies in Brussels would appeal.' },
];

/** Annotates `articles` with `gazette run` and returns the output folder. */
export function annotate(articles: readonly object[] = ARTICLES): string {
  const inputs = tempDir('review-in');
  const out = tempDir('review-out');
  writeFileSync(path.join(inputs, 'feed.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n'));
  const run = gazette('run', inputs, '--out', out);
  if (run.code !== 0) throw new Error(`gazette run failed: ${run.stdout}${run.stderr}`);
  return out;
}

export function readOutputFolder(dir: string): OutputDocument[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => OutputDocument.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
}

/** CoNLL-2003 gold made for these tests: four columns, two articles. */
export const CONLL_GOLD = [
  '-DOCSTART- -X- -X- O', '',
  'Angela NNP I-NP I-PER', 'Merkel NNP I-NP I-PER', 'met VBD I-VP O', 'Emmanuel NNP I-NP I-PER', 'Macron NNP I-NP I-PER',
  'in IN I-PP O', 'Paris NNP I-NP I-LOC', 'on IN I-PP O', 'Monday NNP I-NP O', '. . O O', '',
  'The DT I-NP O', 'European NNP I-NP I-ORG', 'Union NNP I-NP I-ORG', 'fined VBD I-VP O', 'Google NNP I-NP I-ORG', '. . O O', '',
  '-DOCSTART- -X- -X- O', '',
  'German JJ I-NP I-MISC', 'Chancellor NNP I-NP O', 'Olaf NNP I-NP I-PER', 'Scholz NNP I-NP I-PER', 'visited VBD I-VP O',
  'Washington NNP I-NP I-LOC', 'and CC O O', 'the DT I-NP O', 'World NNP I-NP I-ORG', 'Bank NNP I-NP I-ORG', "'s POS I-NP O",
  'offices NNS I-NP O', 'in IN I-PP O', 'New NNP I-NP I-LOC', 'York NNP I-NP I-LOC', '. . O O', '',
].join('\n');
