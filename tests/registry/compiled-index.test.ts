import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { buildRegistryIndex } from '../../src/registry/alias-index.js';
import { compileRegistryIndex, openCompiledIndex } from '../../src/registry/compiled-index.js';
import { indexPath, loadRegistryIndex, registryFingerprint, type BuildResult } from '../../src/registry/index-file.js';
import { loadRegistry } from '../../src/registry/load.js';

const shipped = fileURLToPath(new URL('../../registry', import.meta.url));
const distIndexFile = new URL('../../dist/registry/index-file.js', import.meta.url).href;

function copyOfShipped(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
  for (const f of fs.readdirSync(shipped)) if (f.endsWith('.jsonl') || f === 'titles.json') fs.copyFileSync(path.join(shipped, f), path.join(dir, f));
  return dir;
}

describe('compiled registry index', () => {
  const built = buildRegistryIndex(loadRegistry(shipped));
  const bytes = compileRegistryIndex(built, { fingerprint: 'x', files: [] });
  const compiled = openCompiledIndex(new Uint8Array(bytes));

  it('answers every lookup of the shipped registry as the in-memory index does, and misses what it lacks', () => {
    for (const [id, entry] of built.entries) expect(compiled.entries.get(id)).toEqual(entry);
    for (const table of ['exact', 'folded', 'surnames', 'children'] as const) {
      for (const [key, value] of built[table]) expect(compiled[table].get(key), `${table} ${key}`).toEqual(value);
    }
    for (const key of built.prefixes) expect(compiled.prefixes.has(key)).toBe(true);
    for (const key of ['zorblax', 'iran x', '', 'gpe/nowhere', 'IRAN']) {
      expect(compiled.folded.get(key)).toBeUndefined();
      expect(compiled.prefixes.has(key)).toBe(false);
    }
    expect(compiled.entries.has('gpe/nowhere')).toBe(false);
    expect(compiled.exact.get('US')?.map((h) => h.id)).toContain('gpe/united-states');
    expect([compiled.maxWords, compiled.maxTitleWords]).toEqual([built.maxWords, built.maxTitleWords]);
    expect(compiled.titles.has('secretary of state')).toBe(true);
  });

  it('finds keys in any script and of any length, as the in-memory index does', () => {
    const long = `${'Very '.repeat(80)}Long Name Holdings`;
    const own = buildRegistryIndex({
      titles: [],
      entries: [
        { id: 'person/aleksei-navalny', type: 'PERSON', name: 'Алексей Навальный' },
        { id: 'person/xenophon', type: 'PERSON', name: 'Ξενοφῶν' },
        { id: 'org/long', type: 'ORG', name: long },
        { id: 'gpe/zurich', type: 'GPE', name: 'Zürich' },
      ],
    });
    const own2 = openCompiledIndex(new Uint8Array(compileRegistryIndex(own, { fingerprint: 'x', files: [] })));
    for (const table of ['exact', 'folded', 'surnames'] as const) {
      for (const [key, value] of own[table]) expect(own2[table].get(key), `${table} ${key}`).toEqual(value);
    }
    for (const key of own.prefixes) expect(own2.prefixes.has(key)).toBe(true);
    const keyOf = (id: string) => [...own.folded].find(([, hits]) => hits.some((h) => h.id === id))![0];
    expect(keyOf('person/aleksei-navalny')).toMatch(/^алексе/);
    expect(own2.folded.get(keyOf('person/aleksei-navalny'))?.map((h) => h.id)).toEqual(['person/aleksei-navalny']);
    expect(own2.folded.get(keyOf('org/long'))?.map((h) => h.id)).toEqual(['org/long']);
    expect(own2.folded.get(keyOf('person/aleksei-navalny').slice(0, -1))).toBeUndefined();
    expect(own2.prefixes.has('ξενοφων')).toBe(true);
    expect(own2.prefixes.has('ξενοφωνα')).toBe(false);
  });

  it('is the same bytes for the same registry', () => {
    expect(compileRegistryIndex(buildRegistryIndex(loadRegistry(shipped)), { fingerprint: 'x', files: [] }).equals(bytes)).toBe(true);
  });
});

describe('the index file', () => {
  it('is built when missing and when the registry changed, each time said once, and reused otherwise', () => {
    const dir = copyOfShipped();
    const builds: BuildResult[] = [];
    const before = registryFingerprint(dir);
    const first = loadRegistryIndex(dir, (b) => builds.push(b));
    expect(builds.map((b) => b.reason)).toEqual(['missing']);
    expect(fs.existsSync(indexPath(dir))).toBe(true);
    expect(first.header.fingerprint).toBe(before);
    expect(loadRegistryIndex(dir, (b) => builds.push(b))).toBe(first);

    fs.appendFileSync(path.join(dir, 'people.jsonl'), '{"id":"person/zorblax-quint","type":"PERSON","name":"Zorblax Quint"}\n');
    const second = loadRegistryIndex(dir, (b) => builds.push(b));
    expect(builds.map((b) => b.reason)).toEqual(['missing', 'stale']);
    expect(second.folded.get('zorblax quint')?.[0].id).toBe('person/zorblax-quint');
    expect(registryFingerprint(dir)).not.toBe(before);
    expect(registryFingerprint(dir)).toBe(second.header.fingerprint);
  });

  it('names the file and line of a bad entry instead of building', () => {
    const dir = copyOfShipped();
    fs.appendFileSync(path.join(dir, 'people.jsonl'), '{"id":"person/x","type":"HUMAN","name":"X"}\n');
    expect(() => loadRegistryIndex(dir)).toThrow(/people\.jsonl:\d+ \(person\/x\): type/);
    expect(fs.existsSync(indexPath(dir))).toBe(false);
  });

  it('is shared with worker threads started after the main thread loaded it, not read or built again', async () => {
    const dir = copyOfShipped();
    loadRegistryIndex(dir);
    // With the file gone, a worker that did not share the main thread's buffer would have to build its own.
    fs.rmSync(indexPath(dir));
    const worker = new Worker(`
      const { parentPort, workerData, getEnvironmentData } = require('node:worker_threads');
      import(workerData.module).then(({ loadRegistryIndex }) => {
        let built = 0;
        const index = loadRegistryIndex(workerData.dir, () => built++);
        const shared = getEnvironmentData('gazette.registry-index:' + workerData.dir);
        parentPort.postMessage({ built, shared: shared.buffer instanceof SharedArrayBuffer, iran: index.folded.get('iran')[0].id });
      });`, { eval: true, workerData: { module: distIndexFile, dir: path.resolve(dir) } });
    const reply = await new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
    await worker.terminate();
    expect(reply).toEqual({ built: 0, shared: true, iran: 'gpe/iran' });
    expect(fs.existsSync(indexPath(dir))).toBe(false);
  });
});
