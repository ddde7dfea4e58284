// `gazette diff`: the pairing of mentions between runs, and the command as CI uses it.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffMentions } from '../../src/review/diff.js';
import type { OutputDocument, OutputMention } from '../../src/schema/output.js';
import { annotate, gazette, readOutputFolder, tempDir } from './helpers.js';

const TEXT = 'Angela Merkel met the European Union chief in New York on Monday with 3 aides.';
const at = (text: string, type: string, extra: Partial<OutputMention> = {}): OutputMention => {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, text, type: type as OutputMention['type'], sentence: 0, confidence: 0.9, source: 'model', ...extra };
};

describe('diffMentions', () => {
  const old = [
    at('Angela Merkel', 'PERSON', { entity: 'person/angela-merkel' }),
    at('European Union', 'ORG', { entity: 'org/european-union' }),
    at('New York', 'GPE', { entity: 'gpe/new-york-city' }),
    at('Monday', 'DATE', { value: 'XXXX-WXX-1' }),
  ];

  it('finds nothing when the mentions are the same', () => {
    expect(diffMentions(old, structuredClone(old), TEXT)).toEqual([]);
  });

  it('names each kind of change, in text order, with context', () => {
    const neu = [
      at('Merkel', 'PERSON', { entity: 'person/angela-merkel' }), // span shrank
      at('European Union', 'GPE', { entity: 'org/european-union' }), // label
      at('New York', 'GPE', { entity: 'gpe/new-york-state' }), // entity
      at('Monday', 'DATE', { value: '2021-03-01' }), // value
      at('3', 'CARDINAL', { value: 3 }), // added
    ];
    const changes = diffMentions(old, neu, TEXT);
    expect(changes.map((c) => [c.kind, (c.new ?? c.old)!.text])).toEqual([
      ['span', 'Merkel'], ['label', 'European Union'], ['entity', 'New York'], ['value', 'Monday'], ['added', '3'],
    ]);
    expect(changes[1].context).toBe('Angela Merkel met the [European Union] chief in New York on Monday with 3…');
    const removed = diffMentions(old, neu.slice(1), TEXT);
    expect(removed[0]).toMatchObject({ kind: 'removed', old: { text: 'Angela Merkel' } });
  });

  it('pairs a split span with the part it overlaps most, and lists every difference of a pair', () => {
    const neu = [at('Ang', 'PERSON'), at('ela Merkel', 'ORG', { entity: 'org/merkel' })];
    const changes = diffMentions(old.slice(0, 1), neu, TEXT);
    expect(changes.map((c) => [c.kind, c.also, c.new!.text])).toEqual([['added', [], 'Ang'], ['span', ['label', 'entity'], 'ela Merkel']]);
  });
});

