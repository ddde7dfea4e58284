// General mechanisms of time expressions in newswire, each with sentences written for this test
// (invented news, not taken from TimeBank or any other corpus): the rule must fit the mechanism.
import { sentenceTable as table } from './timex-doc.js';

table('a passive or an auxiliary carries the tense, not its participle (DCT Wednesday 1999-11-17)', '1999-11-17', [
  ['The missing climber was last seen on Friday.', [['Friday', '1999-11-12']]],
  ['Two of the injured were taken to hospital on Monday.', [['Monday', '1999-11-15']]],
  ['Police said the ransom note was written on Saturday night.', [['Saturday night', '1999-11-13TNI', 'TIME']]],
  ['The envoys did meet on Tuesday, a diplomat said.', [['Tuesday', '1999-11-16']]],
  // The auxiliary of a future keeps looking ahead.
  ['The border crossing will be closed on Friday.', [['Friday', '1999-11-19']]],
  ['The verdict is expected on Monday.', [['Monday', '1999-11-22']]],
]);

table('a range of two months or of a year and a later one: two expressions, the second after the first; a year and the next: one period (DCT 2000-03-08)', '2000-03-08', [
  // Placed by the month it ends in: told in the past in March, a range up to June is last year's.
  ['Car sales in January-June rose 9 percent.', [['January', '1999-01'], ['June', '1999-06']]],
  ['Car sales in January-February rose 9 percent.', [['January', '2000-01'], ['February', '2000-02']]],
  ['Heating oil use in the Nov.-Feb. period fell.', [['Nov.', '1999-11'], ['Feb.', '2000-02']]],
  // A year and the next one are one period that straddles them (a season, a fiscal or tax year), valued as the year it
  // opens in; a dash of any kind or a slash, the second year in two figures or four.
  ['The club lost the 1998-99 league final.', [['1998-99', '1998']]],
  ['Spending in 1999-00 was cut by a tenth.', [['1999-00', '1999']]],
  ['The 1999–2000 budget was passed, and the 1998/99 accounts closed.', [['1999–2000', '1999'], ['1998/99', '1998']]],
  ['Output fell in the 2022-23 financial year and in the first half of 2023/24.', [['the 2022-23 financial year', '2022'], ['the first half of 2023/24', '2023-H1']]],
  // A later year is a span of two: two expressions.
  ['The war of 1992-95 ended.', [['1992', '1992'], ['95', '1995']]],
  // Two digits that are not the next year are no year.
  ['The firm sold its 1998-12 units.', []],
]);

table('days, weekdays and clock readings counted inside a named period (DCT Wednesday 2000-03-08)', '2000-03-08', [
  ['The lease runs out on the last day of February.', [['the last day of February', '2000-02-29']]],
  ['The fund opens to investors on the first day of May.', [['the first day of May', '2000-05-01']]],
  ['The union will decide on Thursday of next week.', [['Thursday of next week', '2000-03-16']]],
  ['The jury retired on Monday last week.', [['Monday last week', '2000-02-28']]],
  ['The convoy crossed the bridge at half past nine.', [['half past nine', '2000-03-08T09:30', 'TIME']]],
  ['The last train left at a quarter to midnight.', [['a quarter to midnight', '2000-03-08T23:45', 'TIME']]],
  ['The ship docked at 20 minutes past 3 p.m.', [['20 minutes past 3 p.m.', '2000-03-08T15:20', 'TIME']]],
  // A digit without a.m. or p.m. after "a quarter to" is an amount.
  ['Output fell by a quarter to 3 million tons.', []],
  // Minutes counted without the word: after a clock word, or before noon, midnight or an hour with a.m. or p.m.
  ['The gunmen struck at ten past six.', [['ten past six', '2000-03-08T06:10', 'TIME']]],
  ['The polls closed at five to ten on Sunday.', [['five to ten', '2000-03-05T09:55', 'TIME'], ['Sunday', '2000-03-05']]],
  ['The vote was held up until twenty to one.', [['twenty to one', '2000-03-08T00:40', 'TIME']]],
  ['Guests arrived at 15 past 3 p.m.', [['15 past 3 p.m.', '2000-03-08T15:15', 'TIME']]],
  ['The ceasefire began five to midnight.', [['five to midnight', '2000-03-08T23:55', 'TIME']]],
  // Without a clock word, a count before "to" is a range or a score, and one before a noun counts it.
  ['Arsenal won three to one.', []],
  ['Rates rose from five to ten.', []],
  ['Police held them at ten past six checkpoints.', []],
]);

