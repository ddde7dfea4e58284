// Context: words that only look like dates, anaphoric expressions, and mentions from other recognizers.
import { describe, expect, it } from 'vitest';
import type { Doc, Mention } from '../../src/document.js';
import { normalizeTimexes } from '../../src/timex/index.js';
import { makeDoc } from '../numbers/make-doc.js';
import { only, timexes } from './timex-doc.js';

describe('words that are not dates', () => {
  it.each([
    ['The minister may resign.'],
    ['Prices fall when supply grows.'],
    ['They paid a quarterly dividend.'],
    // A possessive qualifies the noun as a determiner does: a frequency adjective, not how often something recurs.
    ["Volkswagen's quarterly operating profit fell 37%."],
    ['More than 2000 people were arrested.'],
    ['The bill is H.Res.752 and costs $1988.'],
    ['Two-thirds and three-quarters of voters agreed.'],
    ['Mr. Schwarz, 52 years old, will succeed him.'],
    ['Baker said on ABC\'s "This Week With David Brinkley" that he agreed.'],
    ['This is VOA Today.'],
    // A rate: "a" and a unit after an amount is how much per unit, not a stretch of time.
    ['The preferred shares pay $2.35 a year.'],
    ['The airline will add 900 seats a week on the route.'],
    ['Employers added 212,000 jobs a month.'],
    ['The mill would turn out about 12,000 tonnes annually.'],
    // A tens word joined to "second" is the compound ordinal, not forty seconds.
    ['The veteran finished forty-second in the marathon.'],
    ['He was sworn in as the forty-second president.'],
    ['The veteran finished forty second in the marathon.'],
    // The size of a change after a verb of change and "by" is a fraction.
    ['Factory output shrank by a quarter.'],
    ['Ticket sales dropped sharply by three quarters.'],
  ])('%s', (sentence) => {
    expect(timexes(sentence)).toEqual([]);
  });
});

describe('"by a quarter" without a verb of change stays a length of time', () => {
  it('"delayed by a quarter"', () => {
    expect(only('The launch was delayed by a quarter.')).toMatchObject({ text: 'a quarter', value: 'P1Q', type: 'DURATION' });
  });
});

describe('"a" and a unit that no amount comes before is a length of time', () => {
  it('"for a week"', () => {
    expect(only('The talks went on for a week.')).toMatchObject({ text: 'a week', value: 'P1W', type: 'DURATION' });
  });
});

describe('a compound "-second" after "a" is a length of time', () => {
  it('"a thirty-second spot" is thirty seconds', () => {
    expect(only('The campaign aired a thirty-second spot.')).toMatchObject({ text: 'thirty-second', value: 'PT30S', type: 'DURATION' });
  });
});

describe('anaphoric expressions count from the last date mentioned', () => {
  it('"a day earlier" after Thursday is Wednesday', () => {
    const found = timexes('The vote came on Thursday. A day earlier, the committee had met.');
    expect(found.map((f) => [f.text, f.value])).toEqual([['Thursday', '2019-12-19'], ['A day earlier', '2019-12-18']]);
  });

  it('"a year earlier" in a sentence about a quarter keeps the quarter', () => {
    const found = timexes('Profit in the third quarter was $5 million, up from $4 million a year earlier.', '1989-10-26');
    expect(found.map((f) => f.value)).toEqual(['1989-Q3', '1988-Q3']);
  });

  it('"year-ago" after a period already a year back is that period', () => {
    const found = timexes('Net income was $195 million in the 1988 period. The year-ago results included a $41 million charge.', '1989-10-27');
    expect(found.map((f) => [f.text, f.value])).toEqual([['the 1988 period', '1988'], ['year-ago', '1988']]);
  });

  it('"a year earlier" in a story told in the past still counts from the date before it', () => {
    const found = timexes('The chemist joined the firm in 1975. A year earlier she had left Geneva.', '1989-10-27');
    expect(found.map((f) => f.value)).toEqual(['1975', '1974']);
  });

  it('"the day before" and "the year after" count from the date told before', () => {
    expect(timexes('Police reached the farm on March 1. The gunman had fled the day before.', '1998-03-04').map((f) => f.value)).toEqual(['1998-03-01', '1998-02-28']);
    expect(timexes('Exports rose in 1995 and fell the year after.', '1998-03-04').map((f) => f.value)).toEqual(['1995', '1996']);
  });

  it('"the previous Friday", "the following Monday" count from the day the narrative reached', () => {
    expect(timexes('On Friday the index fell 3%, down 4.5% from the previous Friday.', '1989-10-30').map((f) => f.value)).toEqual(['1989-10-27', '1989-10-20']);
    expect(timexes('The strike began on March 3. The following Monday, talks resumed.', '1989-10-30').map((f) => f.value)).toEqual(['1989-03-03', '1989-03-06']);
  });

  it('"the day before the vote" names no day by itself', () => {
    expect(timexes('The minister resigned the day before the vote.', '1998-03-04')).toEqual([]);
  });

  it('"the year" looks back no further than the sentence before; "that year" as far as the text goes', () => {
    const text = 'The plant opened in 1975. It grew fast. Workers were hired. Sales slowed earlier in the year.';
    expect(timexes(text, '1989-10-26').map((f) => f.value)).toEqual(['1975', '1989']);
    const that = 'The plant opened in 1975. It grew fast. Workers were hired. Sales slowed that year.';
    expect(timexes(that, '1989-10-26').map((f) => f.value)).toEqual(['1975', '1975']);
  });

  it('"that year" takes the year of the date before it', () => {
    const found = timexes('He was arrested in 1988. He was executed that year.');
    expect(found.map((f) => f.value)).toEqual(['1988', '1988']);
  });
});

