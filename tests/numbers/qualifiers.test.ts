// Qualifiers stay outside the span but are kept; the counted noun is the head after the number.
import { describe, expect, it } from 'vitest';
import { numberAt } from './read.js';

describe('qualifiers', () => {
  it.each([
    ['The White House said as many as 1,000 people were killed.', '1,000', 'as many as'],
    ['The department received upwards of 20,000 messages.', '20,000', 'upwards of'],
    ['It is greater than the roughly 200 deaths recorded.', '200', 'roughly'],
    ['Amnesty revised its estimate to more than 300 later.', '300', 'more than'],
    ['At least 12,000 people have been arrested.', '12,000', 'at least'],
    ['The plan will cost approximately $5 million in total.', '$5 million', 'approximately'],
    ['The firm will hire up to 40 staff.', '40', 'up to'],
    ['About 30% of voters stayed home.', '30%', 'about'],
    ['Officials expect 1,000 or more visitors.', '1,000', 'or more'],
    ['It encompassed many thousands of injuries.', 'thousands', 'many'],
  ])('%s → %s qualified by "%s"', (text, span, qualifier) => {
    expect(numberAt(text, span)?.attrs?.qualifier).toBe(qualifier);
  });

  it('leaves the qualifier out of the span', () => {
    expect(numberAt('as many as 1,000 people', 'as many as 1,000')).toBeUndefined();
  });

  it('gives no qualifier where none is written', () => {
    expect(numberAt('The PMOI raised its estimate to 1,500 yesterday.', '1,500')?.attrs?.qualifier).toBeUndefined();
  });
});

describe('counted nouns', () => {
  it.each([
    ['Officials said 547 victims had been named.', '547', 'victims'],
    ['The report names 92 high-ranking officials.', '92', 'officials'],
    ['Iran committed at least five separate violations.', 'five', 'violations'],
    ['There were thousands of political prisoners.', 'thousands', 'prisoners'],
    ['The 38,000 U.S. troops in the Gulf will stay.', '38,000', 'troops'],
  ])('%s → %s counts %s', (text, span, counted) => {
    expect(numberAt(text, span)?.attrs?.counted).toBe(counted);
  });

  it('has no counted noun when a verb follows', () => {
    expect(numberAt('Amnesty raised its estimate to more than 300 while waiting.', '300')?.attrs?.counted).toBeUndefined();
  });

  it('does not count a pronoun', () => {
    expect(numberAt('Police detained one of them on Monday.', 'one')?.attrs?.counted).toBeUndefined();
  });
});
