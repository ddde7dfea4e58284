// Issue 13's list of what goes wrong on held-out news, each pattern with sentences written for
// this test (other words than the examples): the rule must fit the pattern, not one phrase.
import { sentenceTable as table } from './timex-doc.js';

table('weekdays: a modal looks ahead, unless negated or perfect (DCT Wednesday 2021-05-12)', '2021-05-12', [
  ['Negotiators said a deal could come as early as Monday.', [['Monday', '2021-05-17']]],
  ['The agency said it should finish the repairs by Friday.', [['Friday', '2021-05-14']]],
  ['The committee indicated it might vote on Thursday.', [['Thursday', '2021-05-13']]],
  ['Aides said the governor was expected to sign the bill Monday.', [['Monday', '2021-05-17']]],
  ['A spokesman could not be reached for comment on Monday.', [['Monday', '2021-05-10']]],
  ['The fire could have started on Sunday, investigators said.', [['Sunday', '2021-05-09']]],
  ['The minister is to visit Kabul on Sunday.', [['Sunday', '2021-05-16']]],
  ['Voters go to the polls on Sunday.', [['Sunday', '2021-05-16']]],
  ['The rebels freed two hostages Monday.', [['Monday', '2021-05-10']]],
]);

table('weekdays: a possessive day is no approximation (DCT Wednesday 2021-05-12)', '2021-05-12', [
  ['Traders worried about Tuesday\'s sell-off.', [['Tuesday', '2021-05-11']]],
  ['The coach spoke around Monday\'s game, aides said.', [['Monday', '2021-05-10']]],
]);

table('weekdays: a future verb in a Saturday story looks ahead, except to the day of writing (DCT Saturday 2021-05-15)', '2021-05-15', [
  ['Schools will reopen on Monday.', [['Monday', '2021-05-17']]],
  ['Thousands of fans will gather at the stadium on Thursday.', [['Thursday', '2021-05-20']]],
  ['The team played its last match on Friday.', [['Friday', '2021-05-14']]],
  ['The museum will honor the victims on Friday.', [['Friday', '2021-05-14']]],
  ['The museum will stay open until Friday.', [['Friday', '2021-05-21']]],
]);

table('month and day without a year: an incident noun, a perfect or "since" put it before the DCT (DCT 2021-05-12)', '2021-05-12', [
  ['Investigators are still examining the Nov. 8 explosion.', [['Nov. 8', '2020-11-08']]],
  ['Tensions have simmered in the wake of the Oct. 30 shooting.', [['Oct. 30', '2020-10-30']]],
  ['Since the Sept. 12 vote, the party has lost support.', [['Sept. 12', '2020-09-12']]],
  ['Relatives gathered to remember the Nov. 25 massacre.', [['Nov. 25', '2020-11-25']]],
  ['Oil prices have come down from the middle of October.', [['the middle of October', '2020-10', 'DATE', 'MID']]],
  ['The Nov. 3 election will decide the seat.', [['Nov. 3', '2021-11-03']]],
]);

table('"N units ago" counts whole years from the DCT, fractions of a decade or century too (DCT 2021-05-12)', '2021-05-12', [
  ['In March, sales fell. The chain was founded 40 years ago.', [['March', '2021-03'], ['40 years ago', '1981']]],
  ['The dam burst two decades ago.', [['two decades ago', '2001']]],
  ['The treaty was signed half a century ago.', [['half a century ago', '1971']]],
  ['Nearly a decade ago, the bank collapsed.', [['Nearly a decade ago', '2011', 'DATE', 'APPROX']]],
]);

table('a decade by its last two digits is the latest one begun by the DCT (DCT 2021-05-12)', '2021-05-12', [
  ["Prices soared in the '90s.", [["the '90s", '199']]],
  ['Rents doubled in the eighties.', [['the eighties', '198']]],
  ["Growth returned in the '20s.", [["the '20s", '202']]],
]);

