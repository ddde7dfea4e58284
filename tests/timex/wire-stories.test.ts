// Sentences in the manner of 1998-2000 wire stories (datelines, "said on Tuesday", fiscal periods,
// narratives told day by day), written for this test: none is taken from TimeBank or any other corpus.
// Values as the TimeML 1.2.1 guideline writes them; each table is one mechanism.
import { sentenceTable as table } from './timex-doc.js';

table('a dateline and the days a wire story tells, reported the day after (DCT Tuesday 1998-02-10)', '1998-02-10', [
  ['BEIJING, Feb. 10 (Xinhua) -- Premier Li Peng met here Monday with a trade delegation from Brazil.', [['Feb. 10', '1998-02-10'], ['Monday', '1998-02-09']]],
  ['UNITED NATIONS, Feb. 9 (Xinhua) -- The Security Council on Monday extended the mandate of its observers for six months.', [['Feb. 9', '1998-02-09'], ['Monday', '1998-02-09'], ['six months', 'P6M', 'DURATION']]],
  ['Vice Premier Wu made the remarks here today.', [['today', '1998-02-10']]],
]);

table('periods a business story reports on (DCT Wednesday 1998-01-28)', '1998-01-28', [
  ['The company said on Tuesday that profit rose 12 percent in the fourth quarter.', [['Tuesday', '1998-01-27'], ['the fourth quarter', '1997-Q4']]],
  ['Shares of the airline fell sharply last week after the report.', [['last week', '1998-W04']]],
  ['Earlier this month, the central bank cut its key lending rate.', [['Earlier this month', '1998-01']]],
  ['Output in this year\'s first quarter is expected to rise.', [['this year\'s first quarter', '1998-Q1']]],
  ['The ministry hopes to finish the bridge by the end of the year.', [['the end of the year', '1998', 'DATE', 'END']]],
  ['Coffee exports have doubled over the past decade.', [['the past decade', 'P10Y', 'DURATION']]],
  ['A settlement could come within weeks, a mediator said.', [['weeks', 'PXW', 'DURATION']]],
  ['The government plans to open the new airport next spring.', [['next spring', '1998-SP']]],
  ['The textile plant closed two years ago.', [['two years ago', '1996']]],
  ['Inflation soared in the 1980s and fell in the 1990s.', [['the 1980s', '198'], ['the 1990s', '199']]],
]);

table('"the April-June quarter", "the January-June period": the months of a quarter or half year are one expression of it (DCT Wednesday 1998-08-12)', '1998-08-12', [
  ['Output in the April-June quarter fell 2 percent.', [['the April-June quarter', '1998-Q2']]],
  ['The airline said passenger traffic in the January-June period rose 4 percent.', [['the January-June period', '1998-H1']]],
  ['Output fell in the April-to-June period and in the January to June half.', [['the April-to-June period', '1998-Q2'], ['the January to June half', '1998-H1']]],
  // Months that make no quarter nor half stay two expressions.
  // Placed by the month they end in: told in the past in August, a period up to October is last year's.
  ['Car sales in the January-October period rose.', [['January', '1997-01'], ['October', '1997-10']]],
  ['Car sales in the January-July period rose.', [['January', '1998-01'], ['July', '1998-07']]],
]);

table('a quarter named by its months is placed like any quarter, by its last day (DCT Tuesday 1999-03-16)', '1999-03-16', [
  ['The figures for the January-March period will be released in April.', [['the January-March period', '1999-Q1'], ['April', '1999-04']]],
]);

table('a narrative told day by day: each time counts from the day told before it (DCT Wednesday 1998-01-28)', '1998-01-28', [
  ['The strike began on Jan. 12. The day before, union leaders had rejected the offer.', [['Jan. 12', '1998-01-12'], ['The day before', '1998-01-11']]],
  ['Rebels attacked the village on Sunday. That night, troops surrounded the area.', [['Sunday', '1998-01-25'], ['That night', '1998-01-25TNI', 'TIME']]],
  ['The ferry sank on Jan. 3. Two days later, divers found the wreck.', [['Jan. 3', '1998-01-03'], ['Two days later', '1998-01-05']]],
  ['The hostages were freed on Jan. 20. The next morning, they flew to Rome.', [['Jan. 20', '1998-01-20'], ['The next morning', '1998-01-21TMO', 'TIME']]],
  ['The minister arrived on Friday. That same day, he met the president.', [['Friday', '1998-01-23'], ['That same day', '1998-01-23']]],
]);

