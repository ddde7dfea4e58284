// `gazette export` round trips: each format read back the way its tool reads it gives the mentions
// gazette wrote. Output comes from real `gazette run`s of small articles made here.
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evaluateConll, scoreConll } from '../../src/eval/conll.js';
import { readConllColumns } from '../../src/gold/conll.js';
import { conllArticle } from '../../src/review/export/conll.js';
import type { OutputDocument } from '../../src/schema/output.js';
import { annotate, CONLL_GOLD, gazette, readOutputFolder, tempDir } from './helpers.js';

let out: string;
let docs: OutputDocument[];
const codePoints = (s: string, start: number, end: number) => [...s].slice(start, end).join('');

beforeAll(() => {
  out = annotate();
  docs = readOutputFolder(out);
});

/** Maps offsets in `text` to counts of non-space characters before them: the same in any re-spacing of the same tokens. */
function visibleBefore(text: string): (i: number) => number {
  const map = new Int32Array(text.length + 1);
  for (let i = 0, n = 0; i <= text.length; i++) {
    map[i] = n;
    if (i < text.length && !/\s/.test(text[i])) n++;
  }
  return (i) => map[i];
}

describe('export --format conll', () => {
  it('scores, with the project\'s CoNLL scorer, exactly as the JSON it came from', () => {
    const dir = tempDir('conll');
    writeFileSync(path.join(dir, 'gold.conll'), CONLL_GOLD);
    const articles = readConllColumns(path.join(dir, 'gold.conll'));
    const run = annotate(articles.map((a) => ({ id: a.id, text: a.text })));
    const byId = new Map(readOutputFolder(run).map((d) => [d.document.id, d]));
    const fromJson = evaluateConll(articles, (_text, id) => byId.get(id)!.mentions);

    const exported = path.join(dir, 'pred.conll');
    expect(gazette('export', run, '--format', 'conll', '--out', exported).code).toBe(0);
    const pred = readConllColumns(exported);
    expect(pred.map((p) => p.text.replace(/\s/g, ''))).toEqual(articles.map((a) => a.text.replace(/\s/g, '')));
    // CoNLL is tokens: compare spans by the non-space characters before them, which re-spacing leaves alone.
    const aligned = pred.map((p, k) => {
      const before = visibleBefore(p.text);
      const visible = [...articles[k].text].flatMap((c, i) => (/\s/.test(c) ? [] : [i])); // j-th non-space character's offset
      return p.entities.map((e) => ({ ...e, start: visible[before(e.start)], end: visible[before(e.end) - 1] + 1 }));
    });
    const fromConll = scoreConll(articles.map((a) => a.entities), aligned);
    expect(fromConll).toEqual(fromJson);
    expect(fromJson['PER+ORG+LOC'].tp).toBeGreaterThan(5);
  });

  it('tags every label with --labels ontonotes, IOB2, two columns a line', () => {
    const file = path.join(tempDir('conll-onto'), 'all.conll');
    expect(gazette('export', out, '--format', 'conll', '--labels', 'ontonotes', '--out', file).code).toBe(0);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.filter((l) => l.startsWith('-DOCSTART-'))).toHaveLength(docs.length);
    const tags = lines.filter((l) => l && !l.startsWith('-DOCSTART-')).map((l) => l.split(' ')[1]);
    const entities = tags.filter((t) => t.startsWith('B-'));
    expect(entities.length).toBe(docs.reduce((s, d) => s + d.mentions.length, 0));
    expect(new Set(entities)).toContain('B-DATE');
    expect(new Set(entities)).toContain('B-MONEY');
    expect(lines.every((l) => l === '' || l.startsWith('-DOCSTART-') || l.split(' ').length === 2)).toBe(true);
  });

  it('splits a token where a mention starts or ends inside it, and keeps sentences apart', () => {
    const doc = structuredClone(docs[0]);
    doc.text = 'The Paris-based firm grew.\nIt hired 🙂 Ann Lee.';
    doc.sentences = [{ start: 0, end: 26 }, { start: 27, end: 46 }];
    const mention = { sentence: 0, confidence: 1, source: 'test' };
    doc.mentions = [
      { ...mention, start: 4, end: 9, text: 'Paris', type: 'GPE', entity: 'gpe/paris' },
      { ...mention, start: 38, end: 45, text: 'Ann Lee', type: 'PERSON', sentence: 1 },
    ];
    expect(codePoints(doc.text, 38, 45)).toBe('Ann Lee');
    const lines = conllArticle(doc, 'conll').trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual(['-DOCSTART- -X- -X- O', '', 'The O', 'Paris B-LOC']);
    expect(lines[4]).toMatch(/^-\S* O$/);
    expect(lines).toContain('Ann B-PER');
    expect(lines).toContain('Lee I-PER');
    expect(lines.indexOf('')).toBe(1);
    expect(lines.lastIndexOf('')).toBeGreaterThan(lines.indexOf('grew O'));
    expect(lines.lastIndexOf('')).toBeLessThan(lines.indexOf('It O'));
  });
});