table('frequencies: every season, part of day, weekday and part (SET)', '2021-05-12', [
  ['The festival is held every summer.', [['every summer', 'XXXX-SU', 'SET']]],
  ['The market reopens each spring.', [['each spring', 'XXXX-SP', 'SET']]],
  ['Protesters gather every morning outside the palace.', [['every morning', 'XXXX-XX-XXTMO', 'SET']]],
  ['She swims every Saturday morning.', [['every Saturday morning', 'XXXX-WXX-6TMO', 'SET']]],
  ['Inspectors visit the site each week.', [['each week', 'P1W', 'SET']]],
  ['Buses run every other week.', [['every other week', 'P2W', 'SET']]],
  ['Guards patrol the border nightly.', [['nightly', 'XXXX-XX-XXTNI', 'SET']]],
  ['The figures are updated hourly.', [['hourly', 'PT1H', 'SET']]],
  ['He runs five miles a day.', []],
]);

table('adjectival durations, with or without the hyphen', '2021-05-12', [
  ['A yearlong investigation found no fraud.', [['yearlong', 'P1Y', 'DURATION']]],
  ['The weeklong festival drew crowds.', [['weeklong', 'P1W', 'DURATION']]],
  ['The daylong meeting produced no deal.', [['daylong', 'P1D', 'DURATION']]],
  ['The month-long strike ended.', [['month-long', 'P1M', 'DURATION']]],
  ['The hours-long standoff ended peacefully.', [['hours-long', 'PTXH', 'DURATION']]],
  ['The centuries-old church burned.', []],
]);

table('parts of a day counted from the day the narrative reached (DCT 2021-05-12)', '2021-05-12', [
  ['The vote was held on April 20. The previous evening, the leader spoke.', [['April 20', '2021-04-20'], ['The previous evening', '2021-04-19TEV', 'TIME']]],
  ['The plant was shut on Jan. 9. The following morning, workers protested.', [['Jan. 9', '2021-01-09'], ['The following morning', '2021-01-10TMO', 'TIME']]],
  ['The ship sank on April 4. Rescuers arrived the next afternoon.', [['April 4', '2021-04-04'], ['the next afternoon', '2021-04-05TAF', 'TIME']]],
  ['The blast happened on Sunday, April 11. By 4 p.m. the fire was out.', [['Sunday, April 11', '2021-04-11'], ['4 p.m.', '2021-04-11T16:00', 'TIME']]],
  ['The army entered the town on April 3. That same day, the mayor fled.', [['April 3', '2021-04-03'], ['That same day', '2021-04-03']]],
  ['Voting ended on March 14. Earlier that day, two polling stations were attacked.', [['March 14', '2021-03-14'], ['Earlier that day', '2021-03-14']]],
  ['The minister resigned on Jan. 18. The same night, protesters celebrated.', [['Jan. 18', '2021-01-18'], ['The same night', '2021-01-18TNI', 'TIME']]],
]);

table('"the morning of" a day is a part of that day (TIME)', '2021-05-12', [
  ['The strike began on the morning of March 3.', [['the morning of March 3', '2021-03-03TMO', 'TIME']]],
  ['Shots were heard on the night of April 30.', [['the night of April 30', '2021-04-30TNI', 'TIME']]],
  ['Rain fell on the afternoon of Christmas Day.', [['the afternoon of Christmas Day', '2020-12-25TAF', 'TIME']]],
]);

table('holidays: weekends, parts of the day, days counted from Thanksgiving (DCT 2021-05-12)', '2021-05-12', [
  ['Traffic peaked over the Labor Day weekend.', [['the Labor Day weekend', '2020-W36-WE']]],
  ['Traffic will peak over the Fourth of July weekend.', [['the Fourth of July weekend', '2021-W26-WE']]],
  // A weekend named "holiday", "long" or "three-day" is the holiday's all the same.
  ['Travellers headed home from the Thanksgiving holiday weekend.', [['the Thanksgiving holiday weekend', '2020-W48-WE']]],
  ['Polls will be open over the Easter long weekend.', [['the Easter long weekend', '2022-W15-WE']]],
  ['He was arrested on Halloween night.', [['Halloween night', '2020-10-31TNI', 'TIME']]],
  ['Churches were full on Christmas morning.', [['Christmas morning', '2020-12-25TMO', 'TIME']]],
  ['The results will be known on Election Night.', [['Election Night', '2021-11-02TNI', 'TIME']]],
  ['The mall was busy on Black Friday.', [['Black Friday', '2020-11-27']]],
  ['Online sales peaked on Cyber Monday.', [['Cyber Monday', '2020-11-30']]],
  ['The store was robbed on New Year\'s Eve.', [["New Year's Eve", '2020-12-31']]],
  ['Sales jumped during Christmas week.', [['Christmas week', '2020-W52']]],
]);

