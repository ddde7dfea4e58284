import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

function configFile(content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gazette-config-')), 'pipeline.config.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('loadConfig', () => {
  it('loads the shipped config with every stage', () => {
    const config = loadConfig('pipeline.config.json');
    expect(config.stages).toEqual(['tokenize', 'recognize', 'resolve', 'link', 'normalize']);
    expect(path.isAbsolute(config.output)).toBe(true);
    expect(config.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('names an unknown key, nested keys with their path, and the file', () => {
    const file = configFile({ concurency: 2, log: { levl: 'info' } });
    expect(() => loadConfig(file)).toThrow(ConfigError);
    expect(() => loadConfig(file)).toThrow(`${file}: unknown key "log.levl"; unknown key "concurency"`);
  });

  it('names a key of the wrong type', () => {
    const file = configFile({ concurrency: 'two' });
    expect(() => loadConfig(file)).toThrow(/concurrency: Invalid input: expected number, received string/);
  });

  it('refuses stages out of order', () => {
    expect(() => loadConfig(configFile({ stages: ['tokenize', 'link', 'recognize'] }))).toThrow(/stages: must be in the order/);
  });

  it('refuses a stage without the stage it reads', () => {
    expect(() => loadConfig(configFile({ stages: ['tokenize', 'recognize', 'link'] }))).toThrow('stages: has "link" without "resolve", which it reads');
    expect(() => loadConfig(configFile({ stages: ['recognize'] }))).toThrow('stages: has "recognize" without "tokenize"');
    expect(loadConfig(configFile({ stages: ['tokenize'] })).stages).toEqual(['tokenize']);
  });

  it('says when the file is not JSON', () => {
    expect(() => loadConfig(configFile('{ nope'))).toThrow(/not valid JSON/);
  });
});
