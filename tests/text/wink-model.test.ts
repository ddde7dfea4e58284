// wink's core model, built by wink.ts from one parse of the model's file, must be the very model the
// package's own loader builds: every field, key order, typed array and set.
import { createRequire } from 'node:module';
import { types } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readCoreModel } from '../../src/text/wink.js';

const require = createRequire(import.meta.url);

/** The model as JSON, with typed arrays and sets spelled out, so that any difference shows. */
const spelled = (model: unknown) => JSON.stringify(model, (_key, value: unknown) =>
  value instanceof Set ? { set: [...value] } : ArrayBuffer.isView(value) ? { [value.constructor.name]: Array.from(value as Uint32Array) } : value);

type Tables = Record<string, { hash?: Record<string, number> | null; list: string[] }>;

describe('readCoreModel', () => {
  it('builds what wink-eng-lite-web-model builds', () => {
    const theirs = (require('wink-eng-lite-web-model') as { core(): { features: Tables } }).core();
    const lexemes = new Map<string, number>();
    const ours = readCoreModel(lexemes) as unknown as { features: Tables };
    expect(ours).not.toBe(theirs);
    // Our lexicon's index is a Map that wink reads through a Proxy, theirs an object: every key of
    // theirs must answer the same through ours, and the Map (which the Reader reads) hold the same entries.
    expect(Object.keys(ours.features).filter((f) => types.isProxy(ours.features[f].hash))).toEqual(['lexeme']);
    const [index, expected] = [ours.features.lexeme.hash!, theirs.features.lexeme.hash!];
    expect(Object.keys(expected).filter((word) => index[word] !== expected[word])).toEqual([]);
    expect([...lexemes].filter(([word, k]) => expected[word] !== k)).toEqual([]);
    expect(lexemes.size).toBe(Object.keys(expected).length);
    ours.features.lexeme.hash = theirs.features.lexeme.hash = null;
    // 20 MB of JSON each: a difference is shown by where it starts, not as a whole.
    const [a, b] = [spelled(ours), spelled(theirs)];
    let at = 0;
    while (at < a.length && a.charCodeAt(at) === b.charCodeAt(at)) at++;
    expect(a.slice(at - 100, at + 100)).toBe(b.slice(at - 100, at + 100));
    expect(a.length).toBe(b.length);
  });

  it('builds a fresh model each time (an instance adds words to its own)', () => {
    const a = readCoreModel(new Map());
    const b = readCoreModel(new Map());
    a.features.lexeme.list.push('zorblax');
    expect(b.features.lexeme.list).not.toContain('zorblax');
  });
});
