import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registryAdd } from '../../src/registry/add.js';
import { NilTallies, type SuggestOptions } from '../../src/registry/suggest.js';
import { OutputError, readOutputs } from '../../src/review/outputs.js';
import { registryValidate } from '../../src/registry/validate.js';

const shipped = fileURLToPath(new URL('../../registry', import.meta.url));

function tempRegistry(lines: object[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
  fs.writeFileSync(path.join(dir, 'entries.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return dir;
}

describe('registryValidate', () => {
  it('passes on the shipped registry', () => {
    expect(registryValidate(shipped)).toEqual({ ok: true, problems: [] });
  });

  it('fails on a duplicate id, naming both places', () => {
    const dir = tempRegistry([
      { id: 'org/acme', type: 'ORG', name: 'Acme' },
      { id: 'org/acme', type: 'ORG', name: 'Acme Corporation' },
    ]);
    const result = registryValidate(dir);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.stringMatching(/duplicate id org\/acme at .*entries\.jsonl:1, .*entries\.jsonl:2/)]);
  });

  it('fails on an alias two entries of one type claim with nothing to tell them apart, naming both', () => {
    const dir = tempRegistry([
      { id: 'gpe/springfield-il', type: 'GPE', name: 'Springfield, Illinois', aliases: ['Springfield'] },
      { id: 'gpe/springfield-ma', type: 'GPE', name: 'Springfield, Massachusetts', aliases: ['Springfield'] },
    ]);
    const result = registryValidate(dir);
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/alias "springfield" .*gpe\/springfield-il .*gpe\/springfield-ma/);
  });

  it('accepts a shared alias when priors or partOf tell the entries apart, and across types', () => {
    const dir = tempRegistry([
      { id: 'gpe/us', type: 'GPE', name: 'United States' },
      { id: 'gpe/illinois', type: 'GPE', name: 'Illinois', partOf: 'gpe/us' },
      { id: 'gpe/massachusetts', type: 'GPE', name: 'Massachusetts', partOf: 'gpe/us' },
      { id: 'gpe/springfield-il', type: 'GPE', name: 'Springfield, Illinois', aliases: ['Springfield'], partOf: 'gpe/illinois' },
      { id: 'gpe/springfield-ma', type: 'GPE', name: 'Springfield, Massachusetts', aliases: ['Springfield'], partOf: 'gpe/massachusetts' },
      { id: 'gpe/washington-dc', type: 'GPE', name: 'Washington, D.C.', aliases: ['Washington'], prior: 0.8 },
      { id: 'gpe/washington-state', type: 'GPE', name: 'Washington (state)', aliases: ['Washington'], prior: 0.2 },
      { id: 'person/washington', type: 'PERSON', name: 'Washington' },
    ]);
    expect(registryValidate(dir)).toEqual({ ok: true, problems: [] });
  });

  it('fails on an alias that only repeats the name or another alias once normalised, but keeps a case variant', () => {
    const dir = tempRegistry([
      { id: 'gpe/us', type: 'GPE', name: 'United States', acronyms: ['US', 'U.S.'] },
      { id: 'org/white-house', type: 'ORG', name: 'White House', aliases: ['The White House'] },
      { id: 'gpe/zurich', type: 'GPE', name: 'Zurich', aliases: ['Zürich'] },
      { id: 'event/syrian-civil-war', type: 'EVENT', name: 'Syrian civil war', aliases: ['Syrian Civil War'] },
    ]);
    const problems = registryValidate(dir).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/gpe\/us \(.*entries\.jsonl:1\): alias "U\.S\."/);
    expect(problems[1]).toMatch(/org\/white-house .*alias "The White House"/);
    expect(problems[2]).toMatch(/gpe\/zurich .*alias "Zürich"/);
  });

  it('names the file and line of every problem, demonym entities by the line of their place', () => {
    const dir = tempRegistry([
      { id: 'gpe/ruritania', type: 'GPE', name: 'Ruritania', demonyms: ['Ruritanian'] },
      { id: 'norp/ruritanian-people', type: 'NORP', name: 'Ruritanian people', aliases: ['Ruritanian'] },
      { id: 'org/w', type: 'ORG', name: 'W Agency', partOf: 'gpe/nowhere' },
      { id: 'org/x', type: 'ORG', name: 'X Agency' },
      { id: 'org/x', type: 'ORG', name: 'X Agency Two' },
      { id: 'org/y', type: 'ORG', name: 'Y', aliases: ['Y'] },
      { id: 'org/z', type: 'ORG', name: 'Z', prior: 2 },
    ]);
    const problems = registryValidate(dir).problems;
    expect(problems).toHaveLength(5);
    for (const p of problems) expect(p).toMatch(/entries\.jsonl:\d/);
    expect(problems.join('\n')).toMatch(/entries\.jsonl:7 \(org\/z\): prior/);
    expect(problems.join('\n')).toMatch(/org\/w \(.*entries\.jsonl:3\): partOf gpe\/nowhere/);
    expect(problems.join('\n')).toMatch(/norp\/ruritanian-people \(.*entries\.jsonl:2\) and norp\/ruritanian \(from the demonyms of gpe\/ruritania at .*entries\.jsonl:1\)/);
  });

  it('fails on a partOf that names no entry', () => {
    const dir = tempRegistry([{ id: 'org/x', type: 'ORG', name: 'X Agency', partOf: 'gpe/nowhere' }]);
    expect(registryValidate(dir).problems).toEqual([expect.stringMatching(/org\/x .*partOf gpe\/nowhere/)]);
  });
});