/** Normalizes one mention another recognizer proposed, alone in its document. */
function normalizeTimex(doc: Doc, mention: Mention): Mention {
  return normalizeTimexes(doc, [mention])[0];
}

describe('normalizeTimexes on a span from another recognizer', () => {
  it('re-reads the text of the span, with its qualifier', () => {
    const text = 'They met again about a week later, officials said.';
    const doc = makeDoc(text, '2019-12-20');
    const start = text.indexOf('about');
    const mention: Mention = { start, end: start + 'about a week later'.length, type: 'DATE', source: 'model', confidence: 0.9, sentence: 0 };
    const n = normalizeTimex(doc, mention);
    // With no date before it, "later" counts from the DCT, at the granularity of its unit.
    expect(n.value).toBe('2019-W52');
    expect(n.attrs?.timex).toEqual({ type: 'DATE', mod: 'APPROX' });
  });

  it('reads a span that a longer expression around it would cover', () => {
    const text = 'They met Thursday, Dec. 19, in Vienna.';
    const doc = makeDoc(text, '2019-12-20');
    const mention: Mention = { start: 9, end: 17, type: 'DATE', source: 'model', confidence: 0.9, sentence: 0 };
    expect(normalizeTimex(doc, mention).value).toBe('2019-12-19');
  });

  it('a period that a date closes is a duration', () => {
    expect(timexes('Net income for the year ended Aug. 31 rose.').map((t) => [t.text, t.value])).toEqual([['the year', 'P1Y'], ['Aug. 31', '2019-08-31']]);
  });

  it('leaves a mention it cannot read without a value', () => {
    const doc = makeDoc('It happened in the era of Khomeini.', '2019-12-20');
    const mention: Mention = { start: 15, end: 22, type: 'DATE', source: 'model', confidence: 0.9, sentence: 0 };
    expect(normalizeTimex(doc, mention).value).toBeUndefined();
  });
});

describe('tense', () => {
  it('a past participle after "will be" does not make a weekday past', () => {
    expect(only('The meeting will be held on Monday.').value).toBe('2019-12-23');
  });
});

describe('tense of reporting and present verbs', () => {
  it('"said Thursday" is the Thursday before, even when the clause looks ahead', () => {
    expect(timexes('A spokesman said Thursday that the troops will remain.')[0].value).toBe('2019-12-19');
  });
  it('a present "is" just before a weekday looks ahead, a past "was" back', () => {
    expect(only('The runoff is on Tuesday.').value).toBe('2019-12-24');
    expect(only('The runoff was on Tuesday.').value).toBe('2019-12-17');
  });
  it('a verb whose past is spelt as its present gives no tense ("the storm hit on Friday")', () => {
    expect(only('The storm hit on Friday.', '1998-03-04').value).toBe('1998-02-27');
  });
  it('"due" looks ahead', () => {
    expect(only('The former mayor is due in court on Wednesday.').value).toBe('2019-12-25');
  });
  it('a present verb just before a weekday looks ahead', () => {
    expect(only('The two leaders meet separately Monday.').value).toBe('2019-12-23');
  });
});

describe('names and titles that hold date words are not dates', () => {
  it.each([
    ['He raised money for the March of Dimes.'],
    ['He starred in Twelve O\'Clock High.'],
    ['He drove a 1987 Chevrolet to the border.'],
  ])('%s', (sentence) => {
    expect(timexes(sentence)).toEqual([]);
  });
  it('a year before a noun that is not a maker is still a year', () => {
    expect(only('The treaty overruled a 1971 Convention.').value).toBe('1971');
  });
});