table('counted from today, halves of long units, the new millennium (DCT 1999-11-17)', '1999-11-17', [
  ['The runway will open three years from today.', [['three years from today', '2002']]],
  ['Life expectancy rose over the past half century.', [['the past half century', 'P50Y', 'DURATION']]],
  ['Coal shaped the valley for the last half-century.', [['the last half-century', 'P50Y', 'DURATION']]],
  ['The party promised prosperity in the new millennium.', [['the new millennium', '2']]],
  ['Planners looked ahead to the new century.', [['the new century', '20']]],
  ['Bells will ring in the next millennium.', [['the next millennium', '2']]],
  // a vague stretch from a day of the story is its length, as TimeBank gives it
  ['Hours later, the rebels withdrew.', [['Hours later', 'PTXH', 'DURATION']]],
  ['Days earlier, the envoy had warned of a clash.', [['Days earlier', 'PXD', 'DURATION']]],
  // A name in title case is no time.
  ['The New Century Fund rose.', []],
]);

table('a vague stretch back or ahead from now is a duration of that unit, as TIMEX2 and HeidelTime read it (DCT 1999-11-17)', '1999-11-17', [
  ['Fuel prices have climbed in recent weeks.', [['recent weeks', 'PXW', 'DURATION']]],
  ['More layoffs are likely in the coming months.', [['the coming months', 'PXM', 'DURATION']]],
  ['Traders braced for turmoil in the days ahead.', [['the days ahead', 'PXD', 'DURATION']]],
  ['Coastal towns have grown in recent decades.', [['recent decades', 'PXE', 'DURATION']]],
  // A point in the past or future stays a reference.
  ['The dam was recently repaired.', [['recently', 'PAST_REF']]],
]);

table('a quarter without a year is the nearest by its last day: reported on once it has ended (DCT 1999-11-17)', '1999-11-17', [
  ['Chip sales in the second quarter rose 5 percent.', [['the second quarter', '1999-Q2']]],
  ['The carrier expects a loss in the first quarter.', [['the first quarter', '2000-Q1']]],
  ['Third-quarter profit at the brewer doubled.', [['Third-quarter', '1999-Q3']]],
]);

table('a year and a half back is a month: the fraction of a year counted in months (DCT 1999-11-17)', '1999-11-17', [
  ['The mill was sold a year and a half ago.', [['a year and a half ago', '1998-05']]],
  ['The plant closed two and a half years ago.', [['two and a half years ago', '1997-05']]],
  // A minute and a half stays a length of time.
  ['The alarm rang a minute and a half later.', [['a minute and a half', 'PT1M30S', 'DURATION']]],
]);

table('a bare hour after "at" and before a part of a named day is a clock reading in it (DCT 2013-02-12)', '2013-02-12', [
  ['Polls close at 8 tonight.', [['8 tonight', '2013-02-12T20:00', 'TIME']]],
  ['The ferry sails at ten tomorrow morning.', [['ten tomorrow morning', '2013-02-13T10:00', 'TIME']]],
  ['The council met at half past three pm.', [['half past three pm', '2013-02-12T15:30', 'TIME']]],
  // Without "at" the number counts people.
  ['Police said 3 this morning were arrested.', [['this morning', '2013-02-12TMO', 'TIME']]],
]);

table('"the following January", "the previous spring" count from the date the text told (DCT 1999-11-17)', '1999-11-17', [
  ['The siege began in August 1990. The following January, the city fell.', [['August 1990', '1990-08'], ['The following January', '1991-01']]],
  ['The levee broke in 1995. The previous spring, engineers had warned of cracks.', [['1995', '1995'], ['The previous spring', '1994-SP']]],
  ['The mine shut on Jan. 5, 1996. The previous December, inspectors had visited.', [['Jan. 5, 1996', '1996-01-05'], ['The previous December', '1995-12']]],
  // Without "the", "next" and "last" still count from the DCT.
  ['Fares will rise next March.', [['next March', '2000-03']]],
]);

table('a verb after a modal takes its tense, and a future reaches a whole year ahead (DCT 1999-11-17)', '1999-11-17', [
  ['Peace talks will resume on Oct. 20.', [['Oct. 20', '2000-10-20']]],
  ['The regional vote will take place in mid-October.', [['mid-October', '2000-10', 'DATE', 'MID']]],
  // A past verb still gives the nearest when it lies close on the other side.
  ['The contract was extended to Dec. 3.', [['Dec. 3', '1999-12-03']]],
]);

table('weekends that recur are a SET (DCT 1998-06-15)', '1998-06-15', [
  ['The flea market is open on weekends.', [['weekends', 'XXXX-WXX-WE', 'SET']]],
  ['Roads to the coast jam during weekends.', [['weekends', 'XXXX-WXX-WE', 'SET']]],
  // Counted weekends are a length of time.
  ['The crew worked three weekends in a row.', [['three weekends', 'P3WE', 'DURATION']]],
]);