describe('gazette diff', () => {
  let run: string;
  let docs: OutputDocument[];
  beforeAll(() => {
    run = annotate();
    docs = readOutputFolder(run);
  });

  /** The run again, changed by `edit`, as a folder. */
  function changedRun(edit: (docs: OutputDocument[]) => OutputDocument[]): string {
    const dir = tempDir('diff-new');
    for (const d of edit(structuredClone(docs))) writeFileSync(path.join(dir, `${d.document.id}.json`), JSON.stringify(d));
    return dir;
  }

  it('exits 0 with nothing changed, also between a folder and a JSONL file of the same run', () => {
    const jsonl = path.join(tempDir('diff-jsonl'), 'run.jsonl');
    writeFileSync(jsonl, [...docs].reverse().map((d) => JSON.stringify({ ...d, fingerprint: '0'.repeat(64) })).join('\n') + '\n');
    const result = gazette('diff', run, jsonl);
    expect(result.stdout).toContain(`articles: ${docs.length} in both runs, 0 with changed mentions`);
    expect(result.code).toBe(0);
    // Named as `gazette run --out RUN.JSONL` accepts it.
    const upper = jsonl.replace(/\.jsonl$/, '.JSONL');
    writeFileSync(upper, readFileSync(jsonl));
    expect(gazette('diff', run, upper).code).toBe(0);
  });

  it('exits 1 on a change, with the summary table, the most changed article first and articles on one side', () => {
    const neu = changedRun((ds) => {
      const [merkel, markup] = ['merkel', 'markup'].map((id) => ds.find((d) => d.document.id === id)!);
      merkel.mentions.splice(0, 2); // two removed
      markup.mentions[0].type = 'PERSON';
      return ds.filter((d) => d.document.id !== 'eu-fine');
    });
    const result = gazette('diff', run, neu);
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toContain(`articles: ${docs.length - 1} in both runs, 2 with changed mentions, 0 with a changed text, 1 only in OLD, 0 only in NEW`);
    expect(out).toMatch(/label\s+added\s+removed\s+label\s+span\s+entity\s+value\s+total/);
    expect(out).toMatch(/\ntotal\s+0\s+2\s+1\s+0\s+0\s+0\s+3\n/);
    expect(out.indexOf('merkel: 2 change(s)')).toBeLessThan(out.indexOf('markup: 1 change(s)'));
    expect(out).toContain('only in OLD (1): eu-fine');
    const limited = gazette('diff', run, neu, '--limit', '1');
    expect(limited.stdout).toContain('(the 1 most changed of 2)');
    expect(limited.stdout).not.toContain('markup: 1 change(s)');
  });

  it('lists an article of 200,000 changes (as many arguments as that overflowed the stack)', () => {
    const many = 200_000;
    const long = (ds: OutputDocument[], added: boolean) => ds.map((d) => {
      if (d.document.id !== 'merkel') return d;
      const from = d.text.length;
      const text = d.text + ' 7'.repeat(many);
      const sevens = Array.from({ length: added ? many : 0 }, (_, k) => ({ ...d.mentions[0], start: from + 2 * k + 1, end: from + 2 * k + 2, text: '7', type: 'CARDINAL' as const, value: 7, entity: undefined }));
      return { ...d, text, mentions: [...d.mentions, ...sevens] };
    });
    const old = changedRun((ds) => long(ds, false));
    // Two lines a change: more than spawnSync's default buffer.
    const result = spawnSync(process.execPath, ['dist/cli.js', 'diff', old, changedRun((ds) => long(ds, true)), '--limit', '1'], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`merkel: ${many} change(s)`);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('  + added    CARDINAL "7" = 7'))).toHaveLength(many);
  });

  it('compares two JSONL runs in any line order, reading again only the lines that differ', () => {
    const write = (name: string, ds: OutputDocument[]) => {
      const file = path.join(tempDir('diff-jsonl-pair'), name);
      writeFileSync(file, ds.map((d) => JSON.stringify(d)).join('\n') + '\n');
      return file;
    };
    const old = write('old.jsonl', docs);
    // NEW: another config hash (before "document", so not a change), lines reversed, one mention dropped.
    const changed = structuredClone(docs).reverse().map((d) => ({ ...d, pipeline: { ...d.pipeline, configHash: 'another' } }));
    changed.find((d) => d.document.id === 'eu-fine')!.mentions.pop();
    const neu = write('new.ndjson', changed);
    const report = JSON.parse(gazette('diff', old, neu, '--json').stdout);
    expect(report.summary.articles).toEqual({ changed: 1, same: docs.length - 1, 'only-old': 0, 'only-new': 0, 'text-changed': 0 });
    expect(report.articles.map((a: { id: string; changes: { kind: string }[] }) => [a.id, a.changes.map((c) => c.kind)])).toEqual([['eu-fine', ['removed']]]);
  });

  it('writes a JSON report with every change and the summary', () => {
    const neu = changedRun((ds) => {
      ds[0].mentions[0].entity = 'nil:person/someone';
      return ds;
    });
    const result = gazette('diff', run, neu, '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.articles).toHaveLength(1);
    expect(report.articles[0]).toMatchObject({ id: docs[0].document.id, status: 'changed', changes: [{ kind: 'entity', new: { entity: 'nil:person/someone' } }] });
    expect(report.summary).toMatchObject({ changed: true, changes: 1, articles: { changed: 1, same: docs.length - 1 } });
  });

  it('with --gold, marks each change toward or away from the gold (seed-style and CoNLL gold)', () => {
    const merkel = docs.find((d) => d.document.id === 'merkel')!;
    const person = merkel.mentions.findIndex((m) => m.type === 'PERSON');
    const goldDir = tempDir('diff-gold');
    // Seed-style gold that agrees with this run on every mention.
    writeFileSync(path.join(goldDir, 'merkel.gold.json'), JSON.stringify({ document: 'merkel', mentions: merkel.mentions.map(({ start, end, text, type }) => ({ start, end, text, type })) }));
    const worse = changedRun((ds) => {
      const m = ds.find((d) => d.document.id === 'merkel')!;
      m.mentions[person].type = 'ORG';
      m.mentions.push({ ...m.mentions[person], start: 0, end: 0, text: '', type: 'CARDINAL', value: 1 });
      m.mentions.sort((a, b) => a.start - b.start);
      return ds;
    });
    const away = gazette('diff', run, worse, '--gold', goldDir);
    expect(away.stdout).toContain('against gold: 0 change(s) toward it, 2 away from it, 0 neither');
    expect(away.stdout).toMatch(/~ label\s+PERSON "[^"]+" → ORG "[^"]+"\s+\(away from gold\)/);
    const toward = JSON.parse(gazette('diff', worse, run, '--gold', goldDir, '--json').stdout);
    expect(toward.articles[0].changes.map((c: { gold: string }) => c.gold)).toEqual(['toward', 'toward']);
    expect(toward.summary.gold).toEqual({ toward: 2, away: 0, neither: 0 });
    // CoNLL gold judges names only: the relabelled PERSON counts, the CARDINAL does not.
    const conllDir = tempDir('diff-conll-gold');
    writeFileSync(path.join(conllDir, 'merkel.gold.json'), JSON.stringify({
      text: merkel.text,
      entities: merkel.mentions.filter((m) => m.type === 'PERSON').map(({ start, end }) => ({ start, end, type: 'PER' })),
    }));
    expect(gazette('diff', run, worse, '--gold', conllDir).stdout).toContain('against gold: 0 change(s) toward it, 1 away from it, 1 neither');
  });

  it('exits 2 on bad input, naming the file and the reason', () => {
    const jsonl = path.join(tempDir('diff-bad'), 'run.jsonl');
    writeFileSync(jsonl, `${JSON.stringify(docs[0])}\n{"document": \n`);
    const bad = gazette('diff', run, jsonl);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${jsonl}:2: malformed JSON`);
    const missing = gazette('diff', run, '/nonexistent/run');
    expect([missing.code, missing.stderr]).toEqual([2, 'gazette diff: /nonexistent/run: cannot read: no such file or folder\n']);
    expect(gazette('diff', run).code).toBe(2);
    const twice = path.join(tempDir('diff-twice'), 'run.jsonl');
    writeFileSync(twice, `${JSON.stringify(docs[0])}\n${JSON.stringify(docs[0])}\n`);
    expect(gazette('diff', run, twice).stderr).toContain(`${twice}:2: document "${docs[0].document.id}" appears twice (also ${twice}:1)`);
  });
});
