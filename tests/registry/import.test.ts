import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { registryImport } from '../../src/registry/import.js';
import { priorFromSitelinks } from '../../src/registry/import-formats.js';
import { loadRegistry } from '../../src/registry/load.js';
import { registryValidate } from '../../src/registry/validate.js';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
}

function readJsonl(file: string): Record<string, unknown>[] {
  return fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}

/** One Wikidata item as the dump writes it (fields the import does not read included, as in the real file). */
function item(id: string, label: string | undefined, p31: string[], extra: { aliases?: string[]; description?: string; sitelinks?: number } = {}): string {
  return JSON.stringify({
    type: 'item', id,
    labels: { ...(label && { en: { language: 'en', value: label } }), fr: { language: 'fr', value: `${label ?? id} (fr)` } },
    descriptions: extra.description ? { en: { language: 'en', value: extra.description } } : {},
    aliases: extra.aliases ? { en: extra.aliases.map((value) => ({ language: 'en', value })) } : {},
    claims: {
      P31: p31.map((q) => ({
        mainsnak: { snaktype: 'value', property: 'P31', datavalue: { value: { 'entity-type': 'item', 'numeric-id': Number(q.slice(1)), id: q }, type: 'wikibase-entityid' }, datatype: 'wikibase-item' },
        type: 'statement', id: `${id}$abc`, rank: 'normal',
      })),
    },
    sitelinks: Object.fromEntries(Array.from({ length: extra.sitelinks ?? 0 }, (_, k) => [`wiki${k}`, { site: `wiki${k}`, title: label, badges: [] }])),
    lastrevid: 1,
  });
}

describe('registry import --format wikidata', () => {
  // The dump's layout: "[", then one entity a line, each but the last followed by a comma, then "]".
  const dump = [
    '[',
    item('Q90', 'Paris', ['Q5119', 'Q1549591'], { aliases: ['City of Light', 'Paris'], description: 'capital of France', sitelinks: 250 }) + ',',
    item('Q830149', 'Paris', ['Q1093829'], { description: 'city in Texas', sitelinks: 20 }) + ',',
    item('Q167646', 'Paris', ['Q5'], { description: 'Trojan prince', sitelinks: 60 }) + ',',
    JSON.stringify({ type: 'property', id: 'P31', labels: { en: { language: 'en', value: 'instance of' } } }) + ',',
    item('Q999999', undefined, ['Q515']) + ',',
    item('Q4115189', 'Wikidata Sandbox', ['Q3938']) + ',',
    '{"type":"item","id":"Q1",' + ',',
    item('Q3884', 'Amazon', ['Q4830453', 'Q891723'], { aliases: ['Amazon.com'], sitelinks: 120 }),
    ']',
  ].join('\n') + '\n';

  it('reads the real dump layout, gzipped: English label and aliases, type from P31, prior from sitelinks', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'latest-all.json.gz');
    fs.writeFileSync(file, gzipSync(dump));
    const into = path.join(dir, 'registry');
    const report = await registryImport(file, { format: 'wikidata', into });
    expect(report.file).toBe(path.join(into, 'latest-all.jsonl'));
    expect(report.written).toBe(4);
    expect(report.bad).toEqual([expect.stringMatching(/latest-all\.json\.gz:8: not JSON/)]);
    expect(Object.fromEntries(report.outOfScope)).toEqual({
      'not an item': 1, 'no English label': 1, 'no instance-of (P31) class in the type table': 1,
    });
    const entries = readJsonl(report.file);
    expect(entries[0]).toEqual({
      id: 'gpe/paris-q90', type: 'GPE', name: 'Paris', aliases: ['City of Light'], wikidata: 'Q90',
      description: 'capital of France', prior: priorFromSitelinks(250),
    });
    expect(entries.map((e) => [e.id, e.type])).toEqual([
      ['gpe/paris-q90', 'GPE'], ['gpe/paris-q830149', 'GPE'], ['person/paris-q167646', 'PERSON'], ['org/amazon-q3884', 'ORG'],
    ]);
    expect(entries[0].prior as number).toBeGreaterThan(entries[1].prior as number);
    expect(registryValidate(into)).toEqual({ ok: true, problems: [] });
  });

  it('keeps only items of --type, under --id-prefix', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'dump.json');
    fs.writeFileSync(file, dump);
    const report = await registryImport(file, { format: 'wikidata', into: dir, type: 'GPE', idPrefix: 'wd' });
    expect(readJsonl(report.file).map((e) => e.id)).toEqual(['wd/paris-q90', 'wd/paris-q830149']);
    expect(report.outOfScope.get('not GPE')).toBe(2);
  });

  it('priors grow with sitelinks, between 0.05 and 1', () => {
    expect(priorFromSitelinks(0)).toBe(0.05);
    expect(priorFromSitelinks(10)).toBeLessThan(priorFromSitelinks(100));
    expect(priorFromSitelinks(5000)).toBe(1);
  });
});

