// One table per family of time expressions: span (TimeML bounds), TIMEX3 type, value and mod,
// resolved against a Friday DCT, 2019-12-20.
import { describe, expect, it } from 'vitest';
import { only, timexes } from './timex-doc.js';

type Row = [sentence: string, span: string, value: string, type?: string, mod?: string];

function table(name: string, rows: Row[], published = '2019-12-20') {
  describe(name, () => {
    for (const [sentence, span, value, type, mod] of rows) {
      it(`${sentence} → ${span} = ${value}`, () => {
        const t = only(sentence, published);
        expect(t.text).toBe(span);
        expect(t.value).toBe(value);
        if (type) expect(t.type).toBe(type);
        if (mod) expect(t.mod).toBe(mod);
      });
    }
  });
}

table('explicit dates', [
  ['The law was passed on November 15.', 'November 15', '2019-11-15', 'DATE'],
  ['He left Iran in May 2018.', 'May 2018', '2018-05'],
  ['The deal was signed in 2015.', '2015', '2015'],
  ['The vote is set for Jan. 7, 2020.', 'Jan. 7, 2020', '2020-01-07'],
  ['It opened on 3 March 1990.', '3 March 1990', '1990-03-03'],
  ['Prices rose in November.', 'November', '2019-11'],
  ['The talks resume in January.', 'January', '2020-01'],
  ['It was built in the 1980s.', 'the 1980s', '198'],
  ['That was in the nineteenth century.', 'the nineteenth century', '18'],
  ['He was born in nineteen ninety-six.', 'nineteen ninety-six', '1996'],
]);

table('weekdays by tense', [
  ['Protesters gathered on Thursday.', 'Thursday', '2019-12-19'],
  ['The ministers will meet on Monday.', 'Monday', '2019-12-23'],
  ['The council met on Wednesday, officials said.', 'Wednesday', '2019-12-18'],
  ['The court ruled last Friday.', 'last Friday', '2019-12-13'],
  ['Results are due next Tuesday.', 'next Tuesday', '2019-12-24'],
]);

table('relative to the document date', [
  ['The protests began five weeks ago.', 'five weeks ago', '2019-W46'],
  ['Exports fell last year.', 'last year', '2018'],
  ['The report is due next month.', 'next month', '2020-01'],
  ['Sales grew this week.', 'this week', '2019-W51'],
  ['The ban was lifted yesterday.', 'yesterday', '2019-12-19'],
  ['The deal was struck three years ago.', 'three years ago', '2016'],
  ['The bill passed the Senate two days ago.', 'two days ago', '2019-12-18'],
]);

table('parts and modifiers', [
  ['Protests have continued since mid-November.', 'mid-November', '2019-11', 'DATE', 'MID'],
  ['Sanctions were imposed at the end of 2017.', 'the end of 2017', '2017', 'DATE', 'END'],
  ['Oil exports collapsed by the beginning of 2018.', 'the beginning of 2018', '2018', 'DATE', 'START'],
  ['Growth slowed in early 1990.', 'early 1990', '1990', 'DATE', 'START'],
  ['Earnings fell in the second half of 1989.', 'the second half of 1989', '1989-H2'],
  ['Profit rose in the third quarter.', 'the third quarter', '2019-Q3'],
  ['The vote will happen sometime next year.', 'sometime next year', '2020', 'DATE', 'APPROX'],
]);

table('seasons', [
  ['Thousands were executed in the summer of 1988.', 'the summer of 1988', '1988-SU'],
  ['Elections are due this spring.', 'this spring', '2019-SP'],
]);

table('seasons relative to a winter DCT', [
  ['The plant closed last fall.', 'last fall', '2019-FA'],
  ['The plant reopens next summer.', 'next summer', '2020-SU'],
], '2020-02-06');

