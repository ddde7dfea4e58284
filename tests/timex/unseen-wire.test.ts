// Wire stories of 1998-2000 in the manner of APW, NYT and Xinhua, invented for this test (none is taken
// from TimeBank or any other corpus). The tables named after a story were written, values from the TimeML
// 1.2.1 guideline, before the rules were run on them: a check of what carries to news the rules were not
// tuned on. The tables named after a mechanism hold sentences of a general fix made for a story's miss.
import { sentenceTable as table } from './timex-doc.js';

table('an APW story of Wednesday 1999-10-13', '1999-10-13', [
  // A yearly span told in the present: its end is placed as any day (the one to come), its start is the latest before the end.
  ['MIAMI (AP) -- The Atlantic hurricane season runs from June 1 to Nov. 30.', [['June 1', '1999-06-01'], ['Nov. 30', '1999-11-30']]],
  ['Exports rose 8 percent in September from the same month of 1998, the ministry said on Tuesday.', [['September', '1999-09'], ['the same month of 1998', '1998-09'], ['Tuesday', '1999-10-12']]],
  ['Net income in the third quarter rose 12 percent from the same quarter a year earlier.', [['the third quarter', '1999-Q3'], ['the same quarter a year earlier', '1998-Q3']]],
  ['A fire broke out at the warehouse on Saturday night. Firefighters arrived at 11:40 p.m.', [['Saturday night', '1999-10-09TNI', 'TIME'], ['11:40 p.m.', '1999-10-09T23:40', 'TIME']]],
  // A quarter closed by a day is the quarter as written (a fiscal one), in the year of that day.
  ['Sales in the second quarter ended Aug. 31 rose 4 percent.', [['the second quarter', '1999-Q2'], ['Aug. 31', '1999-08-31']]],
  ['The prime minister will visit Beijing on Friday.', [['Friday', '1999-10-15']]],
  ['The rebels freed the hostages last week after talks that began on Oct. 1.', [['last week', '1999-W40'], ['Oct. 1', '1999-10-01']]],
  ['Earlier this month, the government raised fuel prices for the third time since 1995.', [['Earlier this month', '1999-10'], ['1995', '1995']]],
  ['Inflation has averaged 4 percent over the past two years.', [['the past two years', 'P2Y', 'DURATION']]],
  ['The riots erupted on Oct. 2. Three days later, the army sealed the border.', [['Oct. 2', '1999-10-02'], ['Three days later', '1999-10-05']]],
  ['Car sales this spring were the highest since the 1980s.', [['this spring', '1999-SP'], ['the 1980s', '198']]],
  ['Negotiators met on Monday in Geneva. The talks ended that night without agreement.', [['Monday', '1999-10-11'], ['that night', '1999-10-11TNI', 'TIME']]],
]);

table('a Xinhua story of Wednesday 1998-11-18, filed the day before', '1998-11-18', [
  ['BEIJING, Nov. 17 (Xinhua) -- China\'s foreign trade rose 3 percent in the first 10 months of this year, customs officials said here today.', [['Nov. 17', '1998-11-17'], ['the first 10 months', 'P10M', 'DURATION'], ['this year', '1998'], ['today', '1998-11-17']]],
  ['Grain output in the first half rose 5 percent over the same period of last year.', [['the first half', '1998-H1'], ['the same period of last year', '1997-H1']]],
  ['The two sides will resume talks in Beijing early next month.', [['early next month', '1998-12', 'DATE', 'START']]],
  ['The State Council approved the plan at a meeting last Friday.', [['last Friday', '1998-11-13']]],
  ['Premier Zhu Rongji will leave for Moscow on Sunday.', [['Sunday', '1998-11-22']]],
  // The fasting month is given its first day, as the other holidays of several days (Hanukkah, Passover).
  ['Muslims in Xinjiang will begin the fasting month of Ramadan next month.', [['Ramadan', '1998-12-20'], ['next month', '1998-12']]],
  ['The consumer price index fell 0.5 percent in October from a year earlier.', [['October', '1998-10'], ['a year earlier', '1997-10']]],
  ['Beijing has attracted 2 billion dollars in foreign investment since 1995.', [['1995', '1995']]],
  ['The new airport is expected to open by the end of 1999.', [['the end of 1999', '1999', 'DATE', 'END']]],
  ['The project will take three years to complete.', [['three years', 'P3Y', 'DURATION']]],
]);