describe('approximators', () => {
  it('"around" before a possessive date belongs to the noun, not the date', () => {
    const t = only('Airlines had to work around Monday\'s strike.');
    expect([t.text, t.mod]).toEqual(['Monday', undefined]);
  });
  it('"around" before a date approximates it', () => {
    expect(only('The ship docked around Nov. 9.').mod).toBe('APPROX');
  });
});

describe('narrative anchoring: times and anaphoric days count from the day the text told', () => {
  it('a clock time joined to a date by "on" falls on that date, and "the next morning" on the day after', () => {
    const found = timexes('Police arrived at 10 p.m. on March 3. The next morning, the suspect fled.');
    expect(found.map((f) => [f.text, f.value])).toEqual([
      ['10 p.m.', '2019-03-03T22:00'], ['March 3', '2019-03-03'], ['The next morning', '2019-03-04TMO']]);
  });
  it('a bare clock time after a told day falls on it', () => {
    const found = timexes('The raid began on Dec. 2. At 4 a.m., troops entered the camp.');
    expect(found.map((f) => f.value)).toEqual(['2019-12-02', '2019-12-02T04:00']);
  });
  it('"that same day", "earlier that day" and "that night" take the day told before', () => {
    const found = timexes('The strike began on Nov. 4. Later that same day, talks failed. Earlier that day, unions met. That night, police moved in.');
    expect(found.map((f) => [f.text, f.value])).toEqual([
      ['Nov. 4', '2019-11-04'], ['Later that same day', '2019-11-04'], ['Earlier that day', '2019-11-04'], ['That night', '2019-11-04TNI']]);
  });
  it('a bare "that day" in a generic clause is not a date', () => {
    expect(timexes('Dealers lose money on trades made that day.')).toEqual([]);
  });
  it('with no day told before, a clock time falls on the publication date', () => {
    expect(only('Polls close at 8 p.m.').value).toBe('2019-12-20T20:00');
  });
  it('a clock time that looks ahead does not fall on a day told in the past', () => {
    const found = timexes('The blast came on Dec. 2. The court will sit at 9 a.m.');
    expect(found.map((f) => f.value)).toEqual(['2019-12-02', '2019-12-20T09:00']);
  });
});

describe('a number or part of day that a noun follows modifies the noun', () => {
  it.each([
    ['On May 3 and 4 people died in the blast.', ['May 3']],
    ['Rebels killed 3 in the morning raid.', []],
    ['He watched the evening news.', []],
  ])('%s', (sentence, spans) => {
    expect(timexes(sentence).map((t) => t.text)).toEqual(spans);
  });
});

describe('"march" and "may" as verbs', () => {
  it.each([['We march 3 miles.'], ['You may 3D print it.']])('%s', (sentence) => {
    expect(timexes(sentence)).toEqual([]);
  });
});

describe('a page time stamp: a date, a comma and a 24-hour clock are two expressions', () => {
  it('"14 March 2021, 09:45" is a DATE and a TIME on that day', () => {
    const found = timexes('Published 14 March 2021, 09:45 | Updated: 14 March 2021, 11:02', '2021-03-14');
    expect(found.map((f) => [f.text, f.label, f.value])).toEqual([
      ['14 March 2021', 'DATE', '2021-03-14'], ['09:45', 'TIME', '2021-03-14T09:45'],
      ['14 March 2021', 'DATE', '2021-03-14'], ['11:02', 'TIME', '2021-03-14T11:02'],
    ]);
  });
  it('a weekday and a clock time with a.m. or p.m. stay one', () => {
    expect(only('The shelling began Monday, 10 p.m., witnesses said.', '2021-03-14')).toMatchObject({ text: 'Monday, 10 p.m.', value: '2021-03-08T22:00' });
  });
});


describe("the label, as OntoNotes gives it: TIME for a time of day and for a period shorter than a day", () => {
  it.each([
    ['Negotiators talked for 90 minutes on Friday.', [['90 minutes', 'TIME', 'PT90M'], ['Friday', 'DATE', '2021-03-12']]],
    ['Power was restored after about 48 hours.', [['about 48 hours', 'TIME', 'PT48H']]],
    ['The strike lasted three days.', [['three days', 'DATE', 'P3D']]],
    ['Rescuers worked through the night.', [['the night', 'TIME', '2021-03-14TNI']]],
  ])('%s', (sentence, expected) => {
    expect(timexes(sentence, '2021-03-14').map((f) => [f.text, f.label, f.value])).toEqual(expected);
  });
});