table('a day or weekday counted in a month named relatively, or in the month the text is in (DCT Tuesday 2013-02-12)', '2013-02-12', [
  ['The board meets on the first Monday of next month.', [['the first Monday of next month', '2013-03-04']]],
  ['Tenants must pay by the 20th of this month.', [['the 20th of this month', '2013-02-20']]],
  ['Exports slumped last March. On the 15th, the central bank acted.', [['last March', '2012-03'], ['the 15th', '2012-03-15']]],
  ['Dockers will walk out on the 25th.', [['the 25th', '2013-02-25']]],
  ['Sales in the 3rd qtr rose.', [['the 3rd qtr', '2012-Q3']]],
  // An ordinal that counts something else is no day.
  ['The 15th round was the toughest.', []],
  ['The runner finished the 15th.', []],
]);

table('"this time last year": the DCT\'s day a year back (DCT 1999-11-17)', '1999-11-17', [
  ['Heating costs are lower than at this time last year.', [['this time last year', '1998-11-17']]],
  ['Ticket sales match the same time a year ago.', [['the same time a year ago', '1998-11-17']]],
  ['By this time next year, the bridge will be open.', [['this time next year', '2000-11-17']]],
]);

table('a fiscal year written FY (DCT 1999-11-17)', '1999-11-17', [
  ['In FY 1999 the agency overspent.', [['FY 1999', '1999']]],
  ['FY2000 sales will grow, the company said.', [['FY2000', '2000']]],
]);

table('half of a unit: a half year of the calendar, or half a long unit back from now (DCT 1999-11-17)', '1999-11-17', [
  ['Steel output rose in the first half year.', [['the first half year', '1999-H1']]],
  ['Steel output fell in the second half-year of 1998.', [['the second half-year of 1998', '1998-H2']]],
  ['Rents have climbed in the last half year.', [['the last half year', 'P6M', 'DURATION']]],
  ['The talks took a half hour.', [['a half hour', 'PT30M', 'DURATION']]],
]);

table('a half of a year without one: by its last day and the side the tense points to (DCT Saturday 1998-05-16)', '1998-05-16', [
  ['Freight volumes climbed in the second half, the railway said.', [['the second half', '1997-H2']]],
  ['The brewer expects demand to recover in the second half.', [['the second half', '1998-H2']]],
  ['Crop prices softened in the second half of 1997.', [['the second half of 1997', '1997-H2']]],
  // A quarter told in the past is one that has begun: in May, the third quarter told as done is last year's.
  ['Timber exports slumped in the third quarter, the agency said.', [['the third quarter', '1997-Q3']]],
  ['Timber exports will slump in the third quarter, the agency said.', [['the third quarter', '1998-Q3']]],
]);

table('a half or a quarter of a game is no date (DCT Saturday 1998-05-16)', '1998-05-16', [
  ['The visitors scored twice in the second half to win the cup.', []],
  ['The Hawks trailed 61-48 early in the fourth quarter.', []],
  ['A late penalty in the first half of the match settled it.', []],
  // Without words of a game, a half or a quarter is the year's.
  ['The mill shed jobs in the first half.', [['the first half', '1998-H1']]],
]);

table('a bare hour after a part of the day and "at": a.m. or p.m. from the part, on the day just told (DCT Tuesday 2013-02-12)', '2013-02-12', [
  ['The vigil will begin tomorrow evening at 7.', [['tomorrow evening', '2013-02-13TEV', 'TIME'], ['7', '2013-02-13T19:00', 'TIME']]],
  ['Gunmen struck on Saturday. The shelling resumed that night at 11.', [['Saturday', '2013-02-09'], ['that night', '2013-02-09TNI', 'TIME'], ['11', '2013-02-09T23:00', 'TIME']]],
  ['The parade starts Friday morning at 9 o\'clock.', [['Friday morning', '2013-02-15TMO', 'TIME'], ['9 o\'clock', '2013-02-15T09:00', 'TIME']]],
  ['Tonight at about 8, the mayor will speak.', [['Tonight', '2013-02-12TNI', 'TIME'], ['about 8', '2013-02-12T20:00', 'TIME', 'APPROX']]],
  // A count or the number of a name after "at" is no hour.
  ['Fans spent the night at 3 different hotels.', [['the night', '2013-02-12TNI', 'TIME']]],
  ['The envoy arrived that morning at 10 Downing Street.', [['that morning', '2013-02-12TMO', 'TIME']]],
]);

table('the Chinese New Year falls on a day of the lunar calendar, looked up by year (DCT Wednesday 1999-01-20)', '1999-01-20', [
  ['Millions of migrant workers will travel home for the Spring Festival.', [['Spring Festival', '1999-02-16']]],
  ['Ferry fares double around the Lunar New Year.', [['Lunar New Year', '1999-02-16']]],
  ['The temple fair closed on Chinese New Year\'s Eve.', [['Chinese New Year\'s Eve', '1999-02-15']]],
  ['The mall will shut for Chinese New Year 2005.', [['Chinese New Year 2005', '2005-02-09']]],
]);