table('Diwali, the new moon of the lunar month Kartika (DCT Tuesday 1999-11-09)', '1999-11-09', [
  ['Hindus across India celebrated Diwali on Sunday.', [['Diwali', '1999-11-07'], ['Sunday', '1999-11-07']]],
]);

table('an NYT story of Wednesday 2000-03-08', '2000-03-08', [
  ['The company said its first quarter ended Jan. 31.', [['first quarter', '2000-Q1'], ['Jan. 31', '2000-01-31']]],
  // A target year ahead is no period the story reports on: "the full year" stays the DCT's.
  ['By 2003, the company expects sales to double. For the full year, it forecast a profit of $2 a share.', [['2003', '2003'], ['the full year', '2000']]],
  // "election day" in lower case outside the United States is the day of the election the story told.
  ['Taiwan will hold its presidential election on March 18. On election day, schools will close.', [['March 18', '2000-03-18'], ['election day', '2000-03-18']]],
  // With no election told and no U.S. place, a day of unknown date.
  ['TAIPEI, Taiwan (AP) -- Shops will stay shut on election day.', [['election day', 'XXXX-XX-XX']]],
  ['In Ohio, election day is Nov. 7.', [['election day', '2000-11-07'], ['Nov. 7', '2000-11-07']]],
  ['The Senate will vote on the bill on Tuesday.', [['Tuesday', '2000-03-07']]],
  ['The stock market soared in the 1990s.', [['the 1990s', '199']]],
  ['Unemployment fell to 4.1 percent in February, the lowest level in 30 years.', [['February', '2000-02'], ['30 years', 'P30Y', 'DURATION']]],
  ['Jewish families will celebrate Passover next month.', [['Passover', '2000-04-20'], ['next month', '2000-04']]],
  // A holiday's span leaves out its article, as the project's other holidays ("for the Spring Festival").
  ['Millions of Chinese travelled home for the Lunar New Year.', [['Lunar New Year', '2000-02-05']]],
  ['Shares of the bank have fallen 30 percent since January.', [['January', '2000-01']]],
  ['The merger is expected to close in the second half.', [['the second half', '2000-H2']]],
  // A clock time and its day are one TIMEX3, as the guideline's "twelve o'clock January 3, 1984".
  ['The earthquake struck at 4:15 a.m. Tuesday.', [['4:15 a.m. Tuesday', '2000-03-07T04:15', 'TIME']]],
  ['The shooting happened Monday at a school in Michigan. Police arrested the gunman that afternoon.', [['Monday', '2000-03-06'], ['that afternoon', '2000-03-06TAF', 'TIME']]],
]);

table('an APW story of Thursday 1999-12-16', '1999-12-16', [
  ['Muslims around the world are observing Ramadan.', [['Ramadan', '1999-12-09']]],
  ['Iraqi Vice President Taha Yassin Ramadan said Baghdad would not bow to pressure.', []],
  ['The Dow rose 1.5 percent on Wednesday, its biggest gain in three months.', [['Wednesday', '1999-12-15'], ['three months', 'P3M', 'DURATION']]],
  ['The Y2K bug could cause problems on Jan. 1.', [['Jan. 1', '2000-01-01']]],
  ['Retail sales in November rose 0.9 percent from October.', [['November', '1999-11'], ['October', '1999-10']]],
  // "the past week" is the week before (TimeBank writes "the past year" as a date both times it has it); "the past decade" alone is a duration.
  ['The president spent the past week in Seattle.', [['the past week', '1999-W49']]],
  ['The airline will cut 500 jobs over the next two years.', [['the next two years', 'P2Y', 'DURATION']]],
  ['The company reported a loss in its fiscal first quarter, which ended Oct. 31.', [['fiscal first quarter', '1999-Q1'], ['Oct. 31', '1999-10-31']]],
]);

table('an AP story of Wednesday 1998-06-24', '1998-06-24', [
  ['The Supreme Court will issue its ruling by Friday.', [['Friday', '1998-06-26']]],
  ['The vote is scheduled for Monday.', [['Monday', '1998-06-29']]],
  ['The rebels attacked the town on Sunday and withdrew two days later.', [['Sunday', '1998-06-21'], ['two days later', '1998-06-23']]],
  ['Crude oil prices have tumbled this year to their lowest level since 1986.', [['this year', '1998'], ['1986', '1986']]],
  ['The bank posted a loss in the first quarter, compared with a profit in the year-earlier period.', [['the first quarter', '1998-Q1'], ['the year-earlier period', '1997-Q1']]],
  ['Wheat planting will start this fall.', [['this fall', '1998-FA']]],
  ['The factory closed in the summer of 1995 and reopened three years later.', [['the summer of 1995', '1995-SU'], ['three years later', '1998']]],
  ['Stocks fell sharply in early trading on Tuesday.', [['Tuesday', '1998-06-23']]],
]);

