// A second round of wire stories of 1998-2000 in the manner of APW, NYT and Xinhua, invented for this test
// (none is taken from TimeBank or any other corpus). Each story's table was written, values from the TimeML
// 1.2.1 guideline and the conventions docs/time-expressions.md records, before the rules were run on it:
// a check of what carries to news the rules were not tuned on. The tables named after a mechanism hold
// sentences of a general fix made for a story's miss.
import { sentenceTable as table } from './timex-doc.js';

table('an APW story of Thursday 1998-03-12', '1998-03-12', [
  ['JERUSALEM (AP) -- Israeli troops shot and killed two Palestinians on Wednesday, the army said.', [['Wednesday', '1998-03-11']]],
  ['U.S. envoy Dennis Ross is expected to return to the region next week.', [['next week', '1998-W12']]],
  ['Violence has flared in recent weeks over a new Jewish settlement.', [['recent weeks', 'PXW', 'DURATION']]],
  ['Last month, the two sides agreed to resume security talks.', [['Last month', '1998-02']]],
  ['Palestinian leader Yasser Arafat will travel to Cairo on Sunday.', [['Sunday', '1998-03-15']]],
  ['The peace process has been stalled for a year.', [['a year', 'P1Y', 'DURATION']]],
  ['The army imposed a curfew on Hebron overnight.', [['overnight', '1998-03-11TNI', 'TIME']]],
  ['Troops sealed the town on March 2. Three days later, the curfew was lifted.', [['March 2', '1998-03-02'], ['Three days later', '1998-03-05']]],
  ["Israel's economy grew 2 percent in the first quarter of 1997.", [['the first quarter of 1997', '1997-Q1']]],
  ['Unemployment rose to 8 percent in February, up from 6.7 percent a year earlier.', [['February', '1998-02'], ['a year earlier', '1997-02']]],
]);

table('an NYT story of Sunday 1999-06-13', '1999-06-13', [
  ['Since 1995, the number of Internet users in the United States has tripled.', [['1995', '1995']]],
  ['The company plans to go public later this year.', [['later this year', '1999']]],
  ['Its shares have doubled over the past two years.', [['the past two years', 'P2Y', 'DURATION']]],
  ['Sales in the first quarter rose 40 percent.', [['the first quarter', '1999-Q1']]],
  ['Analysts expect profits to improve in the coming months.', [['the coming months', 'PXM', 'DURATION']]],
  ['The firm was founded in the 1980s by two engineers from Stanford.', [['the 1980s', '198']]],
  ['This spring, the Senate passed a bill to curb junk e-mail.', [['This spring', '1999-SP']]],
  ['Congress will take up the measure after the July 4 recess.', [['July 4', '1999-07-04']]],
  ['Earlier this month, Microsoft unveiled a new browser.', [['Earlier this month', '1999-06']]],
  ['The trial is scheduled to resume on Tuesday.', [['Tuesday', '1999-06-15']]],
  ['Jurors deliberated for six hours on Friday before reaching a verdict.', [['six hours', 'PT6H', 'DURATION'], ['Friday', '1999-06-11']]],
  ['The Yankees will face the Mets next weekend.', [['next weekend', '1999-W24-WE']]],
]);

table('a Xinhua story of Friday 2000-08-18, filed the day before', '2000-08-18', [
  ["BEIJING, August 17 (Xinhua) -- China's industrial output rose 11 percent in July over the same month last year, the State Statistics Bureau said today.",
    [['August 17', '2000-08-17'], ['July', '2000-07'], ['the same month last year', '1999-07'], ['today', '2000-08-17']]],
  ['In the first seven months of this year, exports totaled 130 billion U.S. dollars.', [['the first seven months', 'P7M', 'DURATION'], ['this year', '2000']]],
  ['The State Council will hold a meeting early next month to discuss flood control.', [['early next month', '2000-09', 'DATE', 'START']]],
  ['Floods along the Yangtze River have killed more than 300 people since June.', [['June', '2000-06']]],
  ['BEIJING, August 17 (Xinhua) -- Vice Premier Wen Jiabao inspected the dikes on Wednesday. The previous day, he had met local officials in Wuhan.',
    [['August 17', '2000-08-17'], ['Wednesday', '2000-08-16'], ['The previous day', '2000-08-15']]],
  ['China will launch its 10th Five-Year Plan next year.', [['next year', '2001']]],
  ['The Olympic torch relay will begin in the coming weeks.', [['the coming weeks', 'PXW', 'DURATION']]],
  ['The project, launched in 1998, will be completed by 2003.', [['1998', '1998'], ['2003', '2003']]],
]);