describe('registryAdd', () => {
  it('appends a valid entry to the file where entries of its type live, and refuses a duplicate id or a bad entry', () => {
    const dir = tempRegistry([{ id: 'org/acme', type: 'ORG', name: 'Acme' }]);
    fs.writeFileSync(path.join(dir, 'agencies.jsonl'), [
      { id: 'org/agency-a', type: 'ORG', name: 'Agency A' },
      { id: 'org/agency-b', type: 'ORG', name: 'Agency B' },
    ].map((l) => JSON.stringify(l)).join('\n'));
    const file = registryAdd(dir, { id: 'org/jane-doe-inc', type: 'ORG', name: 'Jane Doe Inc' });
    expect(path.basename(file)).toBe('agencies.jsonl');
    expect(fs.readFileSync(file, 'utf8').split('\n')).toEqual([
      '{"id":"org/agency-a","type":"ORG","name":"Agency A"}',
      '{"id":"org/agency-b","type":"ORG","name":"Agency B"}',
      '{"id":"org/jane-doe-inc","type":"ORG","name":"Jane Doe Inc"}',
      '',
    ]);
    expect(() => registryAdd(dir, { id: 'org/acme', type: 'ORG', name: 'Acme 2' })).toThrow(/already in the registry/);
    expect(() => registryAdd(dir, { id: 'Bad Id', type: 'ORG', name: 'B' })).toThrow(/invalid entry: id: /);
    expect(registryValidate(dir).ok).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['agencies.jsonl', 'entries.jsonl']);
  });

  it('asks for --file when no entry of the type exists yet, and appends there when given', () => {
    const dir = tempRegistry([{ id: 'org/acme', type: 'ORG', name: 'Acme' }]);
    expect(() => registryAdd(dir, { id: 'person/jane-doe', type: 'PERSON', name: 'Jane Doe' })).toThrow(/no PERSON entry yet: .*--file/);
    expect(() => registryAdd(dir, { id: 'person/jane-doe', type: 'PERSON', name: 'Jane Doe' }, '../people.jsonl')).toThrow(/inside the registry folder/);
    const file = registryAdd(dir, { id: 'person/jane-doe', type: 'PERSON', name: 'Jane Doe' }, 'people.jsonl');
    expect(file).toBe(path.join(dir, 'people.jsonl'));
    expect(fs.readFileSync(file, 'utf8')).toBe('{"id":"person/jane-doe","type":"PERSON","name":"Jane Doe"}\n');
  });

  it('refuses an entry that would make an alias ambiguous, naming the line it would have had, and writes nothing', () => {
    const dir = tempRegistry([{ id: 'org/acme', type: 'ORG', name: 'Acme' }]);
    const before = fs.readFileSync(path.join(dir, 'entries.jsonl'), 'utf8');
    expect(() => registryAdd(dir, { id: 'org/acme-2', type: 'ORG', name: 'Acme Two', aliases: ['Acme'] }))
      .toThrow(/alias "acme" .*org\/acme \(.*entries\.jsonl:1\) and org\/acme-2 \(.*entries\.jsonl:2\)/);
    expect(fs.readFileSync(path.join(dir, 'entries.jsonl'), 'utf8')).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['entries.jsonl']);
  });
});