describe('export --format brat', () => {
  it('writes .txt and .ann whose spans, in brat\'s character offsets, slice to each mention\'s text', () => {
    const dir = path.join(tempDir('brat'), 'collection');
    expect(gazette('export', out, '--format', 'brat', '--out', dir).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([...docs.flatMap((d) => [`${d.document.id}.ann`, `${d.document.id}.txt`]), 'annotation.conf', 'visual.conf'].sort());
    const conf = readFileSync(path.join(dir, 'annotation.conf'), 'utf8');
    for (const doc of docs) {
      const text = readFileSync(path.join(dir, `${doc.document.id}.txt`), 'utf8');
      expect(text).toBe(doc.text);
      const ann = readFileSync(path.join(dir, `${doc.document.id}.ann`), 'utf8').trimEnd().split('\n');
      const spans = ann.filter((l) => l.startsWith('T')).map((l) => {
        const [id, typeAndSpans, shown] = l.split('\t');
        const [type, ...offsets] = typeAndSpans.split(/[ ;]/);
        const pieces = [];
        for (let k = 0; k < offsets.length; k += 2) pieces.push(codePoints(text, Number(offsets[k]), Number(offsets[k + 1])));
        expect(pieces.join(' ')).toBe(shown);
        expect(conf.split('\n')).toContain(type);
        return { id, type, text: shown };
      });
      expect(spans.map((s) => [s.type, s.text])).toEqual(doc.mentions.map((m) => [m.type, m.text]));
      const notes = ann.filter((l) => l.startsWith('#'));
      for (const note of notes) expect(spans.map((s) => s.id)).toContain(note.split('\t')[1].split(' ')[1]);
      expect(notes.length).toBe(doc.mentions.filter((m) => m.entity || m.value !== undefined).length);
    }
  });
});

// The task shape Label Studio documents for importing pre-annotations (labelstud.io/guide/predictions).
const LabelStudioTasks = z.array(z.object({
  data: z.object({ text: z.string() }).loose(),
  predictions: z.array(z.object({
    model_version: z.string().optional(),
    score: z.number().optional(),
    result: z.array(z.object({
      id: z.string(),
      from_name: z.string(),
      to_name: z.string(),
      type: z.literal('labels'),
      value: z.strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string(), labels: z.array(z.string()).length(1) }),
      score: z.number().optional(),
      meta: z.object({ text: z.array(z.string()) }).optional(),
    }).strict()),
  }).strict()),
}).strict());

describe('export --format label-studio', () => {
  it('writes tasks in the documented shape, matching the labelling config written beside them', () => {
    const dir = tempDir('ls');
    const file = path.join(dir, 'tasks.json');
    const run = gazette('export', out, '--format', 'label-studio', '--out', file);
    expect(run.code).toBe(0);
    const config = readFileSync(path.join(dir, 'tasks.label-config.xml'), 'utf8');
    expect(run.stdout).toContain(config);
    const tasks = LabelStudioTasks.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(tasks).toHaveLength(docs.length);
    const labelsName = /<Labels name="([^"]+)" toName="([^"]+)"/.exec(config)!;
    const textName = /<Text name="([^"]+)" value="\$([^"]+)"/.exec(config)!;
    const labelValues = [...config.matchAll(/<Label value="([^"]+)"/g)].map((m) => m[1]);
    for (const [k, task] of tasks.entries()) {
      expect(task.data[textName[2]]).toBe(docs[k].text);
      const result = task.predictions[0].result;
      expect(result.map((r) => r.value.text)).toEqual(docs[k].mentions.map((m) => m.text));
      for (const r of result) {
        expect([r.from_name, r.to_name]).toEqual([labelsName[1], textName[1]]);
        expect(labelsName[2]).toBe(textName[1]);
        expect(labelValues).toContain(r.value.labels[0]);
        expect(codePoints(task.data.text, r.value.start, r.value.end)).toBe(r.value.text);
      }
    }
  });
});

