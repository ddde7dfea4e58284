// The TimeML reader: TimeBank-format NAME.gold.json files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTimeml } from '../../src/gold/timeml.js';

describe('readTimeml', () => {
  it('reads gold and names a bad file with its reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeml-'));
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ text: 'now', dct: null, timexes: [{ start: 0, end: 3, value: 'PRESENT_REF' }] }));
    expect(readTimeml(dir)).toEqual([{ id: 'a', text: 'now', dct: null, timexes: [{ start: 0, end: 3, value: 'PRESENT_REF' }] }]);
    writeFileSync(join(dir, 'b.gold.json'), JSON.stringify({ text: 'now', timexes: [{ start: 'zero' }] }));
    expect(() => readTimeml(dir)).toThrow(/b\.gold\.json: not TimeML gold: timexes\.0\.start/);
    writeFileSync(join(dir, 'b.gold.json'), '{');
    expect(() => readTimeml(dir)).toThrow(/b\.gold\.json: malformed JSON/);
  });
});