table('a narrative told day by day, more ways (DCT Wednesday 1998-08-12)', '1998-08-12', [
  ['The embassy bombing took place on Aug. 7. At 10:30 a.m., a truck drove up to the rear gate.', [['Aug. 7', '1998-08-07'], ['10:30 a.m.', '1998-08-07T10:30', 'TIME']]],
  ['Police arrested two men on Monday. The suspects were questioned overnight and charged the next day.', [['Monday', '1998-08-10'], ['overnight', '1998-08-10TNI', 'TIME'], ['the next day', '1998-08-11']]],
  ['The president fell ill on Sunday and was flown to Moscow that evening.', [['Sunday', '1998-08-09'], ['that evening', '1998-08-09TEV', 'TIME']]],
  ['The troops entered the town on Aug. 2. The following day, rebels counterattacked.', [['Aug. 2', '1998-08-02'], ['The following day', '1998-08-03']]],
  ['The leaders met in Geneva in June. A month later, they signed the accord.', [['June', '1998-06'], ['A month later', '1998-07']]],
  ['The company was founded in 1946. That year, it sold 200 radios.', [['1946', '1946'], ['That year', '1946']]],
  ['He was elected in 1994 and re-elected four years later.', [['1994', '1994'], ['four years later', '1998']]],
]);

table('a clock time and the day after it, joined by "on" across a reading in brackets, are one moment (DCT Tuesday 1999-03-16)', '1999-03-16', [
  ['Police said the blast occurred at 3 a.m. local time (0100 GMT) on Sunday.', [['3 a.m. local time', '1999-03-14T03:00', 'TIME'], ['0100 GMT', '1999-03-14T01:00', 'TIME'], ['Sunday', '1999-03-14']]],
  ['The ceasefire took hold at 6 p.m. (1600 GMT) Saturday.', [['6 p.m.', '1999-03-13T18:00', 'TIME'], ['1600 GMT', '1999-03-13T16:00', 'TIME'], ['Saturday', '1999-03-13']]],
  // Without "on" or brackets between them, a clock time and a later day are two moments.
  ['The shooting began at 9 p.m. and by Sunday 12 people had died.', [['9 p.m.', '1999-03-16T21:00', 'TIME'], ['Sunday', '1999-03-14']]],
]);

table('weekdays: a plan or a reported future is made days ahead, so never the day before the DCT (DCT Wednesday 1998-08-12)', '1998-08-12', [
  ['The opposition plans to hold elections on Tuesday.', [['Tuesday', '1998-08-18']]],
  ['The two leaders are scheduled to meet on Tuesday in Cairo.', [['Tuesday', '1998-08-18']]],
  ['Lawmakers are due to vote on the package on Tuesday.', [['Tuesday', '1998-08-18']]],
  ['The election commission said the vote would be held on Tuesday.', [['Tuesday', '1998-08-18']]],
  // What was done, or planned in the past perfect, stays behind.
  ['The company had planned to list its shares on Tuesday.', [['Tuesday', '1998-08-11']]],
  ['Israel said Tuesday it would free 50 prisoners.', [['Tuesday', '1998-08-11']]],
  ['The victims were buried on Tuesday.', [['Tuesday', '1998-08-11']]],
]);

table('a deadline that no past verb places lies ahead (DCT Wednesday 1998-06-17)', '1998-06-17', [
  ['The guerrillas have until Friday to lay down their arms.', [['Friday', '1998-06-19']]],
  ['Shareholders have until Tuesday to accept the offer.', [['Tuesday', '1998-06-23']]],
  // A possessive date: the word before governs the noun after it.
  ['Prices had been steady before Monday\'s sell-off.', [['Monday', '1998-06-15']]],
]);

table('a month that no past verb places, after "by" or "through", lies ahead (DCT Monday 1989-10-30)', '1989-10-30', [
  ['The sale is part of a program to pay down the bridge loan by February.', [['February', '1990-02']]],
  ['The credit line, available through January, will be renewed.', [['January', '1990-01']]],
  // A past verb keeps the month behind.
  ['The company had repaid the loan by February.', [['February', '1989-02']]],
]);

table('an infinitive hangs on the verb before a phrase of time or place: "agreed on Monday to" (DCT Tuesday 1999-04-20)', '1999-04-20', [
  ['The State Council decided at its meeting on Monday to raise pensions starting from July 1.', [['Monday', '1999-04-19'], ['July 1', '1999-07-01']]],
  ['The two sides agreed in Geneva to resume talks in March.', [['March', '2000-03']]],
  // A verb of no plan before the phrase gives the infinitive no tense of its own.
  ['It was hard for the mill to meet demand in March.', [['March', '1999-03']]],
]);

