// A title-case headline's verbs and small words are no part of a name: where the name model ran a name into
// them, what stays is the parts the story names. Invented articles.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

/** The mentions on the first line: they come first, in text order, so each is found after the one before. */
function inHeadline(text: string): string[][] {
  const end = text.indexOf('\n');
  const found: string[][] = [];
  let at = 0;
  for (const m of readMentions(text)) {
    at = text.indexOf(m.text, at);
    if (at >= end) break;
    found.push([m.text, m.type]);
    at += m.text.length;
  }
  return found;
}

describe('title-case headlines', () => {
  it('cuts a name at a headline verb and keeps the part the story names', () => {
    expect(inHeadline('Veltrix Tops Forecasts as Chip Demand Surges\n\nVeltrix Corp on Wednesday forecast revenue above estimates. Shares of Veltrix rose 4%.'))
      .toEqual([['Veltrix', 'ORG']]);
    expect(inHeadline('Hurricane Odalys Slams Into Varden Coast\n\nHurricane Odalys made landfall on Wednesday night. Odalys knocked out power to 2 million homes.'))
      .toEqual([['Hurricane Odalys', 'EVENT']]);
  });

  it('reads a headline with its short small words in lower case and a brand\'s inner capital as title case', () => {
    expect(inHeadline('Veltrix Unveils Cheaper vPad as Sales in Varden Slip\n\nVeltrix Corp on Wednesday unveiled a lower-priced model aimed at buyers in Varden.'))
      .toEqual([['Veltrix', 'ORG'], ['Varden', 'GPE']]);
  });

  it('drops a name run into a headline verb when the story names none of its parts', () => {
    expect(inHeadline('Court Blocks Deportation Flights to El Salvador\n\nA federal judge in Boston on Friday blocked the deportations.'))
      .toEqual([['El Salvador', 'GPE']]);
  });
});