table('a fiscal quarter closed by a day is the quarter as written, in the year of that day (DCT Wednesday 1999-03-10)', '1999-03-10', [
  ['Sales in the third quarter ended Jan. 31 rose 4 percent.', [['the third quarter', '1999-Q3'], ['Jan. 31', '1999-01-31']]],
  ['The retailer earned $5 million in its fourth quarter ended Jan. 30.', [['fourth quarter', '1999-Q4'], ['Jan. 30', '1999-01-30']]],
  ['In the fiscal second quarter, ended Dec. 31, profit rose.', [['the fiscal second quarter', '1998-Q2'], ['Dec. 31', '1998-12-31']]],
  ['The company\'s second quarter, which ends Aug. 31, will be weak.', [['second quarter', '1999-Q2'], ['Aug. 31', '1999-08-31']]],
]);

table('a Xinhua story of Thursday 1998-04-16', '1998-04-16', [
  ['BEIJING, April 16 (Xinhua) -- China will complete the Three Gorges project by the end of this century, an official said here today.', [['April 16', '1998-04-16'], ['the end of this century', '19', 'DATE', 'END'], ['today', '1998-04-16']]],
  ['The economy grew 7.2 percent in the first quarter of this year, the State Statistical Bureau said.', [['the first quarter of this year', '1998-Q1']]],
  ['Foreign investment in the province reached 3 billion U.S. dollars last year, up 20 percent over the previous year.', [['last year', '1997'], ['the previous year', '1996']]],
  ['China will enter the 21st century with a stronger economy.', [['the 21st century', '20']]],
  ['Over the past 20 years, the city has built 300 factories.', [['the past 20 years', 'P20Y', 'DURATION']]],
  ['The two countries established diplomatic relations in 1972.', [['1972', '1972']]],
  ['The delegation arrived here Wednesday for a five-day visit.', [['Wednesday', '1998-04-15'], ['five-day', 'P5D', 'DURATION']]],
  ['By the end of last year, the bank had lent 50 billion yuan.', [['the end of last year', '1997', 'DATE', 'END']]],
]);

table('an APW story of Saturday 1999-07-24', '1999-07-24', [
  ['JERUSALEM (AP) -- Prime Minister Ehud Barak will meet Palestinian leader Yasser Arafat on Tuesday.', [['Tuesday', '1999-07-27']]],
  ['Gunmen opened fire on a bus late Friday, killing three people.', [['late Friday', '1999-07-23', 'DATE', 'END']]],
  ['Fighting resumed early Saturday and continued through the afternoon.', [['early Saturday', '1999-07-24', 'DATE', 'START'], ['the afternoon', '1999-07-24TAF', 'TIME']]],
  ['King Hussein died in February.', [['February', '1999-02']]],
  ['The peace accord signed in 1993 set a five-year timetable.', [['1993', '1993'], ['five-year', 'P5Y', 'DURATION']]],
  ['Israeli troops withdrew from the area in the spring.', [['the spring', '1999-SP']]],
  ['The parliament will reconvene next month.', [['next month', '1999-08']]],
  ['Temperatures reached 40 degrees Celsius on Thursday, the hottest day this year.', [['Thursday', '1999-07-22'], ['this year', '1999']]],
  ['Police said the bomb exploded at 2:30 p.m. (1130 GMT) in a crowded market.', [['2:30 p.m.', '1999-07-24T14:30', 'TIME'], ['1130 GMT', '1999-07-24T11:30', 'TIME']]],
]);

table('an NYT story of Sunday 2000-11-05', '2000-11-05', [
  ['WASHINGTON -- Americans will choose a new president on Tuesday.', [['Tuesday', '2000-11-07']]],
  ['Bush led Gore by 3 points in a poll taken Friday and Saturday.', [['Friday', '2000-11-03'], ['Saturday', '2000-11-04']]],
  ['The race has been the closest since 1960.', [['1960', '1960']]],
  ['Turnout on Election Day is expected to exceed 1996 levels.', [['Election Day', '2000-11-07'], ['1996', '1996']]],
  ['Gore campaigned in Florida for the past three days.', [['the past three days', 'P3D', 'DURATION']]],
  ['The candidates debated three times in October.', [['October', '2000-10']]],
  ['The Senate race in New York has cost $70 million so far this year.', [['this year', '2000']]],
  // Lower-case "election night" is the U.S. one in a story from a U.S. dateline.
  ['WASHINGTON -- Bush will spend election night in Austin.', [['election night', '2000-11-07TNI', 'TIME']]],
  ['The winner will take office on Jan. 20.', [['Jan. 20', '2001-01-20']]],
  ['Clinton won the state four years ago.', [['four years ago', '1996']]],
]);

