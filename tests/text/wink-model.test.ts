// wink's core model, built by wink.ts from one parse of the model's file, must be the very model the
// package's own loader builds: every field, key order, typed array and set.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCoreModel } from '../../src/text/wink.js';

const require = createRequire(import.meta.url);

/** The model as JSON, with typed arrays and sets spelled out, so that any difference shows. */
const spelled = (model: unknown) => JSON.stringify(model, (_key, value: unknown) =>
  value instanceof Set ? { set: [...value] } : ArrayBuffer.isView(value) ? { [value.constructor.name]: Array.from(value as Uint32Array) } : value);

describe('readCoreModel', () => {
  it('builds what wink-eng-lite-web-model builds', () => {
    const theirs = (require('wink-eng-lite-web-model') as { core(): unknown }).core();
    const ours = readCoreModel();
    expect(ours).not.toBe(theirs);
    // 20 MB of JSON each: a difference is shown by where it starts, not as a whole.
    const [a, b] = [spelled(ours), spelled(theirs)];
    let at = 0;
    while (at < a.length && a.charCodeAt(at) === b.charCodeAt(at)) at++;
    expect(a.slice(at - 100, at + 100)).toBe(b.slice(at - 100, at + 100));
    expect(a.length).toBe(b.length);
  });

  it('builds a fresh model each time (an instance adds words to its own)', () => {
    const a = readCoreModel();
    const b = readCoreModel();
    a.features.lexeme.list.push('zorblax');
    expect(b.features.lexeme.list).not.toContain('zorblax');
  });
});
