import { mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planInputs, readInputs, type InputItem } from '../../src/runner/inputs.js';
import { ArticleError, ingest } from '../../src/stages/ingest.js';
import { articleFields } from '../../src/runner/article-fingerprint.js';
import { loadConfig } from '../../src/config.js';
import { createPipeline } from '../../src/pipeline.js';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gazette-inputs-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

async function collect(inputs: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(await planInputs(inputs))) items.push(item);
  return items;
}

describe('readInputs', () => {
  it('reads .txt with its sidecar, .json and each .jsonl line, and skips sidecars and gold files in folders', async () => {
    const dir = folder({
      'a.txt': 'Text of a.',
      'a.meta.json': JSON.stringify({ published: '2020-01-02', source: 'wire', note: 'about a' }),
      'b.json': JSON.stringify({ id: 'bee', text: 'Text of b.' }),
      'c.jsonl': `${JSON.stringify({ text: 'first' })}\n\n${JSON.stringify({ id: 'c2', text: 'second' })}\r\n`,
      'd.gold.json': JSON.stringify({ text: 'gold, not an article' }),
      'notes.md': 'ignored',
    });
    const items = await collect([dir]);
    expect(items.every((i) => !(i instanceof ArticleError))).toBe(true);
    expect(items.map((i) => (i as { defaultId: string }).defaultId)).toEqual(['a', 'b', 'c-1', 'c-3']);
    expect((items[0] as { input: unknown }).input).toEqual({ published: '2020-01-02', source: 'wire', text: 'Text of a.' });
    expect((items[3] as { origin: unknown }).origin).toEqual({ file: path.join(dir, 'c.jsonl'), line: 3 });
  });

  it('names each bad input with its file, line and reason, and goes on', async () => {
    const dir = folder({
      'binary.txt': Buffer.from([0x47, 0x00, 0x01, 0x02]),
      'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x21]),
      'notext.json': JSON.stringify({ id: 'x' }),
      'list.json': JSON.stringify([{ text: 'One.' }, { text: 'Two.' }]),
      'broken.json': '{"text": ',
      'lines.jsonl': `${JSON.stringify({ text: 'good one' })}\n{not json}\n${JSON.stringify({ text: 'good two' })}\n`,
      // Metadata nested 1,000 levels below the article is read; 1,001 are refused (copying and hashing them recursed).
      'nested.json': `{"text": "Deep.", "meta": ${'['.repeat(1000)}${']'.repeat(1000)}}`,
      'deep.json': `{"text": "Deeper.", "meta": ${'['.repeat(1001)}${']'.repeat(1001)}}`,
    });
    const items = await collect([dir, path.join(dir, 'missing.txt')]);
    const errors = items.filter((i): i is ArticleError => i instanceof ArticleError).map((e) => e.message.replace(`${dir}/`, ''));
    // JSON.parse's own wording differs between Node versions: only its start is pinned down.
    expect(errors).toEqual([
      'binary.txt: binary file: it holds NUL bytes',
      expect.stringMatching(/^broken\.json: malformed JSON: \S/),
      'deep.json: JSON nested more than 1000 levels deep: no article is; refused before it is copied or hashed, which would overflow the stack',
      'latin1.txt: not valid UTF-8 text: convert it first (from Windows-1252 or Latin-1: iconv -f windows-1252 -t utf-8)',
      expect.stringMatching(/^lines\.jsonl:2: malformed JSON: \S/),
      `list.json: a JSON array: expected one article object {"text": ...}; for a list of articles write one a line (jq -c '.[]' FILE.json > FILE.jsonl)`,
      'missing.txt: cannot read: no such file or folder',
    ]);
    // notext.json is read fine; it is ingest that refuses it (below). Both good JSONL lines survive, and nested.json.
    expect(items.filter((i) => !(i instanceof ArticleError))).toHaveLength(4);
  });

  it('counts the items before the first when no JSONL file is among the inputs', async () => {
    const dir = folder({ 'a.txt': 'A.', 'a.meta.json': '{}', 'b.json': JSON.stringify({ text: 'B.' }), 'notes.md': 'not read' });
    const lines = folder({ 'c.jsonl': `${JSON.stringify({ text: 'C.' })}\n` });
    const count = async (inputs: string[], exclude: string[] = []) => {
      const plan = await planInputs(inputs, exclude);
      let items = 0;
      for await (const _ of readInputs(plan)) items++;
      return { counted: plan.items, items };
    };
    // A missing input is an item too: the run counts it as failed.
    expect(await count([dir, path.join(dir, 'missing.txt')])).toEqual({ counted: 3, items: 3 });
    expect(await count([dir, lines])).toEqual({ counted: undefined, items: 3 });
    // What is excluded (the run's output) is neither counted nor read.
    expect(await count([dir], [path.join(dir, 'b.json')])).toEqual({ counted: 1, items: 1 });
  });

  it('names a folder it cannot list and lists the rest', async (context) => {
    // A folder that even root may not list, where the kernel keeps one (a container's /proc/1/map_files).
    const locked = '/proc/1/map_files';
    let listed = true;
    try {
      readdirSync(locked);
    } catch {
      listed = false;
    }
    if (listed) context.skip(`${locked} can be listed on this machine: no folder here that cannot be`);
    const dir = folder({ 'a.txt': 'A.' });
    symlinkSync(locked, path.join(dir, 'locked'));
    const items = await collect([dir]);
    expect(items.map((i) => (i instanceof ArticleError ? i.message : (i as { defaultId: string }).defaultId))).toEqual([
      `${path.join(dir, 'locked')}: cannot read the folder: permission denied`,
      'a',
    ]);
  });

  it('names a file whose name is not UTF-8, which it cannot open by name, and reads the rest', async () => {
    const dir = folder({ 'a.txt': 'A.' });
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'Latin-1 name.');
    const items = await collect([dir]);
    expect(items.map((i) => (i instanceof ArticleError ? i.message : (i as { defaultId: string }).defaultId))).toEqual([
      `${path.join(dir, 'caf\uFFFD.txt')}: the name is not valid UTF-8, as gazette reads names: rename it (for Latin-1 names: convmv -f latin1 -t utf-8 --notest)`,
      'a',
    ]);
  });

  it('names in words why an input given by name cannot be read', async () => {
    const dir = folder({ 'a.txt': 'A.' });
    symlinkSync(path.join(dir, 'loop2'), path.join(dir, 'loop1'));
    symlinkSync(path.join(dir, 'loop1'), path.join(dir, 'loop2'));
    const items = await collect([path.join(dir, 'a.txt/'), path.join(dir, 'loop1'), path.join(dir, 'missing.txt')]);
    expect(items.map((i) => (i as ArticleError).reason)).toEqual([
      'cannot read: a part of the path is a file, not a folder',
      'cannot read: a loop of symbolic links',
      'cannot read: no such file or folder',
    ]);
  });

  it('reads gzipped JSONL as it decompresses, and names one that is not gzip', async () => {
    const lines = `${JSON.stringify({ id: 'g1', text: 'First.' })}\n${JSON.stringify({ text: 'Second.' })}\n`;
    const dir = folder({ 'Feed.JSONL.GZ': gzipSync(lines), 'bad.ndjson.gz': 'not gzip' });
    const plan = await planInputs([dir]);
    expect(plan.items).toBeUndefined(); // lines are not counted ahead
    const items = await collect([dir]);
    expect(items.map((i) => (i instanceof ArticleError ? i.message : (i as { defaultId: string; input: { id?: string } }).input.id ?? (i as { defaultId: string }).defaultId))).toEqual([
      'g1',
      'Feed-2',
      `${path.join(dir, 'bad.ndjson.gz')}: cannot read: not valid gzip data (corrupt, or cut short)`,
    ]);
  });

  it('tells the files the listing skipped when it is read', async () => {
    const dir = folder({ 'a.txt': 'A.', 'notes.md': 'not read', 'x.gold.json': '{}' });
    const plan = await planInputs([dir]);
    const told: string[] = [];
    for await (const _ of readInputs(plan, { onSkipped: (file, why) => told.push(`${path.basename(file)}: ${why}`) }));
    expect(told).toEqual(['notes.md: not .txt, .json, .jsonl, .ndjson, .jsonl.gz, .ndjson.gz', 'x.gold.json: gold annotations']);
  });
});