table('coordinated dates and the week of a day (DCT 2021-05-12)', '2021-05-12', [
  ['The summit will take place June 10 and 11.', [['June 10', '2021-06-10'], ['11', '2021-06-11']]],
  ['Exams are set for Oct. 5 or 6.', [['Oct. 5', '2021-10-05'], ['6', '2021-10-06']]],
  ['The talks ran from March 8 to 10.', [['March 8', '2021-03-08'], ['10', '2021-03-10']]],
  ['Talks were held on 3 and 4 May.', [['3', '2021-05-03'], ['4 May', '2021-05-04']]],
  ['The strike ran from 10 to 14 March.', [['10', '2021-03-10'], ['14 March', '2021-03-14']]],
  ['The fair runs Oct. 30-Nov. 2.', [['Oct. 30', '2021-10-30'], ['Nov. 2', '2021-11-02']]],
  ['The festival runs June 28 to July 3, 2022.', [['June 28', '2022-06-28'], ['July 3, 2022', '2022-07-03']]],
  ['The vote is expected the week of June 14.', [['the week of June 14', '2021-W24']]],
  ['Trading was halted the week of March 15, 2020.', [['the week of March 15, 2020', '2020-W11']]],
]);

table('false alarms: names and titles that hold a time word, model years', '2021-05-12', [
  ['The story ran on 60 Minutes.', []],
  ['The troops fought in the Six-Day War.', []],
  ["The Hundred Years' War shaped Europe.", []],
  ['The Summer Olympics open in Tokyo.', []],
  ['The band played Friday Night Lights.', []],
  ['Fans watched Monday Night Football.', []],
  ['He read the Sunday Times.', []],
  ['She watched Days of Our Lives.', []],
  ['The Long March began in 1934.', [['1934', '1934']]],
  ['She volunteered for the March of Dimes for years.', [['years', 'PXY', 'DURATION']]],
  ["The network aired Twelve O'Clock High in prime time.", []],
  ['She restored her 1957 Chevy herself.', []],
  ['Historians studied the 1860 Lincoln campaign.', [['1860', '1860']]],
  ['Police found a 1965 Mustang in the lake.', []],
  // The words in lower case, or a season with a year, are times again.
  ['The strike lasted six days.', [['six days', 'P6D', 'DURATION']]],
  ['Enrolment opens in Summer 2022.', [['Summer 2022', '2022-SU']]],
  ['The school reopens this Fall.', [['this Fall', '2021-FA']]],
  ["Iran's March elections were close.", [['March', '2021-03']]],
  // "last March" is the latest March before the DCT, as TimeBank has it ("last June" in an October story is that June).
  ['Last March, the plant closed.', [['Last March', '2021-03']]],
]);

table('"later in the day" and "the early hours of" a day (DCT Saturday 1999-06-05)', '1999-06-05', [
  ['The bill passed earlier in the day.', [['the day', '1999-06-05']]],
  ['The plane landed on June 2. Later in the day, it left.', [['June 2', '1999-06-02'], ['the day', '1999-06-02']]],
  ['He spent the day fishing.', []],
  ['The fire broke out in the early hours of Friday.', [['the early hours of Friday', '1999-06-04TMO', 'TIME']]],
]);

