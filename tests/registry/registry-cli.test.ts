// `gazette registry …` end to end, as a user runs it: `node dist/cli.js` (npm test builds dist first).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function gazette(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), ...args], { encoding: 'utf8', cwd: root });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('gazette registry import', () => {
  it('reports what it imported, names each bad row on stderr, and exits 2 when some were bad', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-import-'));
    fs.writeFileSync(path.join(dir, 'companies.csv'), 'name,prior\nAcme Holdings,0.7\nWidgets Inc,high\n');
    const into = path.join(dir, 'registry');
    const run = gazette('registry', 'import', path.join(dir, 'companies.csv'), '--format', 'csv', '--type', 'ORG', '--into', into);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(`imported 1 entries into ${path.join(into, 'companies.jsonl')}; 1 bad rows skipped\n`);
    expect(run.stderr).toBe(`bad row: ${path.join(dir, 'companies.csv')}:3: prior: "high" is not a number\n`);
    expect(gazette('registry', 'import', path.join(dir, 'companies.csv'), '--format', 'xml').stderr).toMatch(/--format must be one of jsonl, csv, wikidata/);
  });
});

describe('gazette registry validate, add and build', () => {
  it('refuse a folder given as an operand, which would leave it unread while the config\'s registry is checked', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-operand-'));
    fs.writeFileSync(path.join(dir, 'broken.jsonl'), 'not json\n');
    for (const action of ['validate', 'build']) {
      const run = gazette('registry', action, dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`gazette: registry ${action} takes no operand "${dir}": name the registry folder with --registry DIR`);
    }
    const named = gazette('registry', 'validate', '--registry', dir);
    expect(named.code).toBe(1);
    expect(named.stdout).toContain(`${path.join(dir, 'broken.jsonl')}:1: not JSON`);
  });
});

describe('gazette registry add and import into an installed package', () => {
  it('refuse to change a registry under node_modules unless it is named with --registry, saying how to keep one\'s own', () => {
    const installed = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-installed-')), 'node_modules', 'gazette');
    const registry = path.join(installed, 'registry');
    fs.mkdirSync(registry, { recursive: true });
    fs.writeFileSync(path.join(registry, 'places.jsonl'), '{"id":"gpe/ruritania","type":"GPE","name":"Ruritania"}\n');
    fs.writeFileSync(path.join(installed, 'pipeline.config.json'), JSON.stringify({ registry: 'registry' }));
    const entry = '{"id":"gpe/zorblaxia","type":"GPE","name":"Zorblaxia"}';
    const refused = gazette('registry', 'add', '--entry', entry, '--config', path.join(installed, 'pipeline.config.json'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`gazette: registry add would change the registry of the installed package (${registry}), which the next install replaces: copy it (cp -r ${registry} ./registry) and name yours with --registry DIR or in a pipeline.config.json`);
    expect(fs.readFileSync(path.join(registry, 'places.jsonl'), 'utf8')).not.toContain('zorblaxia');
    const named = gazette('registry', 'add', '--entry', entry, '--registry', registry);
    expect(named.code, named.stderr).toBe(0);
    expect(fs.readFileSync(path.join(registry, 'places.jsonl'), 'utf8')).toContain('zorblaxia');
  });
});

describe('gazette registry build', () => {
  it('compiles the index and prints its fingerprint; a run after a change rebuilds it once and says so', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-build-'));
    const registry = path.join(dir, 'registry');
    fs.mkdirSync(registry);
    fs.writeFileSync(path.join(registry, 'places.jsonl'), '{"id":"gpe/ruritania","type":"GPE","name":"Ruritania"}\n');
    const build = gazette('registry', 'build', '--registry', registry);
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/^registry index .*registry\.idx built from 1 entries \(0\.0 MB\) in \d+\.\d\d s; fingerprint [0-9a-f]{64}\n$/);

    const config = path.join(dir, 'config.json');
    fs.writeFileSync(config, JSON.stringify({ registry, model: path.join(root, 'models/ner.bin.gz'), log: { level: 'silent', file: null } }));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Officials in Ruritania and Zorblaxia met on Monday.');
    const quiet = gazette('run', path.join(dir, 'a.txt'), '--out', path.join(dir, 'out'), '--config', config, '--workers', '1');
    expect(quiet.stderr).not.toContain('registry index');
    fs.appendFileSync(path.join(registry, 'places.jsonl'), '{"id":"gpe/zorblaxia","type":"GPE","name":"Zorblaxia"}\n');
    const rebuilt = gazette('run', path.join(dir, 'a.txt'), '--out', path.join(dir, 'out2'), '--config', config, '--workers', '2');
    expect(rebuilt.stderr.match(/registry index .* was stale: rebuilt from 2 entries/g)).toHaveLength(1);
    const out = JSON.parse(fs.readFileSync(path.join(dir, 'out2/a.json'), 'utf8'));
    expect(out.mentions.filter((m: { entity?: string }) => m.entity?.startsWith('gpe/')).map((m: { entity: string }) => m.entity)).toEqual(['gpe/ruritania', 'gpe/zorblaxia']);
  });

  it('rebuilds, as stale, an index file of another format (written by an older version)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-build-'));
    const registry = path.join(dir, 'registry');
    fs.mkdirSync(registry);
    fs.writeFileSync(path.join(registry, 'places.jsonl'), '{"id":"gpe/ruritania","type":"GPE","name":"Ruritania"}\n');
    expect(gazette('registry', 'build', '--registry', registry).code).toBe(0);
    const file = path.join(registry, '.index/registry.idx');
    const older = fs.readFileSync(file);
    older.write('GZREGIX1', 0, 'latin1');
    fs.writeFileSync(file, older);
    const config = path.join(dir, 'config.json');
    fs.writeFileSync(config, JSON.stringify({ registry, model: path.join(root, 'models/ner.bin.gz'), log: { level: 'silent', file: null } }));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Officials in Ruritania met on Monday.');
    const run = gazette('run', path.join(dir, 'a.txt'), '--out', path.join(dir, 'out'), '--config', config, '--workers', '1');
    expect(run.code).toBe(0);
    expect(run.stderr.match(/registry index .* was stale: rebuilt from 1 entries/g)).toHaveLength(1);
    expect(fs.readFileSync(file).toString('latin1', 0, 8)).not.toBe('GZREGIX1');
    const out = JSON.parse(fs.readFileSync(path.join(dir, 'out/a.json'), 'utf8'));
    expect(out.mentions.find((m: { text: string }) => m.text === 'Ruritania')?.entity).toBe('gpe/ruritania');
  });
});