table('an APW story of Monday 1999-01-11, early in the year', '1999-01-11', [
  ['Prosecutors have investigated the case since the Dec. 17 shooting.', [['Dec. 17', '1998-12-17']]],
  ['Stocks ended the year on Dec. 31 at a record high.', [['the year', '1998'], ['Dec. 31', '1998-12-31']]],
  ['The central bank cut interest rates late last year.', [['late last year', '1998', 'DATE', 'END']]],
  ['The economy is expected to recover early next year.', [['early next year', '2000', 'DATE', 'START']]],
  ['The euro was launched on Jan. 1.', [['Jan. 1', '1999-01-01']]],
  ['The company plans to list its shares in mid-1999.', [['mid-1999', '1999', 'DATE', 'MID']]],
  ['The strike ended on Sunday after 10 days.', [['Sunday', '1999-01-10'], ['10 days', 'P10D', 'DURATION']]],
  ['Talks will continue at the weekend.', [['the weekend', '1999-W02-WE']]],
  ['Last year\'s floods killed 3,000 people.', [['Last year', '1998']]],
  ['The winter of 1998-99 has been the coldest in a decade.', [['The winter of 1998-99', '1998-WI'], ['a decade', 'P10Y', 'DURATION']]],
  ['Investors are waiting for Friday\'s jobs report.', [['Friday', '1999-01-15']]],
  ['Sales fell in the first 11 months of 1998.', [['the first 11 months', 'P11M', 'DURATION'], ['1998', '1998']]],
]);

table('a Xinhua story of Friday 2000-06-02, filed the day before', '2000-06-02', [
  ['NAIROBI, June 1 (Xinhua) -- Kenya will hold a referendum in the next two months, officials said Thursday.', [['June 1', '2000-06-01'], ['the next two months', 'P2M', 'DURATION'], ['Thursday', '2000-06-01']]],
  ['The rains arrived in late May, two weeks later than usual.', [['late May', '2000-05', 'DATE', 'END'], ['two weeks', 'P2W', 'DURATION']]],
  ['Prices rose 4 percent in the past 12 months.', [['the past 12 months', 'P12M', 'DURATION']]],
  ['The summit is scheduled for mid-July.', [['mid-July', '2000-07', 'DATE', 'MID']]],
  ['The ceasefire took effect at midnight on Wednesday.', [['midnight', '2000-05-31T24:00', 'TIME'], ['Wednesday', '2000-05-31']]],
  ['The minister said the dam would be completed in 2003.', [['2003', '2003']]],
  ['Kenya\'s population has doubled since the 1970s.', [['the 1970s', '197']]],
  ['Hundreds of refugees crossed the border this week.', [['this week', '2000-W22']]],
  ['The flood hit the region on May 20. Four days later, aid arrived.', [['May 20', '2000-05-20'], ['Four days later', '2000-05-24']]],
]);

table('"ended the year": the period closing at the DCT, the one before when a new one has just begun', '1999-06-11', [
  ['The Dow closed the week at 9,500.', [['the week', '1999-W23']]],
  ['Copper prices ended the month lower.', [['the month', '1999-06']]],
  ['The winter of 1998-99 was the mildest on record; the summer of 1998 was the hottest.', [['The winter of 1998-99', '1998-WI'], ['the summer of 1998', '1998-SU']]],
]);

table('a range of lengths of time is two expressions, the first in the unit of the second; a stretch back or ahead stays one (DCT Tuesday 1998-05-05)', '1998-05-05', [
  ['The trial could last three to five years.', [['three', 'P3Y', 'DURATION'], ['five years', 'P5Y', 'DURATION']]],
  ['Repairs will take 10-12 days, the airline said.', [['10', 'P10D', 'DURATION'], ['12 days', 'P12D', 'DURATION']]],
  ['Sales have stagnated over the past two to three years.', [['the past two to three years', 'P2Y', 'DURATION']]],
]);