table('a clock reading and the named part of a day it falls in are one TIME (DCT 2013-02-12)', '2013-02-12', [
  ['The speech airs at 8 p.m. tonight.', [['8 p.m. tonight', '2013-02-12T20:00', 'TIME']]],
  ['He will speak at 6:30 this evening.', [['6:30 this evening', '2013-02-12T18:30', 'TIME']]],
  ['The flight left at 6:30 this morning.', [['6:30 this morning', '2013-02-12T06:30', 'TIME']]],
  ['The ship docked at 7:15 yesterday evening.', [['7:15 yesterday evening', '2013-02-11T19:15', 'TIME']]],
]);

table('the nth week of a month holds its nth Thursday; "February the 15th" (DCT 2013-02-12)', '2013-02-12', [
  ['The plant closes in the last week of March.', [['the last week of March', '2013-W13']]],
  ['Parliament sits in the second week of January 2014.', [['the second week of January 2014', '2014-W02']]],
  ['The trial opens February the 15th.', [['February the 15th', '2013-02-15']]],
  ['In March the second round begins.', [['March', '2013-03']]],
]);

table('holidays spelt other ways (DCT 2013-02-12)', '2013-02-12', [
  ['Offices are closed on Martin Luther King Jr. Day.', [['Martin Luther King Jr. Day', '2013-01-21']]],
  ['Offices were closed for Presidents Day.', [['Presidents Day', '2013-02-18']]],
  ['Crowds gathered on New Years Eve.', [['New Years Eve', '2012-12-31']]],
  ["Parades are planned for St Patrick's Day.", [["St Patrick's Day", '2013-03-17']]],
]);

table('weekdays: more cues of direction (DCT Thursday 2000-02-10)', '2000-02-10', [
  ['The meeting was postponed until Monday.', [['Monday', '2000-02-14']]],
  ['The trial was adjourned to Tuesday.', [['Tuesday', '2000-02-15']]],
  ['The embassy will remain closed until Monday.', [['Monday', '2000-02-14']]],
  ['The minister, speaking Tuesday, said prices would fall.', [['Tuesday', '2000-02-08']]],
  ['Fares will rise 5 percent, starting Monday.', [['Monday', '2000-02-14']]],
  ['The summit, which ends Saturday, has drawn protests.', [['Saturday', '2000-02-12']]],
  ['The rebels, who seized the town Monday, freed two hostages.', [['Monday', '2000-02-07']]],
  ['Talks continue Friday in Geneva.', [['Friday', '2000-02-11']]],
  ['Talks continued Friday in Geneva.', [['Friday', '2000-02-04']]],
  ['Results are not expected before Tuesday.', [['Tuesday', '2000-02-15']]],
  ["Ahead of Saturday's election, parties held rallies.", [['Saturday', '2000-02-12']]],
  ['In the run-up to the March 7 primary, the candidates clashed.', [['March 7', '2000-03-07']]],
]);

table('hours and minutes later count from the clock or the day told before, not in days (DCT 1998-05-20)', '1998-05-20', [
  ['The blast came at 9:30 p.m. Two hours later, the fire was out.', [['9:30 p.m.', '1998-05-20T21:30', 'TIME'], ['Two hours later', '1998-05-20T23:30', 'TIME']]],
  ['The plane landed on May 3. Six hours later it left.', [['May 3', '1998-05-03'], ['Six hours later', '1998-05-03']]],
  ['The plane landed on May 3. Thirty hours later it left.', [['May 3', '1998-05-03'], ['Thirty hours later', '1998-05-04']]],
]);

table('narrative anchoring: a clock time, a part of the day or days later follow the last day told (DCT Thursday 2000-02-10)', '2000-02-10', [
  ['Police raided the house Tuesday. At 10 p.m., officers found the weapons.', [['Tuesday', '2000-02-08'], ['10 p.m.', '2000-02-08T22:00', 'TIME']]],
  ['The ship sank on Jan. 4. Rescuers reached it that afternoon. By 6 p.m. all were saved.', [['Jan. 4', '2000-01-04'], ['that afternoon', '2000-01-04TAF', 'TIME'], ['6 p.m.', '2000-01-04T18:00', 'TIME']]],
  ['The ship sank on Jan. 4. The inquiry opens at 9 a.m. tomorrow.', [['Jan. 4', '2000-01-04'], ['9 a.m. tomorrow', '2000-02-11T09:00', 'TIME']]],
  ['Voting ended on Feb. 6. The count began the next morning and ended two days later.', [['Feb. 6', '2000-02-06'], ['the next morning', '2000-02-07TMO', 'TIME'], ['two days later', '2000-02-09']]],
]);

