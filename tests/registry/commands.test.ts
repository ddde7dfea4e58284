import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registryAdd, registrySuggest, registryValidate } from '../../src/registry/commands.js';

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

  it('fails on a partOf that names no entry', () => {
    const dir = tempRegistry([{ id: 'org/x', type: 'ORG', name: 'X Agency', partOf: 'gpe/nowhere' }]);
    expect(registryValidate(dir).problems).toEqual([expect.stringMatching(/org\/x .*partOf gpe\/nowhere/)]);
  });
});

describe('registryAdd', () => {
  it('appends a valid entry to the file for its type and refuses a duplicate id or a bad entry', () => {
    const dir = tempRegistry([{ id: 'org/acme', type: 'ORG', name: 'Acme' }]);
    const file = registryAdd(dir, { id: 'person/jane-doe', type: 'PERSON', name: 'Jane Doe' });
    expect(path.basename(file)).toBe('people.jsonl');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"id":"person/jane-doe","type":"PERSON","name":"Jane Doe"}\n');
    expect(() => registryAdd(dir, { id: 'org/acme', type: 'ORG', name: 'Acme 2' })).toThrow(/already in the registry/);
    expect(() => registryAdd(dir, { id: 'Bad Id', type: 'ORG', name: 'B' })).toThrow(/invalid entry/);
    expect(registryValidate(dir).ok).toBe(true);
  });

  it('refuses an entry that would make an alias ambiguous, leaving the registry as it was', () => {
    const dir = tempRegistry([{ id: 'org/acme', type: 'ORG', name: 'Acme' }]);
    expect(() => registryAdd(dir, { id: 'org/acme-2', type: 'ORG', name: 'Acme Two', aliases: ['Acme'] })).toThrow(/alias "acme"/);
    expect(fs.existsSync(path.join(dir, 'organizations.jsonl'))).toBe(false);
  });
});

describe('registrySuggest', () => {
  it('lists NIL entities across output files by frequency, with example sentences and a registry line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'));
    // Code-point offsets: the emoji before the names is one code point, two UTF-16 units.
    const text = '😀 Jane Doe spoke. Doe left.';
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify({
      document: { id: 'a' }, text, sentences: [{ start: 0, end: 17 }, { start: 18, end: 27 }],
      mentions: [
        { start: 2, end: 10, type: 'PERSON', entity: 'nil:person/jane-doe', sentence: 0 },
        { start: 18, end: 21, type: 'PERSON', entity: 'nil:person/jane-doe', sentence: 1 },
        { start: 18, end: 21, type: 'PERSON', entity: 'nil:person/jane-doe', sentence: 1 },
      ],
    }));
    fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify({
      document: { id: 'b' }, text: 'Acme and Iran.', sentences: [{ start: 0, end: 14 }],
      mentions: [
        { start: 0, end: 4, type: 'ORG', entity: 'nil:org/acme', sentence: 0 },
        { start: 9, end: 13, type: 'GPE', entity: 'gpe/iran', sentence: 0 },
      ],
    }));
    const report = registrySuggest(dir);
    expect(report).toMatch(/^2 NIL entities/);
    expect(report.indexOf('nil:person/jane-doe')).toBeLessThan(report.indexOf('nil:org/acme'));
    expect(report).toContain('3 mentions in 1 documents  nil:person/jane-doe  PERSON  Doe (2), Jane Doe (1)');
    expect(report).toContain('e.g. a: 😀 Jane Doe spoke.');
    expect(report.match(/e\.g\. a: Doe left\./g)).toHaveLength(1);
    expect(report).toContain('add: {"id":"person/jane-doe","type":"PERSON","name":"Jane Doe","aliases":["Doe"]}');
    expect(report).not.toContain('gpe/iran');
  });
});