describe('export --format spacy and mentions-csv', () => {
  it('writes spaCy JSONL whose ents are character spans of the text, as Python slices them', () => {
    const file = path.join(tempDir('spacy'), 'docs.jsonl');
    expect(gazette('export', out, '--format', 'spacy', '--out', file).code).toBe(0);
    const records = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.meta.id)).toEqual(docs.map((d) => d.document.id));
    for (const [k, r] of records.entries()) {
      expect(r.ents.map((e: { start: number; end: number; label: string }) => [codePoints(r.text, e.start, e.end), e.label]))
        .toEqual(docs[k].mentions.map((m) => [m.text, m.type]));
    }
  });

  it('writes one CSV row per mention, quoting what needs it', () => {
    const file = path.join(tempDir('csv'), 'mentions.csv');
    expect(gazette('export', out, '--format', 'mentions-csv', '--out', file).code).toBe(0);
    const rows = parseCsv(readFileSync(file, 'utf8'));
    expect(rows[0]).toEqual(['article', 'start', 'end', 'text', 'label', 'entity', 'value', 'confidence', 'source']);
    const expected = docs.flatMap((d) => d.mentions.map((m) => [d.document.id, String(m.start), String(m.end), m.text, m.type, m.entity ?? '', m.value === undefined ? '' : String(m.value), String(m.confidence), m.source]));
    expect(rows.slice(1)).toEqual(expected);
  });
});