table('"last" and "next" before a lunar holiday: the nearest one on that side of the DCT (DCT Tuesday 2013-02-12)', '2013-02-12', [
  ['Markets were shut for last Chinese New Year.', [['last Chinese New Year', '2013-02-10']]],
  ['Airlines added flights for next Lunar New Year.', [['next Lunar New Year', '2014-01-31']]],
]);

table('a short name that is also a word or a name ("Jul", "Sun", "Fri") is a date without its full stop when its day shows it (DCT Tuesday 2013-02-12)', '2013-02-12', [
  ['The festival runs until Jul 18.', [['Jul 18', '2013-07-18']]],
  ['Tickets go on sale Fri, Sep 20 at 10 a.m.', [['Fri, Sep 20', '2013-09-20'], ['10 a.m.', '2013-09-20T10:00', 'TIME']]],
  // Without a day after it, or before a counted noun, it is the word or the name.
  ['The Sun, a tabloid, printed the letter.', []],
  ['Jan 3 times refused the offer.', []],
]);

table('a fraction of one unit is one duration (DCT Tuesday 2013-02-12)', '2013-02-12', [
  ['Rescuers waited a quarter of an hour before the second blast.', [['a quarter of an hour', 'PT15M', 'DURATION']]],
  ['The speech lasted about three-quarters of an hour.', [['about three-quarters of an hour', 'PT45M', 'DURATION', 'APPROX']]],
  ['The border dispute has dragged on for a quarter of a century.', [['a quarter of a century', 'P25Y', 'DURATION']]],
  // A fraction of something else is no time.
  ['Output fell by a quarter of a percent.', []],
]);

table('the verb of a relative clause and a word of planning after its subject, whatever their tags (DCT Wednesday 1998-06-17)', '1998-06-17', [
  ['Envoys gathered in Oslo on Monday for talks that end Friday.', [['Monday', '1998-06-15'], ['Friday', '1998-06-19']]],
  ['The cabinet plans to hold a vote on Monday, aides said.', [['Monday', '1998-06-22']]],
  // After a preposition or a possessive, "plans" is a noun and the sentence's own verb places the day.
  ['Protests against plans to close the mine began on Monday.', [['Monday', '1998-06-15']]],
  ['Its plans to expand were shelved on Monday.', [['Monday', '1998-06-15']]],
]);

table('"that day" opening a sentence is the day the narrative reached (DCT Monday 1999-05-10)', '1999-05-10', [
  ['The dam burst on May 2. That day, 20 villagers drowned.', [['May 2', '1999-05-02'], ['That day', '1999-05-02']]],
  // Inside a sentence, only after a word that places it ("on that day"), not a day named by what follows.
  ['The family wanted to make that day special.', []],
]);

table('an adjective between a count and its unit stays in the duration (DCT Tuesday 2013-02-12)', '2013-02-12', [
  ['The negotiators needed two extra days to settle the text.', [['two extra days', 'P2D', 'DURATION']]],
]);

table('a half of a fiscal year named before it, and a half as an adjective (DCT Thursday 1989-10-26)', '1989-10-26', [
  ['Profit in fiscal 1990\'s first half should rise, the brewer said.', [['fiscal 1990\'s first half', '1990-H1']]],
  // "first-half" is an adjective: the article belongs to the noun.
  ['The first-half loss narrowed.', [['first-half', '1989-H1']]],
]);

table('a verb in -s the tagger reads as a noun, between a name and the day (DCT Wednesday 1998-06-17)', '1998-06-17', [
  ['The Assembly votes Thursday on the budget.', [['Thursday', '1998-06-18']]],
  ['The regulator rules Friday on the merger.', [['Friday', '1998-06-19']]],
  // A verb after the day shows the word before it is its subject, a noun.
  ['Nokia shares Monday fell 3 percent.', [['Monday', '1998-06-15']]],
  // A noun phrase after a verb is its object, the word in -s its noun: the day is the verb's.
  ['The governor won the state primaries Tuesday by a wide margin.', [['Tuesday', '1998-06-16']]],
  ['Smith lost the Ohio caucuses Monday night.', [['Monday night', '1998-06-15TNI', 'TIME']]],
  // After a verb that reports, the phrase is the subject of a clause of its own.
  ['Lott said the Senate votes Thursday on the bill.', [['Thursday', '1998-06-18']]],
]);