describe('registry import --format csv', () => {
  it('maps the documented columns, splits lists on "|", reads quoted fields, and names each bad row', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'companies.csv');
    fs.writeFileSync(file, [
      '\uFEFFid,name,aliases,description,prior,wikidata,employees',
      'acme,Acme Holdings,"Acme|ACME Corp|Acme Holdings",Makes anvils,0.7,Q1,12',
      ',"Widgets, Inc.",,"A firm with a ""quoted"" word and',
      'a line break",,,3',
      'bad-prior,Bad Prior Ltd,,,high,,4',
      'short,Short Row',
      'acme,Acme Again,,,,,5',
      '',
    ].join('\r\n'));
    const into = path.join(dir, 'registry');
    const report = await registryImport(file, { format: 'csv', type: 'ORG', into });
    expect(report.written).toBe(2);
    expect(report.ignoredColumns).toEqual(['employees']);
    expect(report.bad).toEqual([
      `${file}:5: prior: "high" is not a number`,
      `${file}:6: 2 fields where the header has 7`,
      `${file}:7: id org/acme was already imported from line 2`,
    ]);
    expect(readJsonl(report.file)).toEqual([
      { id: 'org/acme', type: 'ORG', name: 'Acme Holdings', aliases: ['Acme', 'ACME Corp'], wikidata: 'Q1', description: 'Makes anvils', prior: 0.7 },
      { id: 'org/widgets-inc', type: 'ORG', name: 'Widgets, Inc.', description: 'A firm with a "quoted" word and\na line break' },
    ]);
    expect(loadRegistry(into).entries).toHaveLength(2);
  });

  it('needs a type for every row, from a column or --type, and a name column', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.csv'), 'name,type\nJane Doe,PERSON\nAcme,\nBob,ANIMAL\n');
    const report = await registryImport(path.join(dir, 'a.csv'), { format: 'csv', into: path.join(dir, 'r') });
    expect(report.written).toBe(1);
    expect(report.bad).toEqual([
      expect.stringMatching(/a\.csv:3: no type \(give the row one, or --type\)/),
      expect.stringMatching(/a\.csv:4 \(animal\/bob\): type: Invalid option/),
    ]);
    fs.writeFileSync(path.join(dir, 'b.csv'), 'label,type\nJane,PERSON\n');
    const noName = await registryImport(path.join(dir, 'b.csv'), { format: 'csv', into: path.join(dir, 'r') });
    expect(noName.bad).toEqual([expect.stringMatching(/b\.csv:1: the header has no "name" column/)]);
    expect(noName.written).toBe(0);
    expect(fs.existsSync(path.join(dir, 'r', 'b.jsonl'))).toBe(false);
    await expect(registryImport(path.join(dir, 'a.csv'), { format: 'csv', type: 'THING', into: dir })).rejects.toThrow(/--type THING: not a registry type/);
  });
});

describe('registry import --format jsonl', () => {
  it('takes registry-schema lines, refuses ids the registry folder already has, and is atomic on a read error', async () => {
    const dir = tempDir();
    const into = path.join(dir, 'registry');
    fs.mkdirSync(into);
    fs.writeFileSync(path.join(into, 'people.jsonl'), '{"id":"person/jane-doe","type":"PERSON","name":"Jane Doe"}\n');
    const file = path.join(dir, 'more.jsonl');
    fs.writeFileSync(file, [
      '{"id":"person/jane-doe","type":"PERSON","name":"Jane Doe"}',
      '{"id":"person/john-roe","type":"PERSON","name":"John Roe","surnames":["Roe"]}',
      '[1,2]',
      '{"id":"person/x","type":"PERSON","name":"X","colour":"red"}',
    ].join('\n'));
    const report = await registryImport(file, { format: 'jsonl', into });
    expect(report.bad).toEqual([
      `${file}:1: id person/jane-doe is already in the registry's people.jsonl`,
      `${file}:3: not a JSON object`,
      expect.stringMatching(/more\.jsonl:4 \(person\/x\): .*colour/),
    ]);
    expect(readJsonl(report.file)).toEqual([{ id: 'person/john-roe', type: 'PERSON', name: 'John Roe', surnames: ['Roe'] }]);

    // A truncated .gz fails mid-stream: the earlier import stays whole, no temporary file is left.
    const broken = path.join(dir, 'more.jsonl.gz');
    fs.writeFileSync(broken, gzipSync(fs.readFileSync(file)).subarray(0, 40));
    await expect(registryImport(broken, { format: 'jsonl', into })).rejects.toThrow(/more\.jsonl\.gz: cannot read: /);
    expect(fs.readdirSync(into).sort()).toEqual(['more.jsonl', 'people.jsonl']);
    expect(readJsonl(path.join(into, 'more.jsonl'))).toHaveLength(1);
  });
});