table('durations', [
  ['He has been jailed for three years.', 'three years', 'P3Y', 'DURATION'],
  ['Protests have spread over the past five weeks.', 'the past five weeks', 'P5W', 'DURATION'],
  ['The regime has ruled for nearly forty years.', 'nearly forty years', 'P40Y', 'DURATION', 'APPROX'],
  ['The strike lasted several months.', 'several months', 'PXM', 'DURATION'],
  ['The talks lasted 2 1/2 hours.', '2 1/2 hours', 'PT2H30M', 'DURATION'],
  ['The war lasted two and a half years.', 'two and a half years', 'P2Y6M', 'DURATION'],
  ['The war lasted two years and a half.', 'two years and a half', 'P2Y6M', 'DURATION'],
  ['He signed a five-year contract.', 'five-year', 'P5Y', 'DURATION'],
  ['It lasted one hundred and six days.', 'one hundred and six days', 'P106D', 'DURATION'],
  ['He played three one-day matches.', 'one-day', 'P1D', 'DURATION'],
  ['Each of them waited at least 30 days.', 'at least 30 days', 'P30D', 'DURATION', 'EQUAL_OR_MORE'],
]);

table('vague references', [
  ['Officials recently said so.', 'recently', 'PAST_REF'],
  ['Prices are now higher.', 'now', 'PRESENT_REF'],
  ['Prices are currently higher.', 'currently', 'PRESENT_REF'],
]);

describe('vague nouns and adjectives (TimeML marks them, OntoNotes does not)', () => {
  it('are left out by default', () => {
    expect(timexes('The plan may have changed in the past, given recent events.')).toEqual([]);
  });
  it('are found at a lower confidence', () => {
    const found = timexes('The plan may have changed in the past, given recent events.', '2019-12-20', 0.4);
    expect(found.map((f) => [f.text, f.value])).toEqual([['the past', 'PAST_REF'], ['recent', 'PAST_REF']]);
  });
  it('"the future" as a noun names a time to come; before a noun it is an adjective', () => {
    expect(timexes('The plan may change in the future.').map((f) => [f.text, f.value])).toEqual([['the future', 'FUTURE_REF']]);
    expect(timexes('It set the stage for the future designation of other groups.')).toEqual([]);
  });
});

table('clock times and parts of days', [
  ['The blast came at 7:15 p.m. on the border.', '7:15 p.m.', '2019-12-20T19:15', 'TIME'],
  // A present before the day looks ahead ("close" is the verb the tagger took for an adjective).
  ['Polls close at 10 p.m. Wednesday.', '10 p.m. Wednesday', '2019-12-25T22:00', 'TIME'],
  ['Polls closed at 10 p.m. Wednesday.', '10 p.m. Wednesday', '2019-12-18T22:00', 'TIME'],
  ['Fighting broke out last night.', 'last night', '2019-12-19TNI', 'TIME'],
  ['He spoke this morning.', 'this morning', '2019-12-20TMO', 'TIME'],
  ['Guards fired on Thursday evening.', 'Thursday evening', '2019-12-19TEV', 'TIME'],
  ['The blast occurred at 1430 GMT.', '1430 GMT', '2019-12-20T14:30', 'TIME'],
]);

table('holidays', [
  ['Stores will open on Christmas Eve.', 'Christmas Eve', '2019-12-24'],
  ['He died on Thanksgiving.', 'Thanksgiving', '2019-11-28'],
  ['Parades were held on Memorial Day 1998.', 'Memorial Day 1998', '1998-05-25'],
]);

table('sets', [
  ['The board meets every month.', 'every month', 'P1M', 'SET'],
  ['Rates are reviewed annually.', 'annually', 'P1Y', 'SET'],
  ['The market opens each Thursday.', 'each Thursday', 'XXXX-WXX-4', 'SET'],
]);