table('a day after "a" or "one" is any such day, unless it names the day of a noun (DCT Wednesday 1998-06-17)', '1998-06-17', [
  ['The singer was born on a Sunday in a village near Lyon.', [['Sunday', 'XXXX-WXX-7']]],
  ['It happened one Monday in the spring.', [['Monday', 'XXXX-WXX-1'], ['the spring', '1998-SP']]],
  ['The council will give the builders a Friday deadline.', [['Friday', '1998-06-19']]],
]);

table('a year after a possessive names what follows it (DCT Thursday 1999-06-10)', '1999-06-10', [
  ['The brewer\'s 1998 earnings beat forecasts.', [['1998', '1998']]],
  ['Chile’s 1973 coup still divides the country.', [['1973', '1973']]],
  // A round number before a plural counts it.
  ['The mill\'s 2000 workers walked out.', []],
]);

table('a number right after a name is part of the name, not a year (DCT Thursday 1999-06-10)', '1999-06-10', [
  ['She ran a firm called Nova 1985, making valves.', []],
  ['The ministers backed Vision 2020 in March.', [['March', '1999-03']]],
  // A season or a month before a year is a time word, not a name.
  ['The strike in Spring 1997 failed.', [['Spring 1997', '1997-SP']]],
]);

table('years ago "today", "this week", "this month": the DCT\'s day, week or month that far back (DCT Tuesday 1999-07-20)', '1999-07-20', [
  ['Thirty years ago today, two astronauts walked on the moon.', [['Thirty years ago today', '1969-07-20']]],
  ['Fifty years ago this month, the armistice was signed.', [['Fifty years ago this month', '1949-07']]],
  ['A year ago this week, the floods reached the capital.', [['A year ago this week', '1998-W30']]],
  // Without it, a year back is a year.
  ['Two years ago, the mill closed.', [['Two years ago', '1997']]],
]);

table('Jewish holidays are days of the Hebrew calendar, computed for each year (DCT Friday 1998-09-25)', '1998-09-25', [
  ['Israel will seal the West Bank for Yom Kippur.', [['Yom Kippur', '1998-09-30']]],
  ['Pilgrims crowded the old city for Passover.', [['Passover', '1998-04-11']]],
  ['The truce was agreed before Hanukkah 2000.', [['Hanukkah 2000', '2000-12-22']]],
  // A holiday before a capitalised word is part of a name.
  ['Veterans of the 1973 Yom Kippur War met in Haifa.', [['1973', '1973']]],
  ['Divers explored the reefs off Christmas Island.', []],
]);

table('what was expected or forecast lies ahead, though the verb is past (DCT Wednesday 1998-06-10)', '1998-06-10', [
  ['The carmaker said it expected a loss in the third quarter.', [['the third quarter', '1998-Q3']]],
  ['The chain predicted weaker sales in the second half.', [['the second half', '1998-H2']]],
  // Unless it hangs on a past perfect.
  ['The brewer had expected a profit in May.', [['May', '1998-05']]],
]);

table('a day within a week of the DCT is that one, whatever the verb (DCT Sunday 2024-07-14)', '2024-07-14', [
  ['Anyone with information is asked to call, quoting the log of 13 July.', [['13 July', '2024-07-13']]],
  ['The council will publish the figures it gathered on July 11.', [['July 11', '2024-07-11']]],
  // Further away the tense still decides.
  ['The talks will resume on June 30.', [['June 30', '2025-06-30']]],
]);

table('a relative word on a title-case headline is a date; in title case inside a sentence, a name (DCT Wednesday 2000-03-08)', '2000-03-08', [
  ['Rail Talks Will Resume Next Week After Strike', [['Next Week', '2000-W11']]],
  ['Lenders Brace for a Rate Cut This Month', [['This Month', '2000-03']]],
  ['She presents This Week on Sunday mornings.', [['Sunday mornings', 'XXXX-WXX-7TMO', 'SET']]],
  // A fixtures line is no headline: its day stays a day.
  ['June 19-23 Second test (at Lord\'s)', [['June 19', '2000-06-19'], ['23', '2000-06-23']]],
]);

table('an award\'s category before "of the year" names the award, no time (DCT Wednesday 2000-03-08)', '2000-03-08', [
  ['The band won album of the year on Sunday.', [['Sunday', '2000-03-05']]],
  ['Quist was named player of the month.', []],
  ['Sales rose at the end of the year.', [['the end of the year', '2000', 'DATE', 'END']]],
]);

table('a weekday after "a" in apposition to a date is that date (DCT Thursday 2025-06-12)', '2025-06-12', [
  ['The attack came at about 9:40 p.m. on Nov. 23, 2019, a Saturday.', [['about 9:40 p.m.', '2019-11-23T21:40', 'TIME', 'APPROX'], ['Nov. 23, 2019', '2019-11-23'], ['Saturday', '2019-11-23']]],
  ['The text was released on Aug. 1, 2021, a Sunday evening.', [['Aug. 1, 2021', '2021-08-01'], ['Sunday evening', '2021-08-01TEV', 'TIME']]],
  // Not one with no date before it.
  ['She was born on a Sunday.', [['Sunday', 'XXXX-WXX-7']]],
]);