describe('export with bad input', () => {
  it('names a bad document, exports the rest, exits 2, and refuses an unknown format', () => {
    const dir = tempDir('bad-export');
    const inputs = path.join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(path.join(inputs, 'good.jsonl'), `${JSON.stringify(docs[0])}\n{"schemaVersion": "1.0.0"}\n`);
    const file = path.join(dir, 'out.csv');
    const run = gazette('export', path.join(inputs, 'good.jsonl'), '--format', 'mentions-csv', '--out', file);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`skipped: ${path.join(inputs, 'good.jsonl')}:2: not a gazette output document: pipeline:`);
    expect(parseCsv(readFileSync(file, 'utf8'))).toHaveLength(docs[0].mentions.length + 1);
    const bad = gazette('export', inputs, '--format', 'xml', '--out', file);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--format must be one of conll, brat, label-studio, spacy, mentions-csv, got "xml"');
    expect(readdirSync(dir).sort()).toEqual(['in', 'out.csv']); // no temporary file left
  });

  it('never writes outside the folder for an id that cannot name a file', () => {
    const dir = tempDir('bad-id');
    const escaping = structuredClone(docs[0]);
    escaping.document.id = '../escaped';
    writeFileSync(path.join(dir, 'run.jsonl'), `${JSON.stringify(escaping)}\n${JSON.stringify(docs[1])}\n`);
    const brat = gazette('export', path.join(dir, 'run.jsonl'), '--format', 'brat', '--out', path.join(dir, 'brat'));
    expect(brat.code).toBe(2);
    expect(brat.stdout).toContain(`skipped: ${path.join(dir, 'run.jsonl')}:1: document id "../escaped" cannot name a file`);
    const view = gazette('view', path.join(dir, 'run.jsonl'), '--out', path.join(dir, 'site'));
    expect(view.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['brat', 'run.jsonl', 'site']);
    expect(readdirSync(path.join(dir, 'site', 'articles'))).toEqual([`${docs[1].document.id}.html`]);
  });

  it.runIf(process.platform === 'linux')('writes straight to a stream named as --out (/dev/stdout, a pipe), its report on stderr, and never replaces it', () => {
    const dir = tempDir('to-stream');
    writeFileSync(path.join(dir, 'run.jsonl'), `${JSON.stringify(docs[0])}\n`);
    const file = path.join(dir, 'rows.csv');
    expect(gazette('export', path.join(dir, 'run.jsonl'), '--format', 'mentions-csv', '--out', file).code).toBe(0);
    const stdout = gazette('export', path.join(dir, 'run.jsonl'), '--format', 'mentions-csv', '--out', '/dev/stdout');
    expect(stdout.code).toBe(0);
    expect(stdout.stdout).toBe(readFileSync(file, 'utf8'));
    expect(stdout.stderr).toContain('gazette export: 1 article(s)');
    // A link to the stream stays a link (a temporary file renamed over it replaced it before).
    const link = path.join(dir, 'out.csv');
    symlinkSync('/proc/self/fd/1', link);
    expect(gazette('export', path.join(dir, 'run.jsonl'), '--format', 'mentions-csv', '--out', link).stdout).toBe(readFileSync(file, 'utf8'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const pipe = path.join(dir, 'nobody-reads');
    execFileSync('mkfifo', [pipe]);
    const unread = gazette('export', path.join(dir, 'run.jsonl'), '--format', 'mentions-csv', '--out', pipe);
    expect(unread.code).toBe(1);
    expect(unread.stderr).toContain(`gazette: ${pipe}: a named pipe that no process reads`);
  });

  it('names the path and the reason in words when a file stands where the export or the site goes', () => {
    const dir = tempDir('out-taken');
    writeFileSync(path.join(dir, 'run.jsonl'), `${JSON.stringify(docs[0])}\n`);
    const taken = path.join(dir, 'taken');
    writeFileSync(taken, 'not a folder');
    const brat = gazette('export', path.join(dir, 'run.jsonl'), '--format', 'brat', '--out', taken);
    expect(brat.code).toBe(1);
    expect(brat.stderr).toContain(`gazette: ${taken}: cannot make the export folder: it is a file, not a folder`);
    const csv = gazette('export', path.join(dir, 'run.jsonl'), '--format', 'mentions-csv', '--out', path.join(taken, 'out.csv'));
    expect(csv.stderr).toContain(`gazette: ${taken}: cannot make the folder of the export file: it is a file, not a folder`);
    const view = gazette('view', path.join(dir, 'run.jsonl'), '--out', path.join(taken, 'site'));
    expect(view.code).toBe(1);
    expect(view.stderr).toContain(`gazette: ${path.join(taken, 'site', 'articles')}: cannot make the review site's folder: ${taken} is a file, not a folder`);
    expect(readdirSync(dir).sort()).toEqual(['run.jsonl', 'taken']);
  });

  it('writes an export named by a link into the file it names, and keeps the link', () => {
    const dir = tempDir('export-link');
    writeFileSync(path.join(dir, 'run.jsonl'), `${JSON.stringify(docs[0])}\n`);
    mkdirSync(path.join(dir, 'exports'));
    writeFileSync(path.join(dir, 'exports', 'old.csv'), 'an older export');
    symlinkSync(path.join('exports', 'old.csv'), path.join(dir, 'latest.csv'));
    expect(gazette('export', path.join(dir, 'run.jsonl'), '--format', 'mentions-csv', '--out', path.join(dir, 'latest.csv')).code).toBe(0);
    expect(lstatSync(path.join(dir, 'latest.csv')).isSymbolicLink()).toBe(true);
    expect(parseCsv(readFileSync(path.join(dir, 'exports', 'old.csv'), 'utf8'))).toHaveLength(docs[0].mentions.length + 1);
    expect(readdirSync(path.join(dir, 'exports'))).toEqual(['old.csv']); // no temporary file left
  });

  it('refuses an --out that is one of its inputs, which writing would replace', () => {
    const dir = tempDir('out-is-input');
    const run = path.join(dir, 'run.jsonl');
    const lines = `${JSON.stringify(docs[0])}\n`;
    writeFileSync(run, lines);
    const exported = gazette('export', run, '--format', 'spacy', '--out', path.join(dir, '.', 'run.jsonl'));
    expect(exported).toMatchObject({ code: 1, stderr: expect.stringContaining(`--out ${path.join(dir, 'run.jsonl')} is also an input (${run}): writing it would replace what is read`) });
    expect(readFileSync(run, 'utf8')).toBe(lines);
    // A folder of outputs as the site's folder, reached through a link.
    symlinkSync(out, path.join(dir, 'outputs'));
    const viewed = gazette('view', out, '--out', path.join(dir, 'outputs'));
    expect(viewed).toMatchObject({ code: 1, stderr: expect.stringContaining('is also an input') });
    expect(readdirSync(out).every((f) => f.endsWith('.json') || f.startsWith('.'))).toBe(true);
  });
});

/** RFC 4180, enough to read back what the exporter wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += c;
  }
  return rows;
}
