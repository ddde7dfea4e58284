import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createPipeline } from '../../src/pipeline.js';
import { isGazetteDocument, opensGazetteDocument, outputJsonSchema } from '../../src/schema/output.js';

describe('schema/output.schema.json', () => {
  it('is what the zod schema of an output document generates (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync('schema/output.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(outputJsonSchema())));
  });
});

describe('a document gazette wrote, told from an article', () => {
  const document = createPipeline(loadConfig('pipeline.config.json')).annotate({ text: 'Acme Corp. hired 40 people in Ohio.' }, { file: 'test' }, 'a1');
  it('parsed, and by its first 512 bytes, compact or indented', () => {
    expect(isGazetteDocument(document)).toBe(true);
    expect(opensGazetteDocument(JSON.stringify(document).slice(0, 512))).toBe(true);
    expect(opensGazetteDocument(JSON.stringify(document, null, 2).slice(0, 512))).toBe(true);
  });
  it('and an article, even one that quotes the fields, is none', () => {
    const article = { id: 'a2', text: '"schemaVersion": "1.0.0", "pipeline": {"name": "gazette"}', pipeline: { name: 'gazette' } };
    expect(isGazetteDocument(article)).toBe(false);
    expect(opensGazetteDocument(JSON.stringify(article))).toBe(false);
    expect(isGazetteDocument({ ...document, pipeline: { ...document.pipeline, name: 'other' } })).toBe(false);
  });
});
