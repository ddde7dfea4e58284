// A name the registry knows wins over a number recognizer's reading of a currency code glued to an amount
// ("COP29", the climate conference, is no sum of Colombian pesos); an amount the registry does not name stays one.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('codes that name things', () => {
  it('types a registry name made of a code and a number as the registry does', () => {
    expect(readMentions('Delegates left the COP29 summit early. Tickets cost MYR42.').map((m) => [m.text, m.type, m.entity]))
      .toEqual([['COP29', 'EVENT', 'event/cop29'], ['MYR42', 'MONEY', undefined]]);
  });
});
