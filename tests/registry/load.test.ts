import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRegistryIndex } from '../../src/registry/alias-index.js';
import { loadRegistry } from '../../src/registry/load.js';

const shipped = fileURLToPath(new URL('../../registry', import.meta.url));

describe('loadRegistry', () => {
  it('loads the shipped registry: hundreds of entries and the title lexicon', () => {
    const registry = loadRegistry(shipped);
    expect(registry.entries.length).toBeGreaterThan(500);
    expect(registry.titles).toContain('Secretary of State');
    const index = buildRegistryIndex(registry);
    expect(index.entries.get('norp/iranian')).toMatchObject({ type: 'NORP', partOf: 'gpe/iran' });
  });

  it('names the file and line of a bad entry', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
    fs.writeFileSync(path.join(dir, 'people.jsonl'), [
      JSON.stringify({ id: 'person/a', type: 'PERSON', name: 'A' }),
      '',
      JSON.stringify({ id: 'person/b', type: 'HUMAN', name: 'B' }),
      '{not json',
    ].join('\n'));
    expect(() => loadRegistry(dir)).toThrow(/people\.jsonl:3 \(person\/b\): type/);
    expect(() => loadRegistry(dir)).toThrow(/people\.jsonl:4: not JSON/);
  });

  it('accepts a UTF-8 byte order mark at the start of a registry file and of titles.json', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
    fs.writeFileSync(path.join(dir, 'people.jsonl'), '\uFEFF' + JSON.stringify({ id: 'person/a', type: 'PERSON', name: 'Ann A' }) + '\n');
    fs.writeFileSync(path.join(dir, 'titles.json'), '\uFEFF["Dr."]');
    const registry = loadRegistry(dir);
    expect(registry.entries.map((e) => e.id)).toEqual(['person/a']);
    expect(registry.titles).toEqual(['Dr.']);
  });

  it('names a registry folder it cannot read', () => {
    const missing = path.join(os.tmpdir(), 'registry-that-does-not-exist');
    expect(() => loadRegistry(missing)).toThrow(/registry-that-does-not-exist: cannot read the registry folder \(ENOENT\)/);
  });
});