describe('without a publication date values stay underspecified', () => {
  const rows: [string, string, string][] = [
    ['The law was passed on November 15.', 'November 15', 'XXXX-11-15'],
    ['Protesters gathered on Thursday.', 'Thursday', 'XXXX-WXX-4'],
    ['Exports fell last year.', 'last year', 'XXXX'],
    ['He left Iran in May 2018.', 'May 2018', '2018-05'],
    ['He has been jailed for three years.', 'three years', 'P3Y'],
  ];
  for (const [sentence, span, value] of rows) {
    it(`${span} → ${value}`, () => {
      const t = only(sentence, null);
      expect(t.text).toBe(span);
      expect(t.value).toBe(value);
    });
  }
});

// Issue 13 families: each row a sentence written for the test.

table('weekdays: the tense cue picks the week (DCT Wednesday 2019-12-18)', [
  ['The ministry said it would act by Tuesday.', 'Tuesday', '2019-12-24'],
  ['The envoy said on Monday that talks would resume.', 'Monday', '2019-12-16'],
  ['The union promised to decide by Friday.', 'Friday', '2019-12-20'],
], '2019-12-18');

// Issue 13: "will mark the day on Friday" in a Saturday story is the Friday before (a wire story is
// often dated the morning after it is written), not the one six days on; a deadline lies ahead.
table('weekdays: a future verb looks ahead, but the day before the DCT is the day of writing (DCT Saturday 2019-12-21)', [
  ['Pilgrims will mark the day on Friday.', 'Friday', '2019-12-20'],
  ['The court ruled on Friday.', 'Friday', '2019-12-20'],
  ['Pilgrims will gather on Thursday.', 'Thursday', '2019-12-26'],
  ['The union must decide by Friday.', 'Friday', '2019-12-27'],
], '2019-12-21');

table('month and day without a year (DCT 2019-05-10)', [
  ['Protests have continued since the Oct. 23 killing.', 'Oct. 23', '2018-10-23'],
  ['The city has been tense since Oct. 23.', 'Oct. 23', '2018-10-23'],
  ['The plant closed on Nov. 12.', 'Nov. 12', '2018-11-12'],
  ['The vote will be held on Oct. 23.', 'Oct. 23', '2019-10-23'],
  // A present verb right before the date speaks of one to come, though last December is nearer.
  ['The new tariff takes effect Dec. 1.', 'Dec. 1', '2019-12-01'],
], '2019-05-10');

table('a month without a year: tense within about ten months, else the nearest (DCT 1989-10-27)', [
  // Past tense reaches back ten whole months; a month is compared as a whole, not by its first day.
  ['The insurer changed its reporting calendar in December.', 'December', '1988-12'],
  // An infinitive hanging on a verb that is not a plan has no tense: the clause's present decides.
  ['The bank said it is continuing to try to sell itself, under a June accord with its lenders.', 'June', '1989-06'],
  ['Shipping problems made it hard for the maker to meet demand well into the summer.', 'the summer', '1989-SU'],
  // A plan looks ahead ("agreed to"); "since" fixes the side whatever the distance.
  ['The two sides agreed to resume talks in February.', 'February', '1990-02'],
  ['Sales have slipped since the Nov. 2 recall.', 'Nov. 2', '1988-11-02'],
  // "agreed" is past, not a present "-eed" verb like "need".
  ['The two lenders agreed in June to merge.', 'June', '1989-06'],
], '1989-10-27');

table('a month in a relative clause: a noun "plans" does not look ahead (DCT 2023-12-01)', [
  ['The farmers party, which grew out of protests against plans to curb herds to win provincial elections in March, backs the coalition.', 'March', '2023-03'],
], '2023-12-01');

table('a plan told in the past perfect was for a day already gone (DCT Monday 1989-10-30)', [
  ['The tender offer had been due to expire Friday evening.', 'Friday evening', '1989-10-27TEV', 'TIME'],
  ['The offer previously had been scheduled to expire at midnight Friday.', 'midnight Friday', '1989-10-27T24:00', 'TIME'],
  ['The offer is scheduled to expire at midnight Friday.', 'midnight Friday', '1989-11-03T24:00', 'TIME'],
], '1989-10-30');