table('a quarter that ends in a month is the quarter that month closes (DCT Thursday 2025-06-12)', '2025-06-12', [
  ['The company expects revenue of $28 billion for the quarter that ends in late July.', [['the quarter', '2025-Q3'], ['late July', '2025-07', 'DATE', 'END']]],
  ['The quarter ends on Sept. 30.', [['The quarter', '2025-Q3'], ['Sept. 30', '2025-09-30']]],
  // A year so ended stays a stretch of a year.
  ['Profit for the year ended March 31 rose.', [['the year', 'P1Y', 'DURATION'], ['March 31', '2025-03-31']]],
]);

table('a month after a word of custom in its clause is any year\'s (DCT Thursday 2025-06-12)', '2025-06-12', [
  ['The survey is due on Friday. The fire season typically runs from May to October.', [['Friday', '2025-06-13'], ['May', 'XXXX-05'], ['October', 'XXXX-10']]],
  ['The company usually holds its annual meeting in late February.', [['late February', 'XXXX-02', 'DATE', 'END']]],
  // Not a month before the word, nor one in another clause, nor one an adverb of an adjective goes with.
  ['About 3.8 million hectares have burned since January, in a season which typically runs until October.', [['January', '2025-01'], ['October', 'XXXX-10']]],
  ['Bahrain, usually the first round, was held in April.', [['April', '2025-04']]],
]);

table('a dateline closed by a spaced hyphen is no day the story reached (DCT Friday 2023-11-03)', '2023-11-03', [
  ['CUPERTINO, Calif., Nov. 3 - Apple said on Thursday that revenue would be flat. On a call that began at 2 p.m. Pacific time, the finance chief said demand was steady.', [
    ['Nov. 3', '2023-11-03'], ['Thursday', '2023-11-02'], ['2 p.m. Pacific time', '2023-11-02T14:00', 'TIME'],
  ]],
  ['LONDON, Nov 3 (Reuters) - Shell said on Thursday that profit rose. At 2 p.m., the chief executive spoke to analysts.', [
    ['Nov 3', '2023-11-03'], ['Thursday', '2023-11-02'], ['2 p.m.', '2023-11-02T14:00', 'TIME'],
  ]],
]);

table('the time of a market\'s price in a paragraph after the story\'s day is the time of writing (DCT Thursday 2021-06-10)', '2021-06-10', [
  ['CALGARY, June 10 (Reuters) - TC Energy said on Wednesday it had ended the pipeline.\n\nIts shares rose 0.6% to C$61.72 in Toronto by midday.', [
    ['June 10', '2021-06-10'], ['Wednesday', '2021-06-09'], ['midday', '2021-06-10TMI', 'TIME'],
  ]],
]);

table('not a verb spelt as a currency (DCT Monday 2024-06-03)', '2024-06-03', [
  // "won ... 60% of the vote ... before midnight" is the story's night.
  ['MEXICO CITY, June 3 (Reuters) - Sheinbaum won the election on Sunday.\n\nShe won 60% of the vote, according to a count released shortly before midnight.', [
    ['June 3', '2024-06-03'], ['Sunday', '2024-06-02'], ['midnight', '2024-06-02T24:00', 'TIME'],
  ]],
]);

table('a season under way is still to come until it ends (DCT Monday 2023-07-24)', '2023-07-24', [
  ['The film could become the biggest release by the end of the summer.', [['the end of the summer', '2023-SU', 'DATE', 'END']]],
  ['The pool will reopen in the summer.', [['the summer', '2023-SU']]],
  // Not one that has ended: the spring told in the future is next year's.
  ['The pool will reopen in the spring.', [['the spring', '2024-SP']]],
]);

table('a state kept or extended through a day reaches ahead to it, over its object (DCT Monday 2023-07-24)', '2023-07-24', [
  ['Officials kept 12 districts on alert for flooding through Friday.', [['Friday', '2023-07-28']]],
  ['Schools extended distance learning through Friday.', [['Friday', '2023-07-28']]],
]);

table('a range of days whose year is written once, after its end, opens in the year before where it crosses a new year (DCT 2023-11-10)', '2023-11-10', [
  ['The studio moved the film from Nov. 3 to March 1, 2024.', [['Nov. 3', '2023-11-03'], ['March 1, 2024', '2024-03-01']]],
  ['The festival runs from Dec. 28 to Jan. 3, 2025.', [['Dec. 28', '2024-12-28'], ['Jan. 3, 2025', '2025-01-03']]],
  ['The talks ran from May 3 to May 4, 2019.', [['May 3', '2019-05-03'], ['May 4, 2019', '2019-05-04']]],
]);