describe('ingest', () => {
  const origin = { file: 'in.json' };
  it('refuses an article without text, with empty text, or with a bad date, naming the field', () => {
    expect(() => ingest({ id: 'x' }, origin, 'x')).toThrow('in.json: text: is missing');
    // where another feed's key seems to hold it, the message names it and the way to move it
    expect(() => ingest({ id: 'x', body: 'Angela Merkel spoke.' }, origin, 'x')).toThrow(`in.json: text: is missing; the text seems to be in "body": move it (jq -c '.text = .body | del(.body)')`);
    expect(() => ingest({ id: 'x', content: 42 }, origin, 'x')).toThrow(/^in.json: text: is missing$/);
    expect(() => ingest({ text: ' \n ' }, origin, 'x')).toThrow('in.json: empty article: no text');
    expect(() => ingest({ text: 'a', published: '2019-02-30' }, origin, 'x')).toThrow('in.json: published: must be a real date written YYYY-MM-DD, or a date and time in ISO 8601 (2021-03-04T10:00:00Z) or RFC 2822 (Thu, 04 Mar 2021 10:00:00 GMT)');
    expect(() => ingest({ text: 'a', id: '../etc' }, origin, 'x')).toThrow(/in.json: id: must be 1 to 200 ASCII letters/);
  });

  it('takes a published date and time in ISO 8601 or RFC 2822, as feeds write them, and reads relative dates against its date as written', () => {
    const pipeline = createPipeline(loadConfig('configs/timex-only.json'));
    const text = 'The deal was signed yesterday.';
    const kept = ['2021-03-04T23:30:00-05:00', '2021-03-04T10:00:00Z', '2021-03-04 10:00', '2021-03-04T10:00:00.123+0530', '2021-03-04'];
    // RSS's form is recorded as the same moment in ISO 8601, its date and clock as written.
    const rss: [string, string][] = [['Thu, 04 Mar 2021 23:30:00 EST', '2021-03-04T23:30:00-05:00'], ['4 Mar 2021 10:00 +0530', '2021-03-04T10:00:00+05:30'], ['Thu, 04 Mar 2021 10:00:00 GMT', '2021-03-04T10:00:00Z']];
    for (const [published, recorded] of [...kept.map((p): [string, string] => [p, p]), ...rss]) {
      const doc = pipeline.annotate({ id: 'p', published, text }, origin, 'p');
      expect(doc.document.published).toBe(recorded);
      expect(doc.mentions.map((m) => [m.text, m.value])).toEqual([['yesterday', '2021-03-03']]);
    }
    for (const published of ['March 4, 2021', '2021-03-04T25:00Z', '2021-02-30T10:00Z', 'Thu, 31 Feb 2021 10:00:00 GMT', '04 Mar 2021 10:00:00 XYZ']) {
      expect(() => ingest({ text, published }, origin, 'x')).toThrow('in.json: published: must be a real date written YYYY-MM-DD, or a date and time in ISO 8601 (2021-03-04T10:00:00Z) or RFC 2822 (Thu, 04 Mar 2021 10:00:00 GMT)');
    }
  });

  it('takes an id given as a whole number as its digits, in the document and in the fields a run fingerprints and checks for duplicates', () => {
    expect(ingest({ id: 123, text: 'a' }, origin, 'x').article.id).toBe('123');
    expect(articleFields({ id: 123, text: 'a' }, 'x')?.id).toBe('123');
    for (const id of [12.5, -4, 2 ** 53]) expect(() => ingest({ id, text: 'a' }, origin, 'x')).toThrow('in.json: id: must be a string or a whole number of at least 0');
  });

  it('takes a source given as an object with a name, as NewsAPI writes it, as that name, in the document and in the fields a run fingerprints', () => {
    const newsApi = { text: 'a', source: { id: 'bbc-news', name: 'BBC News' } };
    expect(ingest(newsApi, origin, 'x').article.source).toBe('BBC News');
    expect(articleFields(newsApi, 'x')?.source).toBe('BBC News');
    for (const source of [{ id: 'bbc-news' }, ['BBC News'], 7]) {
      expect(() => ingest({ text: 'a', source }, origin, 'x')).toThrow('in.json: source: must be a string, or an object with a "name" string ({"name": "BBC News"})');
    }
  });

  it('reads the publication date under the keys other feeds use when "published" is absent, in the document, the fingerprinted fields and a sidecar', async () => {
    const text = 'The minister resigned on Monday.';
    const [read] = await collect([folder({ 'a.txt': text, 'a.meta.json': JSON.stringify({ publishedAt: '2021-03-04' }) })]);
    expect(ingest((read as { input: unknown }).input, origin, 'a').article.published).toBe('2021-03-04');
    expect(ingest({ text, publishedAt: '2021-03-04T10:00:00Z' }, origin, 'x').article.published).toBe('2021-03-04T10:00:00Z');
    expect(ingest({ text, pubDate: 'Thu, 04 Mar 2021 10:00:00 GMT' }, origin, 'x').article.published).toBe('2021-03-04T10:00:00Z');
    expect(ingest({ text, datePublished: '2021-03-04' }, origin, 'x').article.published).toBe('2021-03-04');
    expect(ingest({ text, published: '2021-03-05', publishedAt: '2021-03-04' }, origin, 'x').article.published).toBe('2021-03-05');
    expect(ingest({ text, date: '2021-03-04' }, origin, 'x').article.published).toBeNull();
    expect(articleFields({ text, publishedAt: '2021-03-04' }, 'x')?.published).toBe('2021-03-04');
    expect(() => ingest({ text, publishedAt: 'March 4' }, origin, 'x')).toThrow('in.json: publishedAt: must be a real date written YYYY-MM-DD');
  });

  it('removes a BOM, keeps the rest of the text exactly, and hashes it', () => {
    const doc = ingest({ text: '\uFEFFLine one\r\nLine two ' }, origin, 'fallback');
    expect(doc.text).toBe('Line one\r\nLine two ');
    expect(doc.article.id).toBe('fallback');
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