table('an APW story of Tuesday 1999-01-26', '1999-01-26', [
  ['NEW YORK (AP) -- Stocks closed higher Monday as investors bet on a strong earnings season.', [['Monday', '1999-01-25']]],
  ['The Dow Jones industrial average rose 1.2 percent last week.', [['last week', '1999-W03']]],
  ['The Federal Reserve is scheduled to meet next Tuesday.', [['next Tuesday', '1999-02-02']]],
  ['Interest rates have not changed since November.', [['November', '1998-11']]],
  ['The economy grew 5.6 percent in the fourth quarter; a year earlier, growth was 3.8 percent.', [['the fourth quarter', '1998-Q4'], ['a year earlier', '1997-Q4']]],
  ['The blizzard dumped two feet of snow on Chicago over the weekend.', [['the weekend', '1999-W03-WE']]],
  ["O'Hare airport closed on Saturday morning and reopened that night.", [['Saturday morning', '1999-01-23TMO', 'TIME'], ['that night', '1999-01-23TNI', 'TIME']]],
  ['The storm was the worst since 1967.', [['1967', '1967']]],
  ['Forecasters expect more snow later in the week.', [['the week', '1999-W04']]],
  ['President Clinton delivered his State of the Union address on Jan. 19.', [['Jan. 19', '1999-01-19']]],
  ['Senators could vote as early as next week.', [['next week', '1999-W05']]],
  ["The league's season ends in April, and the playoffs run through June.", [['April', '1999-04'], ['June', '1999-06']]],
]);

table('an NYT story of Wednesday 2000-11-08', '2000-11-08', [
  ['Voters went to the polls on Tuesday in the closest presidential race in decades.', [['Tuesday', '2000-11-07'], ['decades', 'PXE', 'DURATION']]],
  ['The results may not be known until next week.', [['next week', '2000-W46']]],
  ['Bush led in Florida by fewer than 2,000 votes early Wednesday.', [['early Wednesday', '2000-11-08', 'DATE', 'START']]],
  ['The Senate will be evenly split for the first time since 1881.', [['1881', '1881']]],
  ['Gore conceded at 2:30 a.m., then took back his concession an hour later.', [['2:30 a.m.', '2000-11-08T02:30', 'TIME'], ['an hour later', '2000-11-08T03:30', 'TIME']]],
  ['Turnout was the highest since the 1960s.', [['the 1960s', '196']]],
  ['The new Congress convenes in January.', [['January', '2001-01']]],
  ['Recounts in three counties could take days.', [['days', 'PXD', 'DURATION']]],
]);

// The round's one miss as written (49 of 50 right): "overnight" told in the past.
table('"overnight" told in the past is the night that ended on the day told or the DCT (DCT Thursday 1998-03-12)', '1998-03-12', [
  ['Rebels shelled the city overnight, killing five people.', [['overnight', '1998-03-11TNI', 'TIME']]],
  ['Overnight, the army withdrew from two villages.', [['Overnight', '1998-03-11TNI', 'TIME']]],
  ['Fuel prices will be raised overnight.', [['overnight', '1998-03-12TNI', 'TIME']]],
  ['Shares in Tokyo fell on Friday after overnight losses on Wall Street.', [['Friday', '1998-03-06'], ['overnight', '1998-03-05TNI', 'TIME']]],
]);