table('an APW story of Thursday 1998-09-10', '1998-09-10', [
  ['The House Judiciary Committee said it would decide by Monday whether to release the report.', [['Monday', '1998-09-14']]],
  ['Starr delivered his report to Congress on Wednesday.', [['Wednesday', '1998-09-09']]],
  ['The president will address the nation on Friday night.', [['Friday night', '1998-09-11TNI', 'TIME']]],
  ['Clinton spent Labor Day in Massachusetts.', [['Labor Day', '1998-09-07']]],
  ['Mark McGwire hit his 62nd home run Tuesday night.', [['Tuesday night', '1998-09-08TNI', 'TIME']]],
  ['The storm made landfall early Thursday and weakened by afternoon.', [['early Thursday', '1998-09-10', 'DATE', 'START'], ['afternoon', '1998-09-10TAF', 'TIME']]],
  ['Lawmakers return from their recess next week.', [['next week', '1998-W38']]],
  ['The Swissair jet crashed off Nova Scotia on Sept. 2, killing all 229 people on board. Investigators recovered the second flight recorder on Sunday.', [['Sept. 2', '1998-09-02'], ['Sunday', '1998-09-06']]],
  ['The market has lost 15 percent since mid-July.', [['mid-July', '1998-07', 'DATE', 'MID']]],
  ['The parliament rejected the nominee on Monday and faces a third vote within a week.', [['Monday', '1998-09-07'], ['a week', 'P1W', 'DURATION']]],
]);

table('an NYT story of Tuesday 2000-02-01', '2000-02-01', [
  ['Voters in New Hampshire go to the polls today.', [['today', '2000-02-01']]],
  ['McCain has campaigned in the state for months.', [['months', 'PXM', 'DURATION']]],
  ['The Iowa caucuses were held last Monday.', [['last Monday', '2000-01-24']]],
  ['The next primaries are on Feb. 19 in South Carolina.', [['Feb. 19', '2000-02-19']]],
  ['The Dow fell 289 points on Friday, its worst drop since October.', [['Friday', '2000-01-28'], ['October', '1999-10']]],
  ['The merger was announced on Jan. 10 and is expected to close by the end of the year.', [['Jan. 10', '2000-01-10'], ['the end of the year', '2000', 'DATE', 'END']]],
  ['The Super Bowl was played Sunday in Atlanta.', [['Sunday', '2000-01-30']]],
  ['Economic growth slowed in the fourth quarter, the Commerce Department said Friday.', [['the fourth quarter', '1999-Q4'], ['Friday', '2000-01-28']]],
  ['The Fed meets today and tomorrow.', [['today', '2000-02-01'], ['tomorrow', '2000-02-02']]],
  ['Unemployment has been below 5 percent for more than two years.', [['more than two years', 'P2Y', 'DURATION', 'MORE_THAN']]],
]);

table('a Xinhua story of Saturday 1998-12-19, filed the day before', '1998-12-19', [
  ['BAGHDAD, Dec. 18 (Xinhua) -- U.S. and British warplanes struck Iraq again on Friday night.', [['Dec. 18', '1998-12-18'], ['Friday night', '1998-12-18TNI', 'TIME']]],
  ['The air strikes began on Wednesday night.', [['Wednesday night', '1998-12-16TNI', 'TIME']]],
  ['The Chinese foreign ministry spokesman said here Thursday that China opposed the strikes.', [['Thursday', '1998-12-17']]],
  ['The Security Council met in emergency session on Wednesday evening.', [['Wednesday evening', '1998-12-16TEV', 'TIME']]],
  ['Oil prices rose 1 dollar a barrel this week.', [['this week', '1998-W51']]],
  ['The oil-for-food program was extended for six months in November.', [['six months', 'P6M', 'DURATION'], ['November', '1998-11']]],
  ['It was the largest attack on Iraq since the 1991 Gulf War.', [['1991', '1991']]],
  ['The strikes would continue until Iraq complied, Clinton said Wednesday night.', [['Wednesday night', '1998-12-16TNI', 'TIME']]],
]);

table('"last Monday" said on a Tuesday is last week\'s; a plain form after a singular noun is no present verb (DCT Tuesday 2000-02-01)', '2000-02-01', [
  ['We met last Friday.', [['last Friday', '2000-01-28']]],
  ['The House meets Monday.', [['Monday', '2000-02-07']]],
  ['The pitcher hit a home run Sunday night.', [['Sunday night', '2000-01-30TNI', 'TIME']]],
]);

