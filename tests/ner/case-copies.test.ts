import { describe, expect, it } from 'vitest';
import { allCaps, caseAltered, titleCase } from '../../src/ner/case-copies.js';
import { mulberry32 } from '../../src/ner/random.js';

describe('case-altered training copies', () => {
  it('writes a line as a headline would, letter for letter', () => {
    expect(titleCase('the senate approves new tariffs on steel imports .')).toBe('The Senate Approves New Tariffs on Steel Imports .');
    expect(titleCase('in its 14th year since the 1980s')).toBe('In Its 14th Year Since the 1980s');
    expect(allCaps('Lyon beat Nantes 2-1 on Sunday')).toBe('LYON BEAT NANTES 2-1 ON SUNDAY');
    // A capital longer than its letter would shift the names' spans: the letter stays.
    expect(allCaps('Straße')).toBe('STRAßE');
  });

  it('alters a seeded share of lines, keeps every offset, and adds nothing when no line changes', () => {
    const text = 'Kwame Otieno met the board .\nShares fell in Accra .\nthe talks ended .\nno names here either .';
    const a = caseAltered(text, 0.5, mulberry32(3));
    expect(a).toBeDefined();
    expect(a).toBe(caseAltered(text, 0.5, mulberry32(3)));
    expect(a!.length).toBe(text.length);
    expect(a!.toLowerCase()).toBe(text.toLowerCase());
    const lines = a!.split('\n');
    const changed = lines.filter((l, i) => l !== text.split('\n')[i]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(lines.length);
    expect(caseAltered(text, 0, mulberry32(3))).toBeUndefined();
    expect(caseAltered('2-1 .\n3 4', 1, mulberry32(3))).toBeUndefined();
  });
});