table('an unknown number of decades or centuries is written with TimeML\'s letter, a known one in years', '2021-05-12', [
  ['The city was ruled from abroad for centuries.', [['centuries', 'PXC', 'DURATION']]],
  ['A decades-long feud ended.', [['decades-long', 'PXE', 'DURATION']]],
  ['The feud lasted two decades.', [['two decades', 'P20Y', 'DURATION']]],
]);

table('"the decade", "the century": the DCT\'s, or the one of the date told before (DCT 1999-06-05)', '1999-06-05', [
  ['The plan will be done by the end of the decade.', [['the end of the decade', '199', 'DATE', 'END']]],
  ['It was the worst storm of the century.', [['the century', '19']]],
]);

table('durations of two units without "and", abbreviated units', '2013-02-12', [
  ['The climb took 2 years 3 months.', [['2 years 3 months', 'P2Y3M', 'DURATION']]],
  ['The meeting lasted 1.5 hrs.', [['1.5 hrs', 'PT1H30M', 'DURATION']]],
  ['The call took 2 mins.', [['2 mins', 'PT2M', 'DURATION']]],
]);

table('days counted from Easter, and "easter" in lower case with a year (DCT 2013-02-12)', '2013-02-12', [
  ['The pilgrimage ends on Trinity Sunday.', [['Trinity Sunday', '2013-05-26']]],
  ['the market reopened after easter 2010.', [['easter 2010', '2010-04-04']]],
  ['Flooding hit Corpus Christi on Tuesday.', [['Tuesday', '2013-02-12']]],
]);

table('"the quarter ended Sept. 30" is the quarter that date closes; "the year ended" a stretch (DCT 1989-10-26)', '1989-10-26', [
  ['Profit rose 5% in the quarter ended Sept. 30.', [['the quarter', '1989-Q3'], ['Sept. 30', '1989-09-30']]],
  ['Profit rose 5% in the year ended March 31.', [['the year', 'P1Y', 'DURATION'], ['March 31', '1989-03-31']]],
]);

table('"Tuesday the 19th": the nearby month where that day is that weekday (DCT Tuesday 2013-02-12)', '2013-02-12', [
  ['He was born on Tuesday the 19th.', [['Tuesday the 19th', '2013-02-19']]],
  ['The fire broke out on Thursday the 31st.', [['Thursday the 31st', '2013-01-31']]],
  ['On Tuesday the third round begins.', [['Tuesday', '2013-02-12']]],
]);

table('"this year\'s summer" is one expression, as TimeML\'s guideline writes it (DCT 2013-02-12)', '2013-02-12', [
  ["This year's summer was unusually hot.", [["This year's summer", '2013-SU']]],
  ["Last year's spring was wet.", [["Last year's spring", '2012-SP']]],
  ["This year's budget is tight.", [['This year', '2013']]],
]);

table('clock times in words (DCT 2013-02-12)', '2013-02-12', [
  ['The shooting began at seven thirty p.m.', [['seven thirty p.m.', '2013-02-12T19:30', 'TIME']]],
  ['He called at ten-fifteen a.m.', [['ten-fifteen a.m.', '2013-02-12T10:15', 'TIME']]],
  ['The blast came at four oh five a.m.', [['four oh five a.m.', '2013-02-12T04:05', 'TIME']]],
  ['Five PM staff were fired.', []],
]);

table('week numbers are zero-padded (DCT Thursday 2000-02-10)', '2000-02-10', [
  ['The index fell this week.', [['this week', '2000-W06']]],
  ['Sales rose last week.', [['last week', '2000-W05']]],
  ['Talks resume the week of Feb. 28.', [['the week of Feb. 28', '2000-W09']]],
]);