table('a participle of sequence tells no time of its own (DCT Wednesday 2022-08-31)', '2022-08-31', [
  ['Mourners will pay their respects on Saturday, followed by the burial in the afternoon.', [['Saturday', '2022-09-03'], ['the afternoon', '2022-09-03TAF', 'TIME']]],
  // Not a participle that tells what was done to its noun.
  ['The record, ratified by the federation in February, will stand.', [['February', '2022-02']]],
]);

table('a month listed right after another is in its year, or the next where it comes earlier in the calendar (DCT 2022-06-20)', '2022-06-20', [
  ['The union did not rule out action in July and August.', [['July', '2022-07'], ['August', '2022-08']]],
  ['Talks may resume in December or January.', [['December', '2022-12'], ['January', '2023-01']]],
  ['Sales fell in January and February.', [['January', '2022-01'], ['February', '2022-02']]],
]);

table('a word read as a verb after a figure and its qualifiers is the noun of the object (DCT 2024-11-05)', '2024-11-05', [
  ['The union backed the deal after rejecting two earlier offers in September.', [['September', '2024-09']]],
]);

table('a US zone written without "time" after a clock time is part of it (DCT Tuesday 2023-06-20)', '2023-06-20', [
  ['The union will hold a news conference at 1 p.m. Pacific on Friday.', [['1 p.m. Pacific', '2023-06-23T13:00', 'TIME'], ['Friday', '2023-06-23']]],
  ['ABC will broadcast the show at 7 p.m. Eastern, and Hulu will stream it.', [['7 p.m. Eastern', '2023-06-20T19:00', 'TIME']]],
  // Not a word that opens a place's name.
  ['The march starts at 10 a.m. central London time.', [['10 a.m.', '2023-06-20T10:00', 'TIME']]],
]);

table('a day of every year is a set of that day (DCT 2024-01-26)', '2024-01-26', [
  ['Every Jan. 26, crowds gather at the memorial.', [['Every Jan. 26', 'XXXX-01-26', 'SET']]],
  ['Every January the city holds a parade.', [['Every January', 'XXXX-01', 'SET']]],
]);

table('a clock time takes the day told after it past a comma and "on" (DCT Friday 2024-12-20)', '2024-12-20', [
  ['Markets will close early at 1 p.m. EST, on Tuesday, Dec. 24.', [['1 p.m. EST', '2024-12-24T13:00', 'TIME'], ['Tuesday, Dec. 24', '2024-12-24']]],
]);

table('a day arranged in the past perfect, then changed, is the nearest such day (DCT Wednesday 2019-10-30)', '2019-10-30', [
  ["The EU agreed to delay Britain's departure, which had been due on Thursday, until Jan. 31.", [['Thursday', '2019-10-31'], ['Jan. 31', '2020-01-31']]],
  // Behind where it is nearer: "had been due to expire Friday evening", told on a Monday, as TimeBank has it.
  ['The offer was extended to Nov. 16. It had been due to expire Monday evening.', [['Nov. 16', '2019-11-16'], ['Monday evening', '2019-10-28TEV', 'TIME']]],
  // Not the time of the arranging.
  ['The target date had been set in March.', [['March', '2019-03']]],
]);

table('a clock time told beside a set is the set\'s time of day, on no one day (DCT Monday 2023-11-20)', '2023-11-20', [
  ['Deliveries arrive daily at 9 a.m.', [['daily', 'P1D', 'SET'], ['9 a.m.', 'XXXX-XX-XXT09:00', 'TIME']]],
  ['The agency will hand out food from 9 a.m. to 3 p.m. every day.',
    [['9 a.m.', 'XXXX-XX-XXT09:00', 'TIME'], ['3 p.m.', 'XXXX-XX-XXT15:00', 'TIME'], ['every day', 'P1D', 'SET']]],
  ['The board meets each Monday at 10 a.m.', [['each Monday', 'XXXX-WXX-1', 'SET'], ['10 a.m.', 'XXXX-WXX-1T10:00', 'TIME']]],
  ['Bars must close by 11 p.m. daily.', [['11 p.m.', 'XXXX-XX-XXT23:00', 'TIME'], ['daily', 'P1D', 'SET']]],
  // A weekday in the plural is a set too, after the clock time and "on", or before it and "until".
  ['The museum will stay open until 9:45 p.m. on Fridays.', [['9:45 p.m.', 'XXXX-WXX-5T21:45', 'TIME'], ['Fridays', 'XXXX-WXX-5', 'SET']]],
  ['Late openings on Saturdays until 8:30 p.m. are planned.', [['Saturdays', 'XXXX-WXX-6', 'SET'], ['8:30 p.m.', 'XXXX-WXX-6T20:30', 'TIME']]],
  // So are days in general after it, which name no set mention of their own.
  ['The helpline is open from 8 a.m. to 6 p.m. on weekdays.', [['8 a.m.', 'XXXX-XX-XXT08:00', 'TIME'], ['6 p.m.', 'XXXX-XX-XXT18:00', 'TIME']]],
  ['Trains will run until 1 a.m., seven days a week.', [['1 a.m.', 'XXXX-XX-XXT01:00', 'TIME'], ['seven days a week', 'P1W', 'SET']]],
  // A weekday in the singular is one day.
  ['The rally began at 10 a.m. on Sunday.', [['10 a.m.', '2023-11-19T10:00', 'TIME'], ['Sunday', '2023-11-19']]],
  // A set further on in the sentence is no set of the clock time's.
  ['He was arrested at 6 a.m. and has appeared in court every day since.', [['6 a.m.', '2023-11-20T06:00', 'TIME'], ['every day', 'P1D', 'SET']]],
]);

