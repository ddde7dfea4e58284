// Amounts of the hundred-and-eleventh review round (shipping), as [type, span, value, unit].
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const NUMBERS: readonly string[] = ['CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY'];
const read = (text: string) => readMentions(text).filter((m) => NUMBERS.includes(m.type)).map((m) => [m.type, m.text, m.value ?? null, m.unit ?? null]);

describe('containers counted in units spelt out', () => {
  it('are twenty-foot and forty-foot equivalent units', () => {
    expect(read('The port handled 939,606 twenty-foot equivalent units last month.')).toEqual([['QUANTITY', '939,606 twenty-foot equivalent units', 939606, 'TEU']]);
    expect(read('It moved 9.1 million 20-foot equivalent units.')).toEqual([['QUANTITY', '9.1 million 20-foot equivalent units', 9100000, 'TEU']]);
  });

  it('leave the number inside the unit\'s name no length', () => {
    expect(read('Rates stood at $7,550 per forty-foot equivalent unit.')).toEqual([['MONEY', '$7,550', 7550, null]]);
    expect(read('They loaded a forty-foot container.')).toEqual([['QUANTITY', 'forty-foot', 40, 'ft']]);
  });
});