table('month and day without a year, by tense and by the side words fix (DCT Wednesday 1998-10-21)', '1998-10-21', [
  ['The agreement, signed on Oct. 1, takes effect Nov. 15.', [['Oct. 1', '1998-10-01'], ['Nov. 15', '1998-11-15']]],
  ['The ship left port on Sept. 30.', [['Sept. 30', '1998-09-30']]],
  ['The embargo has been in place since Aug. 7.', [['Aug. 7', '1998-08-07']]],
  ['Officials have until Dec. 31 to submit the report.', [['Dec. 31', '1998-12-31']]],
  ['Parliament will convene on Jan. 12.', [['Jan. 12', '1999-01-12']]],
]);

table('"the week before", "the month after": that whole unit next to the date told (DCT Wednesday 1999-11-24)', '1999-11-24', [
  ['The rebels seized the town on Nov. 15. The week before, they had taken two villages.', [['Nov. 15', '1999-11-15'], ['The week before', '1999-W45']]],
  ['The mill closed on March 3, 1997. The month after, half the shops shut.', [['March 3, 1997', '1997-03-03'], ['The month after', '1997-04']]],
  ['The dam was finished in May 1990. The year before, floods had killed 300.', [['May 1990', '1990-05'], ['The year before', '1989']]],
  // "The day before" stays a day.
  ['The rally was held on Nov. 20. The day before, police had banned it.', [['Nov. 20', '1999-11-20'], ['The day before', '1999-11-19']]],
]);

table('a holiday placed by the day it falls on near the DCT, not by its month (DCT Wednesday 1999-11-24)', '1999-11-24', [
  ['On Thanksgiving Day, 30 million turkeys will be eaten.', [['Thanksgiving Day', '1999-11-25']]],
  ['Stores will open early on Black Friday.', [['Black Friday', '1999-11-26']]],
]);

table('a day counted from Easter, placed by the day it falls on (DCT Wednesday 2000-04-19)', '2000-04-19', [
  ['Pilgrims will crowd Jerusalem on Good Friday.', [['Good Friday', '2000-04-21']]],
]);

table('days of the Orthodox churches: Easter by the Julian calendar, Christmas on January 7 (DCT Tuesday 1999-04-20)', '1999-04-20', [
  ['Serbs marked Orthodox Easter under air raid sirens.', [['Orthodox Easter', '1999-04-11']]],
  ['Greek shops close for Clean Monday 2000.', [['Clean Monday 2000', '2000-03-13']]],
  ['Russians will celebrate Orthodox Christmas in Bethlehem.', [['Orthodox Christmas', '2000-01-07']]],
]);

table('Super Tuesday falls in election years only: without one, the nearest on the side the tense points to (DCT Wednesday 1999-11-24)', '1999-11-24', [
  ['The candidates will campaign hard ahead of Super Tuesday.', [['Super Tuesday', '2000-03-07']]],
  ['He won six states on Super Tuesday in 1996.', [['Super Tuesday', '1996-03-12'], ['1996', '1996']]],
  ['Dole swept the South on Super Tuesday.', [['Super Tuesday', '1996-03-12']]],
]);

table('named days in other spellings (DCT Tuesday 2013-02-12)', '2013-02-12', [
  ['Florists gear up for Mothers Day.', [['Mothers Day', '2013-05-12']]],
  ['The mayor spoke at a Fathers Day picnic last year.', [['Fathers Day', '2012-06-17'], ['last year', '2012']]],
  ['Crowds gathered in Punxsutawney on Groundhog Day.', [['Groundhog Day', '2013-02-02']]],
  ['The bank is closed on Lincoln\'s Birthday.', [['Lincoln\'s Birthday', '2013-02-12']]],
]);

table('weekdays in a Wednesday story: only a plain future may be the day before the DCT (DCT Wednesday 2000-03-08)', '2000-03-08', [
  ['A vote is likely on Tuesday.', [['Tuesday', '2000-03-14']]],
  ['Tuesday\'s talks will focus on water rights.', [['Tuesday', '2000-03-14']]],
  ['It was not clear whether the vote would take place Tuesday.', [['Tuesday', '2000-03-14']]],
  ['The ministers will meet again Friday, a spokesman said Tuesday.', [['Friday', '2000-03-10'], ['Tuesday', '2000-03-07']]],
  ['He is to be sentenced on Friday.', [['Friday', '2000-03-10']]],
  ['The ban goes into effect Monday.', [['Monday', '2000-03-13']]],
  ['The ban went into effect Monday.', [['Monday', '2000-03-06']]],
  ['Clinton, who arrives Sunday, will meet the king.', [['Sunday', '2000-03-12']]],
  ['The embassy has been closed since Friday.', [['Friday', '2000-03-03']]],
  ['The court adjourned until Monday.', [['Monday', '2000-03-13']]],
  ['The bill, approved Tuesday by the House, goes to the Senate.', [['Tuesday', '2000-03-07']]],
]);