table('an AP story of Friday 1999-04-23', '1999-04-23', [
  ['LITTLETON, Colo. (AP) -- The gunmen opened fire at about 11:20 a.m. Tuesday.', [['about 11:20 a.m. Tuesday', '1999-04-20T11:20', 'TIME', 'APPROX']]],
  ['The gunmen opened fire on Tuesday. By 4 p.m., police had found the bodies.', [['Tuesday', '1999-04-20'], ['4 p.m.', '1999-04-20T16:00', 'TIME']]],
  ['NATO marked its 50th anniversary in Washington on Friday.', [['Friday', '1999-04-23']]],
  ['The bombing campaign against Yugoslavia began March 24.', [['March 24', '1999-03-24']]],
  ['Refugees have poured into Macedonia for four weeks.', [['four weeks', 'P4W', 'DURATION']]],
  ['The school will reopen next month, officials said Thursday.', [['next month', '1999-05'], ['Thursday', '1999-04-22']]],
  ['It was the deadliest school shooting in U.S. history, surpassing a 1966 massacre in Texas.', [['1966', '1966']]],
  ['The funerals will begin on Saturday and continue through next week.', [['Saturday', '1999-04-24'], ['next week', '1999-W17']]],
  ['The two had planned the attack for a year.', [['a year', 'P1Y', 'DURATION']]],
]);

table('an APW story of Monday 2000-10-16', '2000-10-16', [
  ['ADEN, Yemen (AP) -- The USS Cole was attacked on Thursday as it refueled in the port.', [['Thursday', '2000-10-12']]],
  ['Investigators arrived in Aden on Friday.', [['Friday', '2000-10-13']]],
  ['The ship will be towed home in the coming weeks.', [['the coming weeks', 'PXW', 'DURATION']]],
  ['Oil prices hit a 10-year high last month.', [['10-year', 'P10Y', 'DURATION'], ['last month', '2000-09']]],
  ['The Middle East summit opens today in Sharm el-Sheikh.', [['today', '2000-10-16']]],
  ['Violence has killed more than 100 people since Sept. 28.', [['Sept. 28', '2000-09-28']]],
  ['Clinton will leave for Egypt tonight.', [['tonight', '2000-10-16TNI', 'TIME']]],
  ['The last such summit, in July, ended without agreement.', [['July', '2000-07']]],
  ['The Nobel Peace Prize will be announced Friday.', [['Friday', '2000-10-20']]],
  ['Sydney hosted the Summer Olympics, which ended Oct. 1.', [['Oct. 1', '2000-10-01']]],
]);

table('"ten years on": later, counted from the date told (DCT Wednesday 1998-03-04)', '1998-03-04', [
  ['The reactor was shut down in 1986. Ten years on, the area remains closed.', [['1986', '1986'], ['Ten years on', '1996']]],
  ['The war ended in 1975. Two decades later, the two countries restored ties.', [['1975', '1975'], ['Two decades later', '1995']]],
  ['Rebels worked two days on, two days off.', [['two days', 'P2D', 'DURATION'], ['two days', 'P2D', 'DURATION']]],
]);

table('a decade told counts on in decades (DCT Tuesday 1999-06-15)', '1999-06-15', [
  ['The program began in the 1970s and ended two decades later.', [['the 1970s', '197'], ['two decades later', '199']]],
  ['The economy grew in the late 1990s.', [['the late 1990s', '199', 'DATE', 'END']]],
  ['The dispute dates back to the 19th century.', [['the 19th century', '18']]],
]);

table('two days of a month before the noun they date, after a determiner (DCT Tuesday 1999-06-01)', '1999-06-01', [
  ['The June 3-4 summit was postponed.', [['June 3', '1999-06-03'], ['4', '1999-06-04']]],
  ['Leaders will meet in Cologne on June 18-20.', [['June 18', '1999-06-18'], ['20', '1999-06-20']]],
  // Without a determiner, a number before a noun counts it.
  ['On May 3 and 4 people died.', [['May 3', '1999-05-03']]],
]);

