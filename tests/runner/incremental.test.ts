// Re-runs skip articles whose output records the same fingerprint; --force redoes them; a
// changed article, config or registry rewrites exactly what it changes.
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { counts, gazette, tempDir } from './cli.js';

const TEXTS = [
  'Angela Merkel met Emmanuel Macron in Paris on Monday.',
  'The European Union fined Google 2.4 billion euros.',
  'Officials in Berlin said 300 people marched on 3 May 2021.',
];

describe('incremental runs', () => {
  it('writes only what changed, and all of it after --force or a registry change', () => {
    const inputs = tempDir('inc');
    const out = tempDir('inc-out');
    TEXTS.forEach((text, i) => writeFileSync(path.join(inputs, `a${i}.txt`), text));
    const first = gazette(['run', inputs, '--out', out, '--workers', '0']);
    expect(first.code, first.stderr).toBe(0);
    expect(counts(first.stdout)).toMatchObject({ read: 3, written: 3, unchanged: 0, failed: 0 });
    const fp = JSON.parse(readFileSync(path.join(out, 'a0.json'), 'utf8')).fingerprint;
    expect(fp).toMatch(/^[0-9a-f]{64}$/);

    expect(counts(gazette(['run', inputs, '--out', out, '--workers', '0']).stdout)).toMatchObject({ written: 0, unchanged: 3 });

    const before = statSync(path.join(out, 'a0.json')).mtimeMs;
    writeFileSync(path.join(inputs, 'a1.txt'), `${TEXTS[1]} Brussels agreed.`);
    expect(counts(gazette(['run', inputs, '--out', out, '--workers', '0']).stdout)).toMatchObject({ written: 1, unchanged: 2 });
    expect(statSync(path.join(out, 'a0.json')).mtimeMs).toBe(before);
    // A sidecar that sets the publication date changes the article too.
    writeFileSync(path.join(inputs, 'a2.meta.json'), JSON.stringify({ published: '2021-05-04' }));
    expect(counts(gazette(['run', inputs, '--out', out, '--workers', '0']).stdout)).toMatchObject({ written: 1, unchanged: 2 });

    expect(counts(gazette(['run', inputs, '--out', out, '--workers', '0', '--force']).stdout)).toMatchObject({ written: 3, unchanged: 0 });
    expect(JSON.parse(readFileSync(path.join(out, 'a0.json'), 'utf8')).fingerprint).toBe(fp);

    // The same config over an edited copy of the registry: every output is stale.
    const registry = tempDir('inc-registry');
    cpSync('registry', registry, { recursive: true });
    writeFileSync(path.join(registry, 'people.jsonl'), `${readFileSync('registry/people.jsonl', 'utf8')}${JSON.stringify({ id: 'person/someone-new', type: 'PERSON', name: 'Someone New' })}\n`);
    const config = path.join(tempDir('inc-config'), 'pipeline.config.json');
    writeFileSync(config, JSON.stringify({ registry, model: path.resolve('models/ner.bin.gz') }));
    const edited = gazette(['run', inputs, '--out', out, '--workers', '0', '--config', config]);
    expect(edited.code, edited.stderr).toBe(0);
    expect(counts(edited.stdout)).toMatchObject({ written: 3, unchanged: 0 });
    // A config that differs only in how the run goes (not what it writes) changes nothing.
    writeFileSync(config, JSON.stringify({ registry, model: path.resolve('models/ner.bin.gz'), concurrency: 2, workers: 1 }));
    expect(counts(gazette(['run', inputs, '--out', out, '--config', config]).stdout)).toMatchObject({ written: 0, unchanged: 3 });
  });
});