table('an offset compared with "than" is a length of time (DCT Monday 1999-05-17)', '1999-05-17', [
  ['Farmers are planting now, two weeks later than usual.', [['now', 'PRESENT_REF'], ['two weeks', 'P2W', 'DURATION']]],
  ['The results came three days earlier than expected.', [['three days', 'P3D', 'DURATION']]],
  // Without "than", an offset from the date told.
  ['The dam burst on May 2. Three days later, the river crested.', [['May 2', '1999-05-02'], ['Three days later', '1999-05-05']]],
]);

table('"the year to April": a period up to a month, as "the year ended" (DCT Monday 1999-05-17)', '1999-05-17', [
  ['Inflation in the year to April was 3.1 percent.', [['the year', 'P1Y', 'DURATION'], ['April', '1999-04']]],
  ['Profit in the quarter to June rose 4 percent.', [['the quarter', '1999-Q2'], ['June', '1999-06']]],
  // "The year ended" reads the same way.
  ['Exports fell in the year ended March 31.', [['the year', 'P1Y', 'DURATION'], ['March 31', '1999-03-31']]],
]);

table('a bare part of the day after "by", "until", "before" or "at" ("at dawn", not "at night"), on the day told (DCT Wednesday 2000-08-30)', '2000-08-30', [
  ['The fire started on Sunday afternoon. By evening, it had spread to 2,000 acres.', [['Sunday afternoon', '2000-08-27TAF', 'TIME'], ['evening', '2000-08-27TEV', 'TIME']]],
  ['Troops stormed the building at dawn on Friday.', [['dawn', '2000-08-25TMO', 'TIME'], ['Friday', '2000-08-25']]],
  ['The rebels withdrew on Aug. 3. Before nightfall, the army had retaken the town.', [['Aug. 3', '2000-08-03'], ['nightfall', '2000-08-03TEV', 'TIME']]],
  // How rather than when, a noun's modifier, the start of an era, a name.
  ['Nurses who work at night earn more.', []],
  ['The evening news led with the story.', []],
  ['It marked the dawn of a new era.', []],
  ['The minister told the Dawn newspaper he would resign.', []],
]);

table('"the following week" counts from the day the narrative reached (DCT Wednesday 2000-08-30)', '2000-08-30', [
  ['The hostages were taken on July 27. Nine days later, two were freed. The rest were released the following week.', [['July 27', '2000-07-27'], ['Nine days later', '2000-08-05'], ['the following week', '2000-W32']]],
]);

table('a year named with its kind, and the week a day closes (DCT Tuesday 1999-06-15)', '1999-06-15', [
  ['Spending in the 1999 fiscal year rose 4 percent.', [['the 1999 fiscal year', '1999']]],
  ['Sales in calendar 1998 fell.', [['calendar 1998', '1998']]],
  ['Jobless claims rose in the week ended June 5.', [['the week', '1999-W22'], ['June 5', '1999-06-05']]],
  // A round number before a noun stays a count.
  ['He bought 2000 period costumes.', []],
]);

table('a participle opening a clause takes the tense of the clause it interrupts (DCT Wednesday 2000-03-08)', '2000-03-08', [
  ['Clinton, arriving Sunday for a two-day visit, will meet the king.', [['Sunday', '2000-03-12'], ['two-day', 'P2D', 'DURATION']]],
  ['The envoy, returning Friday from Cairo, is expected to brief the cabinet.', [['Friday', '2000-03-10']]],
  ['The minister, speaking Tuesday, said prices would fall.', [['Tuesday', '2000-03-07']]],
]);

table('the name of a day, or of what is named for one, is no date (DCT Tuesday 1999-06-15)', '1999-06-15', [
  ['The Good Friday agreement was signed last year.', [['last year', '1998']]],
  ['Under the Good Friday peace accord, prisoners were freed.', []],
  ['The Bloody Sunday inquiry opened in Derry.', []],
  ['He fought in the Yom Kippur war.', []],
  // The day itself, and a weekday after a name as AP writes it, stay dates.
  ['The talks ended on Good Friday with a deal.', [['Good Friday', '1999-04-02']]],
  ['Yeltsin Monday fired his premier.', [['Monday', '1999-06-14']]],
]);

