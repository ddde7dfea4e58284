import { cpSync, mkdtempSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { articleFields, articleFingerprint } from '../../src/runner/article-fingerprint.js';
import { runFingerprint } from '../../src/runner/fingerprint.js';

const config = loadConfig('pipeline.config.json');

describe('runFingerprint', () => {
  it('changes with what changes outputs, and not with where or how fast a run goes', () => {
    const base = runFingerprint(config);
    expect(runFingerprint({ ...config, concurrency: 9, workers: 0, output: '/elsewhere', log: { level: 'debug', file: null } }).digest).toBe(base.digest);
    expect(runFingerprint(config, '9.9.9').pipeline).not.toBe(base.pipeline);
    const fewer = runFingerprint({ ...config, recognize: { recognizers: ['model'] } });
    expect(fewer.config).not.toBe(base.config);
    expect(fewer.digest).not.toBe(base.digest);

    const registry = mkdtempSync(path.join(tmpdir(), 'gazette-fp-registry-'));
    cpSync(config.registry, registry, { recursive: true });
    const moved = runFingerprint({ ...config, registry });
    expect(moved.registry).toBe(base.registry); // the content counts, not the path
    appendFileSync(path.join(registry, 'people.jsonl'), `${JSON.stringify({ id: 'person/x', type: 'PERSON', name: 'X Y' })}\n`);
    const edited = runFingerprint({ ...config, registry });
    expect(edited.registry).not.toBe(base.registry);
    expect(edited.digest).not.toBe(base.digest);
  });
});

describe('articleFingerprint', () => {
  const run = runFingerprint(config);
  const article = { id: 'a', title: 'T', published: '2020-01-02', text: 'Angela Merkel met Macron.' };

  it('is the same for the same article whatever the key order, and differs for any field that shapes the output', () => {
    const fp = articleFingerprint(articleFields(article, 'ignored')!, run);
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    const reordered = { text: article.text, published: article.published, title: 'T', id: 'a', extra: 1 };
    expect(articleFingerprint(articleFields(reordered, 'ignored')!, run)).toBe(fp);
    for (const changed of [{ text: 'Angela Merkel met Macron!' }, { published: '2020-01-03' }, { title: null }, { id: 'b' }]) {
      expect(articleFingerprint(articleFields({ ...article, ...changed }, 'ignored')!, run)).not.toBe(fp);
    }
    expect(articleFingerprint(articleFields(article, 'x')!, { digest: 'other' })).not.toBe(fp);
  });

  it('uses the default id when the input has none, and gives none for an input that is not an article', () => {
    expect(articleFields({ text: 'x' }, 'file-name')?.id).toBe('file-name');
    expect(articleFields({ title: 'no text' }, 'f')).toBeUndefined();
    expect(articleFields('text', 'f')).toBeUndefined();
  });
});