table('an APW story of Thursday 1999-03-25', '1999-03-25', [
  ['NATO launched airstrikes against Yugoslavia on Wednesday night after talks collapsed.', [['Wednesday night', '1999-03-24TNI', 'TIME']]],
  ['The envoy met the Yugoslav president in Belgrade on Monday and Tuesday but failed to win concessions.', [['Monday', '1999-03-22'], ['Tuesday', '1999-03-23']]],
  ['NATO officials said the strikes could continue through the weekend.', [['the weekend', '1999-W12-WE']]],
  ['Russia, which opposes the strikes, said Thursday it would send an envoy to Belgrade on Saturday.', [['Thursday', '1999-03-25'], ['Saturday', '1999-03-27']]],
  ['The Security Council will hold an emergency session Friday at Moscow\'s request.', [['Friday', '1999-03-26']]],
  ['Yugoslav forces launched an offensive in Kosovo last weekend, driving thousands from their homes.', [['last weekend', '1999-W11-WE']]],
  ['The Rambouillet talks broke down on March 19.', [['March 19', '1999-03-19']]],
  ['Clinton, speaking Wednesday from the Oval Office, said the goal was to deter further attacks.', [['Wednesday', '1999-03-24']]],
  ['The allies had threatened force since October, when Belgrade agreed to withdraw troops.', [['October', '1998-10']]],
  ['Serbian television said air raid sirens sounded again early Thursday.', [['early Thursday', '1999-03-25', 'DATE', 'START']]],
  ['Pentagon officials said they expected the campaign to last at least several days.', [['at least several days', 'PXD', 'DURATION', 'EQUAL_OR_MORE']]],
  ['The last NATO combat operation, in Bosnia in 1995, lasted two weeks.', [['1995', '1995'], ['two weeks', 'P2W', 'DURATION']]],
]);

table('an NYT story of Sunday 1999-08-29', '1999-08-29', [
  ['East Timorese will vote Monday in a referendum on independence.', [['Monday', '1999-08-30']]],
  ['Results are expected within a week.', [['a week', 'P1W', 'DURATION']]],
  ['Militiamen killed at least five people on Thursday.', [['Thursday', '1999-08-26']]],
  ['Indonesia invaded the former Portuguese colony in 1975 and annexed it the following year.', [['1975', '1975'], ['the following year', '1976']]],
  ['Campaigning ended on Friday.', [['Friday', '1999-08-27']]],
  ['The U.N. mission has been in the territory since June.', [['June', '1999-06']]],
  ['Hurricane Dennis is expected to reach the Carolinas by Monday.', [['Monday', '1999-08-30']]],
  ['The storm has been building strength since last Tuesday.', [['last Tuesday', '1999-08-24']]],
]);

table('a day of background with its year named anchors only its own sentence and the next (DCT Thursday 1999-03-25)', '1999-03-25', [
  ['The Gulf War began on Jan. 17, 1991. Iraqi forces have since rebuilt. Police said a car bomb exploded at 3 p.m., killing two people.', [['Jan. 17, 1991', '1991-01-17'], ['3 p.m.', '1999-03-25T15:00', 'TIME']]],
  ['On Jan. 17, 1991, allied planes struck Baghdad. At 3 a.m., the first bombs fell.', [['Jan. 17, 1991', '1991-01-17'], ['3 a.m.', '1991-01-17T03:00', 'TIME']]],
  // A day without a year is placed near the DCT by the text itself, and anchors the narrative that follows.
  ['The ferry sank on Jan. 3. Divers searched for days. Rescuers arrived the next morning. Two days later, divers found the wreck.', [['Jan. 3', '1999-01-03'], ['days', 'PXD', 'DURATION'], ['the next morning', '1999-01-04TMO', 'TIME'], ['Two days later', '1999-01-06']]],
]);

table('"this Sunday" is the one to come unless the sentence tells the past (DCT Monday 1999-10-04)', '1999-10-04', [
  ['This Sunday, the party will hold its congress.', [['This Sunday', '1999-10-10']]],
  ['This Sunday, the party held its congress.', [['This Sunday', '1999-10-03']]],
  ['Sunday\'s election gave the ruling party a majority.', [['Sunday', '1999-10-03']]],
  ['Austria\'s Oct. 3 election shook Europe.', [['Oct. 3', '1999-10-03']]],
]);

table('a verb in -s right after a relative pronoun is a present, looking ahead (DCT Wednesday 1999-10-06)', '1999-10-06', [
  ['The prime minister, who returns from Tokyo on Sunday, faces a confidence vote.', [['Sunday', '1999-10-10']]],
  ['The bill, which passed the House on Tuesday, goes to the Senate next.', [['Tuesday', '1999-10-05']]],
  ['Lawyers tried to work around Monday\'s decision.', [['Monday', '1999-10-04']]],
  ['Officials said Wednesday they would announce a decision Friday.', [['Wednesday', '1999-10-06'], ['Friday', '1999-10-08']]],
]);

