import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { configDigest, configuredStages, STAGES } from '../../src/pipeline.js';

function configFile(content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gazette-config-')), 'pipeline.config.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('loadConfig', () => {
  it('loads the shipped config with every stage', () => {
    const config = loadConfig('pipeline.config.json');
    expect(config.stages).toBeUndefined(); // all of them: the pipeline takes the names from the stages
    expect(path.isAbsolute(config.output)).toBe(true);
  });

  it('hashes a config that lists every stage and recognizer as one that leaves the lists out', () => {
    const all = loadConfig('pipeline.config.json');
    const bare = loadConfig(configFile({ limits: { articleSeconds: 5 }, workers: 0 }));
    expect(configDigest(bare)).toMatch(/^[0-9a-f]{64}$/);
    expect(configDigest(bare)).toBe(configDigest(all));
    const fewer = loadConfig(configFile({ recognize: { recognizers: ['model', 'registry'] } }));
    expect(configDigest(fewer)).not.toBe(configDigest(all));
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

  it('says in words why the file cannot be read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gazette-config-'));
    expect(() => loadConfig(dir)).toThrow(new ConfigError(`${dir}: cannot read the config: a folder, not a file`));
    expect(() => loadConfig(path.join(dir, 'missing.json'))).toThrow(new ConfigError(`${path.join(dir, 'missing.json')}: cannot read the config: no such file or folder`));
  });

  it('says when the file is not JSON', () => {
    expect(() => loadConfig(configFile('{ nope'))).toThrow(/not valid JSON/);
  });

  it('takes the package model and registry where the config leaves them out, and paths it gives from its own folder', () => {
    const shipped = loadConfig('pipeline.config.json');
    const bare = loadConfig(configFile({ workers: 1 }));
    expect(bare.registry).toBe(shipped.registry);
    expect(bare.model).toBe(shipped.model);
    expect(bare.output).toBe(path.join(path.dirname(bare.file), 'output'));
    const given = loadConfig(configFile({ registry: 'mine', model: 'weights/ner.bin.gz' }));
    expect(given.registry).toBe(path.join(path.dirname(given.file), 'mine'));
    expect(given.model).toBe(path.join(path.dirname(given.file), 'weights', 'ner.bin.gz'));
  });

  it('says what workers may be, and reads a file that opens with a byte order mark', () => {
    expect(() => loadConfig(configFile({ workers: 'many' }))).toThrow(/workers: expected "auto" or a whole number from 0 to 64/);
    expect(loadConfig(configFile(`\uFEFF${JSON.stringify({ workers: 2 })}`)).workers).toBe(2);
  });
});

describe('the configured stages', () => {
  const stagesOf = (content: object) => {
    const { stages, recognizers } = configuredStages(loadConfig(configFile(content)));
    return [stages.map((s) => s.name), recognizers];
  };

  it('are all the stages and recognizers the code declares when the config names none', () => {
    expect(stagesOf({})).toEqual([['tokenize', 'recognize', 'resolve', 'link', 'normalize'], ['model', 'registry', 'timex', 'numbers']]);
    expect(stagesOf({ stages: ['tokenize'], recognize: { recognizers: ['timex'] } })).toEqual([['tokenize'], ['timex']]);
  });

  it('refuses an unknown name, naming the file, the key and the known names', () => {
    const file = configFile({ stages: ['tokenize', 'parse'] });
    expect(() => configuredStages(loadConfig(file))).toThrow(ConfigError);
    expect(() => configuredStages(loadConfig(file))).toThrow(`${file}: stages: no stage "parse" (the stages: tokenize, recognize, resolve, link, normalize)`);
    expect(() => stagesOf({ recognize: { recognizers: ['spacy'] } })).toThrow('recognize.recognizers: no recognizer "spacy"');
    // a name every object has is none either (it failed each article: "RECOGNIZERS[name] is not a function")
    expect(() => stagesOf({ recognize: { recognizers: ['model', 'constructor'] } })).toThrow('recognize.recognizers: no recognizer "constructor"');
  });

  it('refuses a recognizer named twice, whose candidates would agree with themselves', () => {
    expect(() => stagesOf({ recognize: { recognizers: ['model', 'timex', 'model'] } })).toThrow('recognize.recognizers: "model" given more than once');
  });

  it('refuses stages out of order', () => {
    expect(() => stagesOf({ stages: ['tokenize', 'link', 'recognize'] })).toThrow(/stages: must be in the order/);
  });

  it('refuses a stage without the stage that adds what it reads', () => {
    expect(() => stagesOf({ stages: ['tokenize', 'recognize', 'link'] })).toThrow('stages: has "link" without "resolve", which it reads');
    expect(() => stagesOf({ stages: ['recognize'] })).toThrow('stages: has "recognize" without "tokenize", which it reads');
  });

  it('each add what a later one reads: every part a stage requires is assigned by an earlier stage', () => {
    STAGES.forEach((stage, i) => {
      for (const part of stage.requires) expect(STAGES.slice(0, i).some((s) => s.assigns.includes(part)), `${stage.name} reads ${part}`).toBe(true);
    });
  });
});
