// Shared by the review tests: the CLI as users run it, and small corpora annotated by it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OutputDocument } from '../../src/schema/output.js';

export function gazette(...args: string[]) {
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
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