table('years and decades ago', [
  ['The plant closed 30 years ago.', '30 years ago', '1989'],
  ['She first won the race a decade ago.', 'a decade ago', '2009'],
  ['The bridge was built two centuries ago.', 'two centuries ago', '1819'],
]);

table('frequencies (SET)', [
  ['The paper is printed daily.', 'daily', 'P1D', 'SET'],
  ['Prices are checked weekly.', 'weekly', 'P1W', 'SET'],
  ['The council meets every Monday.', 'every Monday', 'XXXX-WXX-1', 'SET'],
  ['Rates will be adjusted quarterly.', 'quarterly', 'P3M', 'SET'],
  ['Ferries sail twice a week.', 'twice a week', 'P1W', 'SET'],
  ['The board meets three times a year.', 'three times a year', 'P1Y', 'SET'],
  ['The flea market is open on Sundays.', 'Sundays', 'XXXX-WXX-7', 'SET'],
  ['The ferry runs Friday nights.', 'Friday nights', 'XXXX-WXX-5TNI', 'SET'],
]);

describe('coordinated plural weekdays recur alike', () => {
  it('"on Monday and Tuesday nights" are two SETs of nights', () => {
    const found = timexes('Charter flights will leave on Monday and Tuesday nights.');
    expect(found.map((f) => [f.text, f.type, f.value])).toEqual([['Monday', 'SET', 'XXXX-WXX-1TNI'], ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI']]);
  });
  it('a count before a plural weekday is no SET', () => {
    expect(timexes('Turnout was low on two Sundays in a row.')).toEqual([]);
  });
});

table('weekdays counted from the DCT (Tuesday 2013-02-12)', [
  ['The vote took place two Thursdays ago.', 'two Thursdays ago', '2013-01-31'],
  ['The verdict is due three Fridays from now.', 'three Fridays from now', '2013-03-01'],
], '2013-02-12');

describe('frequency words used as adjectives are not SETs', () => {
  it.each([
    ['The daily newspaper closed.'],
    ['The firm declared its initial quarterly of five cents.'],
    ['She writes a weekly column.'],
  ])('%s', (sentence) => {
    expect(timexes(sentence)).toEqual([]);
  });
});

table('adjectival durations', [
  ['The decade-long war ended in a truce.', 'decade-long', 'P10Y', 'DURATION'],
  ['A week-long festival began.', 'week-long', 'P1W', 'DURATION'],
  ['Months-long protests toppled the cabinet.', 'Months-long', 'PXM', 'DURATION'],
  ['He gave an hour-long speech.', 'hour-long', 'PT1H', 'DURATION'],
]);

table('decades as durations are written in years', [
  ['Growth stalled over the past decade.', 'the past decade', 'P10Y', 'DURATION'],
  ['The feud lasted two decades.', 'two decades', 'P20Y', 'DURATION'],
]);

table('holidays and named days, with computed dates', [
  ['Turnout on Election Day was high.', 'Election Day', '2019-11-05'],
  ['Riots broke out in Easter week.', 'Easter week', '2019-W16'],
  ['The pastor was shot on Good Friday.', 'Good Friday', '2019-04-19'],
  ['Shops close early on Christmas Eve.', 'Christmas Eve', '2019-12-24'],
  ['The service will be held on Easter 2021.', 'Easter 2021', '2021-04-04'],
  ['The parade is set for Mardi Gras 2020.', 'Mardi Gras 2020', '2020-02-25'],
]);

table('the week of a day', [
  ['Sales rose in the week of June 12.', 'the week of June 12', '2019-W24'],
  ['Stores were busy in the week of Christmas.', 'the week of Christmas', '2019-W52'],
]);

describe('coordinated dates are two expressions', () => {
  it('"May 3 and 4" → May 3 and May 4', () => {
    expect(timexes('The talks were held May 3 and 4.').map((t) => [t.text, t.value])).toEqual([['May 3', '2019-05-03'], ['4', '2019-05-04']]);
  });
  it('a year after the second day holds for both', () => {
    expect(timexes('The talks were held May 3 and 4, 2018.').map((t) => [t.text, t.value])).toEqual([['May 3', '2018-05-03'], ['4, 2018', '2018-05-04']]);
  });
});

table('numeric dates', [
  ['The memo is dated 10/31/1974.', '10/31/1974', '1974-10-31'],
  ['The filing, dated 1998-03-04, was leaked.', '1998-03-04', '1998-03-04'],
]);

table('full names in lower case', [
  ['the vote will be held on monday.', 'monday', '2019-12-23'],
  ['prices rose in june.', 'june', '2019-06'],
  ['stores were busy last christmas.', 'last christmas', '2018-12-25'],
]);

describe('lower-case names that are other words are not dates', () => {
  it.each([['He may march in august heat.'], ['The sun rose.']])('%s', (sentence) => {
    expect(timexes(sentence)).toEqual([]);
  });
});

table('durations of two units and halves', [
  ['He was jailed for 10 years and eight months.', '10 years and eight months', 'P10Y8M', 'DURATION'],
  ['The climb took 2 years, 3 months.', '2 years, 3 months', 'P2Y3M', 'DURATION'],
  ['Voters waited half an hour.', 'half an hour', 'PT30M', 'DURATION'],
  ['The hearing lasted a half hour.', 'a half hour', 'PT30M', 'DURATION'],
]);

table('a day of last year', [
  ['He was attacked on January 19 last year.', 'January 19 last year', '2018-01-19'],
]);

table('clock hours placed by the part of the day', [
  ['The blast came at 10 in the morning.', '10 in the morning', '2019-12-20T10:00', 'TIME'],
  ['They met at 3:15 in the afternoon.', '3:15 in the afternoon', '2019-12-20T15:15', 'TIME'],
  ['Shots rang out at 11 o\'clock at night.', '11 o\'clock at night', '2019-12-20T23:00', 'TIME'],
]);

table('days two away', [
  ['He left the day before yesterday.', 'the day before yesterday', '2019-12-18'],
  ['The verdict is due the day after tomorrow.', 'the day after tomorrow', '2019-12-22'],
]);

table('a quarter without a year is the nearest one (DCT 1998-01-26)', [
  ['Profits fell in the fourth quarter.', 'the fourth quarter', '1997-Q4'],
  ['Sales should recover in the second quarter.', 'the second quarter', '1998-Q2'],
], '1998-01-26');

describe('"N years ago" beside a month', () => {
  it('is a year counted from the publication date, not a month', () => {
    const found = timexes('Sales in October rose. The plant opened 30 years ago.');
    expect(found.map((f) => [f.text, f.value])).toEqual([['October', '2019-10'], ['30 years ago', '1989']]);
  });
});

table('two-digit years, lower-case dated months, abbreviated quarters (DCT 2013-02-12)', [
  ['The memo is dated 10/31/74.', '10/31/74', '1974-10-31'],
  ['it opened on march 3 2015.', 'march 3 2015', '2015-03-03'],
  ['it reopens on the first of may.', 'the first of may', '2013-05-01'],
  ['Margins improve next qtr.', 'next qtr', '2013-Q2'],
], '2013-02-12');

table('the nth weekday of a month (DCT 2013-02-12)', [
  ['The court term will open on the first Monday of October.', 'the first Monday of October', '2013-10-07'],
  ['The fair closes on the last Friday in May 2020.', 'the last Friday in May 2020', '2020-05-29'],
], '2013-02-12');

table('a half or quarter of a year named relatively is one expression (DCT 1998-03-04)', [
  ['Output should recover in the first half of next year.', 'the first half of next year', '1999-H1'],
  ['Profit fell in the third quarter of last year.', 'the third quarter of last year', '1997-Q3'],
  ['Orders slowed at the start of the second half of the year.', 'the start of the second half of the year', '1998-H2', 'DATE', 'START'],
  ['Junk bonds boomed in the last half of the \'80s.', 'the last half of the \'80s', '198'],
], '1998-03-04');

table('"this weekend" is the one of the DCT\'s week unless the verb looks back (DCT Wednesday 1998-03-04)', [
  ['Peace talks resume this weekend.', 'this weekend', '1998-W10-WE'],
  ['Rebels shelled the town this weekend.', 'this weekend', '1998-W09-WE'],
  ['Rebels shelled the town over the weekend.', 'the weekend', '1998-W09-WE'],
  ['Peace talks will resume over the weekend.', 'the weekend', '1998-W10-WE'],
], '1998-03-04');

table('a date left open on one side keeps its words and says so in mod (DCT 1989-10-27)', [
  ['The carrier may not turn a profit until 1994 or later.', '1994 or later', '1994', 'DATE', 'ON_OR_AFTER'],
  ['Analysts cut forecasts for 1991 and beyond.', '1991 and beyond', '1991', 'DATE', 'ON_OR_AFTER'],
  ['The rules cover loans made in May 1988 or earlier.', 'May 1988 or earlier', '1988-05', 'DATE', 'ON_OR_BEFORE'],
  ['She joined the bank in October 1984 and later ran it.', 'October 1984', '1984-10'],
], '1989-10-27');

describe('ranges of days and years are two expressions (DCT 1998-12-10)', () => {
  it.each([
    ['The trade fair will be held from Dec. 14 to 16.', [['Dec. 14', '1998-12-14'], ['16', '1998-12-16']]],
    ['The trade fair runs Dec. 14-16 in Shanghai.', [['Dec. 14', '1998-12-14'], ['16', '1998-12-16']]],
    ['The plan period (1996-2000) ends this month.', [['1996', '1996'], ['2000', '2000'], ['this month', '1998-12']]],
  ])('%s', (sentence, expected) => {
    expect(timexes(sentence as string, '1998-12-10').map((f) => [f.text, f.value])).toEqual(expected);
  });
});

table('"last" the verb is no relation (DCT 1998-12-10)', [
  ['The talks will last three days.', 'three days', 'P3D', 'DURATION'],
  ['The truce could last several months.', 'several months', 'PXM', 'DURATION'],
  ['Prices fell over the last three days.', 'the last three days', 'P3D', 'DURATION'],
], '1998-12-10');

table('"the quarter" told in the past with none named before is the one just reported on (DCT 1989-10-26)', [
  ['Revenue rose 4% in the quarter, the brewer said.', 'the quarter', '1989-Q3'],
  ['The brewer expects sales to grow in the current quarter.', 'the current quarter', '1989-Q4'],
], '1989-10-26');

table('"over the years", "through the decades": a stretch of time', [
  ['Over the years, the clinic treated thousands.', 'the years', 'PXY', 'DURATION'],
  ['The port town changed through the decades.', 'the decades', 'PXE', 'DURATION'],
]);

table('a bare plural unit before "of" and a noun is a stretch of it', [
  ['The accord follows months of talks.', 'months', 'PXM', 'DURATION'],
  ['Decades of war left the province poor.', 'Decades', 'PXE', 'DURATION'],
]);

describe('"days of the week" is no stretch of time', () => {
  it('names no duration', () => {
    expect(timexes('Children learn the days of the week.').filter((f) => f.type === 'DURATION')).toEqual([]);
  });
});

table('clock times with seconds (DCT 2013-02-12)', [
  ['The quake struck at 9:01:10 a.m.', '9:01:10 a.m.', '2013-02-12T09:01:10', 'TIME'],
  ['The first tremor hit at 14:32:05 GMT.', '14:32:05 GMT', '2013-02-12T14:32:05', 'TIME'],
], '2013-02-12');

table('a count with a singular unit before a noun leaves the article to the noun', [
  ['Supporters gathered for the two day rally.', 'two day', 'P2D', 'DURATION'],
  ['Talks resumed after the four days of silence.', 'the four days', 'P4D', 'DURATION'],
]);

table('"over" and "under" before a count: more or less than after a verb of lasting, a preposition otherwise', [
  ['The inspection is likely to last over a week.', 'over a week', 'P1W', 'DURATION', 'MORE_THAN'],
  ['Passengers waited for over an hour.', 'over an hour', 'PT1H', 'DURATION', 'MORE_THAN'],
  ['Home prices rose 40% over 20 years.', '20 years', 'P20Y', 'DURATION'],
]);

table('a weekday with "next", "last" or "this coming" before a full date is one expression (DCT 1998-03-05)', [
  ['The rally is this coming Sunday, March 8.', 'this coming Sunday, March 8', '1998-03-08'],
  ['The envoy died last Friday, Feb. 27.', 'last Friday, Feb. 27', '1998-02-27'],
], '1998-03-05');

table('"a good part of 1990": the article of a position phrase is in the span', [
  ['The lender will draw on its credit lines for a good part of 1990.', 'a good part of 1990', '1990'],
]);

table('two bare units joined by "or" are one stretch', [
  ['The prisoner probably died within weeks or months of his capture.', 'weeks or months', 'PXW', 'DURATION'],
]);

table('"one day" after a modal or "to" is a day to come, not a length', [
  ['Scholars say the language will one day be spoken by millions.', 'one day', 'FUTURE_REF', 'DATE'],
  ['The strike lasted one day.', 'one day', 'P1D', 'DURATION'],
]);

table('phrases that name only a time to come are FUTURE_REF ("the future" alone stays a low-confidence nominal)', [
  ['The lender plans a share offering in the near future.', 'the near future', 'FUTURE_REF', 'DATE'],
  ['The board will decide at a later date.', 'a later date', 'FUTURE_REF', 'DATE'],
  ['The trustee wants the assets sold as soon as possible.', 'as soon as possible', 'FUTURE_REF', 'DATE'],
]);

table('a weekday given with a month and day picks the year it falls in (DCT 2013-02-12)', [
  ['The festival opens on Sat., Sept. 21.', 'Sat., Sept. 21', '2013-09-21'],
  ['A plan told in the present looks ahead: the launch is set for Thursday.', 'Thursday', '2013-02-14'],
], '2013-02-12');

describe('a clock time joined by "on" to a weekday and date takes that day', () => {
  it('"1:30 p.m. on Sat., Sept. 21" is on 2013-09-21', () => {
    expect(timexes('The festival opens at 1:30 p.m. on Sat., Sept. 21.', '2013-02-12').map((f) => f.value)).toEqual(['2013-09-21T13:30', '2013-09-21']);
  });
});

table('"it is the nth day of" an event going on is the DCT (DCT 1990-08-15)', [
  ["It's the third day of a general strike in the capital.", 'the third day', '1990-08-15'],
], '1990-08-15');

describe('"the nth day of" told of another day names no date of its own', () => {
  it('"Monday is the first day of school"', () => {
    expect(timexes('Monday is the first day of school.', '1990-08-15').map((f) => f.text)).toEqual(['Monday']);
  });
});

describe('a year after a determiner and an adjective names one thing; a count is of a plural', () => {
  it('"his unsuccessful 1996 campaign" holds a year', () => {
    expect(timexes('The senator recalled his unsuccessful 1996 campaign.', '1998-02-13').map((f) => f.value)).toEqual(['1996']);
  });
  it('"an estimated 2000 people" holds none', () => {
    expect(timexes('An estimated 2000 people marched.', '1998-02-13')).toEqual([]);
  });
});