table('"this holiday weekend", "the long weekend": a weekend named by what it holds (DCT Wednesday 1998-11-25)', '1998-11-25', [
  ['Millions of Americans will travel this holiday weekend.', [['this holiday weekend', '1998-W48-WE']]],
  ['Traffic deaths over the long weekend reached 500.', [['the long weekend', '1998-W47-WE']]],
  ['The parade will begin at 9 a.m. Thursday.', [['9 a.m. Thursday', '1998-11-26T09:00', 'TIME']]],
]);

table('frequencies and adjectives of length in wire copy (DCT Wednesday 1999-05-12)', '1999-05-12', [
  ['Officials meet on a weekly basis.', [['weekly', 'P1W', 'SET']]],
  ['The weekly magazine sold out.', []],
  ['Unions called a 24-hour general strike.', [['24-hour', 'PT24H', 'DURATION']]],
  ['The summit will be held every two years.', [['every two years', 'P2Y', 'SET']]],
  ['The commission meets twice a year.', [['twice a year', 'P1Y', 'SET']]],
]);

table('a past verb right before the "in" or "on" of a date places it behind, however far (DCT Wednesday 1998-12-02)', '1998-12-02', [
  ['Jordan retired in January.', [['January', '1998-01']]],
  ['The ban was lifted in January.', [['January', '1998-01']]],
  // Not a participle after a present or a future, which tells what is to come.
  ['Results are expected in January.', [['January', '1999-01']]],
  ['The bridge will be completed in January.', [['January', '1999-01']]],
  // A past verb further off may report a date to come.
  ['The company said it expected a loss in January.', [['January', '1999-01']]],
]);

table('names of movements and papers made of calendar words are no times (DCT Wednesday 1999-05-05)', '1999-05-05', [
  ['The May Fourth Movement began in 1919.', [['1919', '1919']]],
  ['Students marched on May Fourth.', [['May Fourth', '1999-05-04']]],
  ['Dawn, a Pakistani daily, reported the story.', []],
  ['The Beijing Youth Daily reported it.', []],
  ['The pills are taken twice daily.', [['twice daily', 'P1D', 'SET']]],
  ['In May Prime Minister Obuchi visited Washington.', [['May', '1999-05']]],
]);

table('a Xinhua story of Monday 2000-07-17, filed the day before', '2000-07-17', [
  ['BEIJING, July 16 (Xinhua) -- China\'s GDP grew 8.2 percent in the first half of this year, the State Statistical Bureau announced today. The growth rate was 0.9 percentage points higher than in the same period last year.', [['July 16', '2000-07-16'], ['the first half of this year', '2000-H1'], ['today', '2000-07-16'], ['the same period last year', '1999-H1']]],
  ['Retail sales in June rose 10.5 percent.', [['June', '2000-06']]],
  ['The country\'s foreign exchange reserves stood at 158 billion dollars at the end of June.', [['the end of June', '2000-06', 'DATE', 'END']]],
  ['The bureau predicted growth of 8 percent for the whole year.', [['the whole year', '2000']]],
  ['China will start its 10th Five-Year Plan next year.', [['next year', '2001']]],
  ['Floods along the Yangtze River killed 4,000 people in the summer of 1998.', [['the summer of 1998', '1998-SU']]],
  ['The central bank has cut interest rates seven times since May 1996.', [['May 1996', '1996-05']]],
]);

table('an NYT story of Friday 1998-02-13', '1998-02-13', [
  ['The Winter Olympics opened in Nagano last Saturday.', [['last Saturday', '1998-02-07']]],
  ['Tara Lipinski will skate on Friday night.', [['Friday night', '1998-02-13TNI', 'TIME']]],
  ['The Games end on Feb. 22.', [['Feb. 22', '1998-02-22']]],
  ['The last time Japan hosted the Winter Games was in 1972.', [['1972', '1972']]],
  ['Valentine\'s Day falls on Saturday this year.', [['Valentine\'s Day', '1998-02-14'], ['Saturday', '1998-02-14'], ['this year', '1998']]],
  ['Snowboarding made its Olympic debut this week.', [['this week', '1998-W07']]],
  ['The downhill, postponed three times because of weather, was finally held Wednesday.', [['Wednesday', '1998-02-11']]],
  ['Tickets for the closing ceremony sold out months ago.', [['months ago', 'PAST_REF']]],
]);

table('the day a report is told is no period it reports on (DCT Monday 2000-07-17)', '2000-07-17', [
  ['The company said Tuesday that profit in the quarter ended June 30 rose from the same period last year.', [['Tuesday', '2000-07-11'], ['the quarter', '2000-Q2'], ['June 30', '2000-06-30'], ['the same period last year', '1999-Q2']]],
]);