table('a count and a quarter or three quarters of a unit is one duration (DCT Tuesday 1999-06-15)', '1999-06-15', [
  ['The flight takes two and a quarter hours.', [['two and a quarter hours', 'PT2H15M', 'DURATION']]],
  ['The dispute dragged on for two and a quarter years.', [['two and a quarter years', 'P2Y3M', 'DURATION']]],
  ['The speech lasted one and three quarters hours.', [['one and three quarters hours', 'PT1H45M', 'DURATION']]],
  // A quarter of something else is no time.
  ['Rates rose two and a quarter points.', []],
]);

table('a quarter of a long unit, and a quarter of another unit (DCT Friday 1998-04-24)', '1998-04-24', [
  ['Few expected the fight to last a quarter-century.', [['a quarter-century', 'P25Y', 'DURATION']]],
  ['The ride takes a quarter hour.', [['a quarter hour', 'PT15M', 'DURATION']]],
  ['The Fed cut rates a quarter point.', []],
]);

table('"the same period last year": the period the story reports on, a year back (DCT Tuesday 1999-04-20)', '1999-04-20', [
  ['Trade reached 63.2 billion dollars in the first quarter of this year, up 4.6 percent over the same period of last year.', [['the first quarter of this year', '1999-Q1'], ['the same period of last year', '1998-Q1']]],
  ['Sales in March rose 3 percent from the same month a year earlier.', [['March', '1999-03'], ['the same month a year earlier', '1998-03']]],
  ['Profit in the quarter ended March 31 rose, against a loss in the corresponding period last year.', [['the quarter', '1999-Q1'], ['March 31', '1999-03-31'], ['the corresponding period last year', '1998-Q1']]],
  // With no period told, last year.
  ['Exports rose 8 percent from the same period last year.', [['the same period last year', '1998']]],
]);

table('"last year\'s quarter": the quarter reported on, a year back (DCT Tuesday 1999-04-20)', '1999-04-20', [
  ['Profit in the first quarter rose 5 percent from last year\'s quarter.', [['the first quarter', '1999-Q1'], ['last year\'s quarter', '1998-Q1']]],
  ['Last year\'s third quarter was weak.', [['Last year\'s third quarter', '1998-Q3']]],
]);

table('"last February" in a March story is a year back: the month just before the DCT\'s is "last month" (DCT Sunday 1998-03-01)', '1998-03-01', [
  ['Two helicopters crashed last February.', [['last February', '1997-02']]],
  // The month just after is the coming one; further back, the nearest on that side.
  ['The vote is next April.', [['next April', '1998-04']]],
  ['Prices fell last December.', [['last December', '1997-12']]],
]);

table('"last summer" in a July story is a year back: a season is past once it has ended (DCT Friday 1998-07-10)', '1998-07-10', [
  ['The plant closed last summer.', [['last summer', '1997-SU']]],
  ['The plant reopened last spring.', [['last spring', '1998-SP']]],
  ['The plant will reopen next summer.', [['next summer', '1999-SU']]],
]);

table('"the past quarter century": a quarter of a long unit after a relation word is a duration (DCT Friday 1998-04-24)', '1998-04-24', [
  ['The economy has grown over the past quarter century.', [['the past quarter century', 'P25Y', 'DURATION']]],
  ['In the last quarter-century, prices doubled.', [['the last quarter-century', 'P25Y', 'DURATION']]],
  ['A quarter century ago, the town was a village.', [['A quarter century ago', '1973']]],
  // "the last quarter" alone stays a quarter of the year; without a relation word, "quarter-century" is an adjective's.
  ['Profit rose in the last quarter.', [['the last quarter', '1998-Q1']]],
  ['The jobless rate is near its quarter-century low.', []],
]);

table('a day something is called or set for lies ahead, whatever the verb (DCT Wednesday 2000-03-08)', '2000-03-08', [
  ['The opposition called a general strike for Friday.', [['Friday', '2000-03-10']]],
  ['Unions have called a rally for Monday in the capital.', [['Monday', '2000-03-13']]],
  // Not a possessive day, nor a day within a week that a past verb tells, nor a period reported on.
  ['Police blamed rebels for Monday\'s attack.', [['Monday', '2000-03-06']]],
  ['Talks were set for March 2.', [['March 2', '2000-03-02']]],
  ['Profit for the third quarter rose.', [['the third quarter', '1999-Q3']]],
]);