table('a clock time that opens a range after "between" is on the day of the one that closes it (DCT Monday 2023-11-20)', '2023-11-20', [
  ['Traffic will be heaviest between noon and 6 p.m. on Wednesday.',
    [['noon', '2023-11-22T12:00', 'TIME'], ['6 p.m.', '2023-11-22T18:00', 'TIME'], ['Wednesday', '2023-11-22']]],
  ['The curfew runs between 10 p.m. and 5 a.m. on Saturday.',
    [['10 p.m.', '2023-11-24T22:00', 'TIME'], ['5 a.m.', '2023-11-25T05:00', 'TIME'], ['Saturday', '2023-11-25']]],
]);

table('a holiday that falls in the month after its count, on the DCT itself (DCT Cyber Monday 2019-12-02)', '2019-12-02', [
  ['Shoppers are on track to spend $9.4 billion on Cyber Monday.', [['Cyber Monday', '2019-12-02']]],
]);

table("a holiday told beside a day of its sentence is in that day's year, and on it where the text says so (DCT 2025-06-10)", '2025-06-10', [
  ['Spring recess will run from April 2 through April 10, covering Passover and Good Friday.',
    [['April 2', '2026-04-02'], ['April 10', '2026-04-10'], ['Passover', '2026-04-02'], ['Good Friday', '2026-04-03']]],
  ['Lunar New Year falls on Tuesday, Feb. 17, during the midwinter recess.', [['Lunar New Year', '2026-02-17'], ['Tuesday, Feb. 17', '2026-02-17']]],
  ['Eid al-Fitr, expected around March 20, will be a day off.', [['Eid al-Fitr', '2026-03-20'], ['around March 20', '2026-03-20', 'DATE', 'APPROX'], ['a day', 'P1D', 'DURATION']]],
  // A day far from the holiday says nothing of it.
  ['Schools closed on June 6 and will reopen after Labor Day.', [['June 6', '2025-06-06'], ['Labor Day', '2025-09-01']]],
]);

table('a day the text gives an Islamic holiday is its day, a moon sighted later than the reckoning (DCT Monday 2021-07-19)', '2021-07-19', [
  ['Eid al-Adha, which Pakistan will celebrate on Wednesday, is a public holiday.', [['Eid al-Adha', '2021-07-21'], ['Wednesday', '2021-07-21']]],
]);

table('holidays of several nations by their names (DCT 2024-04-10)', '2024-04-10', [
  ['Thailand celebrates Songkran on Saturday.', [['Songkran', '2024-04-13'], ['Saturday', '2024-04-13']]],
  ['Germany marks German Unity Day, and Japan Showa Day.', [['German Unity Day', '2024-10-03'], ['Showa Day', '2024-04-29']]],
]);

table('a quarter said to have ended ended by the DCT, whatever the verb of its sentence (DCT 2025-03-05)', '2025-03-05', [
  ['The retailer will report results for its fiscal third quarter, which ended Jan. 31, next week.',
    [['fiscal third quarter', '2025-Q3'], ['Jan. 31', '2025-01-31'], ['next week', '2025-W11']]],
]);

table('a day moved to another: the day it is moved to is to come, the one it is moved from the nearest (DCT Saturday 2020-03-21)', '2020-03-21', [
  ['The minister moved the deadline from April 15 to July 15 because of the outbreak.', [['April 15', '2020-04-15'], ['July 15', '2020-07-15']]],
  ['The league postponed the final from May 30 to June 27.', [['May 30', '2020-05-30'], ['June 27', '2020-06-27']]],
  // Not a stretch of time a verb of another kind tells.
  ['The ban lasted from Feb. 25 to March 3.', [['Feb. 25', '2020-02-25'], ['March 3', '2020-03-03']]],
]);