/** A schema-valid output file with the given text, sentences and (partial) mentions. */
function outputFile(id: string, text: string, sentences: { start: number; end: number }[], mentions: object[]): string {
  return JSON.stringify({
    schemaVersion: '1.0.0', pipeline: { name: 'gazette', version: '0.1.0', configHash: 'x' },
    document: { id, title: null, published: null, source: null, url: null, sha256: '0'.repeat(64) },
    text, sentences, entities: [],
    mentions: mentions.map((m) => ({ confidence: 0.9, source: 'model', ...m })),
  });
}

/** What `registry suggest` does with a run's output: its report, and the documents it could not read. */
async function registrySuggest(output: string, options?: SuggestOptions): Promise<{ report: string; badFiles: string[] }> {
  const tallies = new NilTallies();
  const badFiles: string[] = [];
  for await (const item of readOutputs([output])) {
    if (item instanceof OutputError) badFiles.push(item.message);
    else tallies.add(item.doc);
  }
  return { report: tallies.report(options), badFiles };
}

describe('registry suggest', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'));
  // Code-point offsets: the emoji before the names is one code point, two UTF-16 units.
  fs.writeFileSync(path.join(dir, 'a.json'), outputFile('a', '😀 Jane Doe spoke. Doe left.', [{ start: 0, end: 17 }, { start: 18, end: 27 }], [
    { start: 2, end: 10, text: 'Jane Doe', type: 'PERSON', entity: 'nil:person/jane-doe', sentence: 0 },
    { start: 18, end: 21, text: 'Doe', type: 'PERSON', entity: 'nil:person/jane-doe', sentence: 1 },
    { start: 18, end: 21, text: 'Doe', type: 'PERSON', entity: 'nil:person/jane-doe', sentence: 1 },
  ]));
  fs.writeFileSync(path.join(dir, 'b.json'), outputFile('b', 'Acme and Iran.', [{ start: 0, end: 14 }], [
    { start: 0, end: 4, text: 'Acme', type: 'ORG', entity: 'nil:org/acme', sentence: 0 },
    { start: 9, end: 13, text: 'Iran', type: 'GPE', entity: 'gpe/iran', sentence: 0 },
  ]));
  fs.writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ text: 'not an output file', mentions: [] }));
  fs.writeFileSync(path.join(dir, 'd.json'), '{"truncated":');

  it('lists NIL entities across output files by frequency, with example sentences and a registry line', async () => {
    const { report } = await registrySuggest(dir);
    expect(report).toMatch(/^2 NIL entities\n/);
    expect(report.indexOf('nil:person/jane-doe')).toBeLessThan(report.indexOf('nil:org/acme'));
    expect(report).toContain('3 mentions in 1 documents  nil:person/jane-doe  PERSON  Doe (2), Jane Doe (1)');
    expect(report).toContain('e.g. a: 😀 Jane Doe spoke.');
    expect(report.match(/e\.g\. a: Doe left\./g)).toHaveLength(1);
    expect(report).toContain('add: {"id":"person/jane-doe","type":"PERSON","name":"Jane Doe","aliases":["Doe"]}');
    expect(report).not.toContain('gpe/iran');
  });

  it('names each file that is not gazette output, with the reason, and skips it', async () => {
    const { badFiles } = await registrySuggest(dir);
    expect(badFiles).toHaveLength(2);
    expect(badFiles[0]).toMatch(/c\.json: not a gazette output document: .*schemaVersion/);
    expect(badFiles[1]).toMatch(/d\.json: malformed JSON/);
  });

  it('keeps only entities named --min-count times, at most --limit of them', async () => {
    expect((await registrySuggest(dir, { minCount: 2 })).report).toMatch(/^2 NIL entities, 1 shown\n[^]*jane-doe/);
    expect((await registrySuggest(dir, { minCount: 2 })).report).not.toContain('nil:org/acme');
    const limited = (await registrySuggest(dir, { limit: 1 })).report;
    expect(limited).toContain('nil:person/jane-doe');
    expect(limited).not.toContain('nil:org/acme');
  });

  it('reads a run written to one JSONL file as it reads a folder', async () => {
    const jsonl = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'out-')), 'run.jsonl');
    fs.writeFileSync(jsonl, ['a.json', 'b.json'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n') + '\n');
    expect(await registrySuggest(jsonl)).toEqual({ report: (await registrySuggest(dir)).report, badFiles: [] });
  });
});
