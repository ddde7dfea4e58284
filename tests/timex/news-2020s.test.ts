// Sentences in the manner of 2020s news (markets, companies, politics, weather), written for this
// test: none is taken from any corpus. Each table is one family of forms; values as the TimeML
// 1.2.1 guideline writes them, against a story of Thursday 2025-06-12 unless a table says otherwise.
import { sentenceTable as table } from './timex-doc.js';

const DCT = '2025-06-12';

table('weekdays by the tense of the verb that governs them', DCT, [
  ['The Fed left rates unchanged on Wednesday.', [['Wednesday', '2025-06-11']]],
  ['The company will report earnings on Tuesday.', [['Tuesday', '2025-06-17']]],
  ['The index hit a record high on Monday.', [['Monday', '2025-06-09']]],
  ['The minister will travel to Brussels next Tuesday.', [['next Tuesday', '2025-06-17']]],
  ['Flights resumed on Saturday after a three-day suspension.', [['Saturday', '2025-06-07'], ['three-day', 'P3D', 'DURATION']]],
  // A clock time and the day joined to it share the verb before them ("expires ... on Friday" lies ahead).
  ['The offer expires at 5 p.m. ET on Friday.', [['5 p.m. ET', '2025-06-13T17:00', 'TIME'], ['Friday', '2025-06-13']]],
  ['The outage lasted about four hours on Tuesday morning.', [['about four hours', 'PT4H', 'DURATION', 'APPROX'], ['Tuesday morning', '2025-06-10TMO', 'TIME']]],
]);

table('weeks, months and years named from the publication date', DCT, [
  ['Inflation data are due later this month.', [['later this month', '2025-06']]],
  ['The prime minister said earlier this week that talks had stalled.', [['earlier this week', '2025-W24']]],
  ['Storms battered the coast over the weekend.', [['the weekend', '2025-W23-WE']]],
  ['Lawmakers return from recess next week.', [['next week', '2025-W25']]],
  ['The chief executive stepped down last month.', [['last month', '2025-05']]],
  ['Shares are up 25% so far this year.', [['this year', '2025']]],
  ['The startup was valued at $2 billion late last year.', [['late last year', '2024', 'DATE', 'END']]],
  ['The deal is expected to close by year-end.', [['year-end', '2025', 'DATE', 'END']]],
  ['The plant will be idle through the end of the month.', [['the end of the month', '2025-06', 'DATE', 'END']]],
  ['The vote is scheduled for the week of June 23.', [['the week of June 23', '2025-W26']]],
]);

table('months and parts of months without a year', DCT, [
  ['The tariffs took effect in mid-March.', [['mid-March', '2025-03', 'DATE', 'MID']]],
  ['The law takes effect on July 1.', [['July 1', '2025-07-01']]],
  ['The merger was first announced in January.', [['January', '2025-01']]],
  ['Exports rose 4.1% year-on-year in May.', [['May', '2025-05']]],
  // A range of months is two expressions, the second in the first's year or after it; a report "covers"
  // its months without putting them ahead.
  ['The report covers the period from January to April.', [['January', '2025-01'], ['April', '2025-04']]],
  ['Sales fell from November to February.', [['November', '2024-11'], ['February', '2025-02']]],
  ['Prices rose between March and May.', [['March', '2025-03'], ['May', '2025-05']]],
]);

table('quarters, halves and fiscal years', DCT, [
  ['The project was completed in the second quarter of 2024.', [['the second quarter of 2024', '2024-Q2']]],
  ['The economy grew at an annualized rate of 2.4% in the first quarter.', [['the first quarter', '2025-Q1']]],
  ['The chipmaker expects a recovery in Q3.', [['Q3', '2025-Q3']]],
  ['Revenue in H1 2025 beat forecasts.', [['H1 2025', '2025-H1']]],
  ['Revenue in its 2025 fiscal year rose 12%.', [['2025 fiscal year', '2025']]],
  ['Sales jumped 20% in the quarter ended March 31.', [['the quarter', '2025-Q1'], ['March 31', '2025-03-31']]],
  ['Sales have fallen for three straight quarters.', [['three straight quarters', 'P3Q', 'DURATION']]],
]);

table('years, spans of years and seasons', DCT, [
  ['Prices have doubled since 2019.', [['2019', '2019']]],
  ['Output fell each year from 2021 to 2023.', [['each year', 'P1Y', 'SET'], ['2021', '2021'], ['2023', '2023']]],
  ['The rule was adopted in late 2023.', [['late 2023', '2023', 'DATE', 'END']]],
  ['By mid-2026, the plant should be fully running.', [['mid-2026', '2026', 'DATE', 'MID']]],
  ['The contract runs until 2030.', [['2030', '2030']]],
  ['The festival returns this summer after a two-year hiatus.', [['this summer', '2025-SU'], ['two-year', 'P2Y', 'DURATION']]],
]);

table('lengths of time and vague stretches', DCT, [
  ['Home prices have risen 6% over the past 12 months.', [['the past 12 months', 'P12M', 'DURATION']]],
  ['More details will emerge in the coming weeks.', [['the coming weeks', 'PXW', 'DURATION']]],
  ['The cuts will be phased in over the next two years.', [['the next two years', 'P2Y', 'DURATION']]],
  ['Unemployment has stayed below 4% for more than two years.', [['more than two years', 'P2Y', 'DURATION', 'MORE_THAN']]],
  ['The company posted its first profit in five years.', [['five years', 'P5Y', 'DURATION']]],
  // A bond's term is its length.
  ['The yield on the 10-year bond rose to 4.5%.', [['10-year', 'P10Y', 'DURATION']]],
]);

table('"after next", "of the month", a holiday of a year named relatively, and the year before a quarter code', DCT, [
  ['The vote is set for the week after next.', [['the week after next', '2025-W26']]],
  ['The two leaders meet Friday after next.', [['Friday after next', '2025-06-20']]],
  ['Rents are due on the first Monday of the month.', [['the first Monday of the month', '2025-06-02']]],
  ['Toy sales at Christmas last year were weak.', [['Christmas last year', '2024-12-25']]],
  ['Orders in 2024Q4 rose 8%.', [['2024Q4', '2024-Q4']]],
]);

table('a range of weekdays: the second is the first such day after the first (DCT Thursday 2023-09-14)', '2023-09-14', [
  ['The forecast calls for rain Thursday night into Friday morning.', [['Thursday night', '2023-09-14TNI', 'TIME'], ['Friday morning', '2023-09-15TMO', 'TIME']]],
  ['Talks will run from Friday through Monday.', [['Friday', '2023-09-15'], ['Monday', '2023-09-18']]],
  ['The fair ran from Monday to Wednesday.', [['Monday', '2023-09-11'], ['Wednesday', '2023-09-13']]],
]);

table('"the new year" is the year whose start lies nearest (DCT Wednesday 2024-11-06)', '2024-11-06', [
  ['The Senate will convene in the new year.', [['the new year', '2025']]],
  // "the New Year" in title case is the holiday's name, January 1, which this rule leaves to the holidays'.
  ['Markets will close early before the New Year.', [['New Year', '2025-01-01']]],
]);

table('"next Thursday" is the Thursday of next week, even said on a Wednesday (DCT Wednesday 2025-06-11)', '2025-06-11', [
  ['Parliament will vote next Thursday.', [['next Thursday', '2025-06-19']]],
  ['The envoy arrives next Monday.', [['next Monday', '2025-06-16']]],
  // "this coming Thursday" is the first one ahead.
  ['Parliament will vote this coming Thursday.', [['this coming Thursday', '2025-06-12']]],
]);

table('a range of clock times that passes midnight ends on the next day (DCT Wednesday 2025-06-11)', '2025-06-11', [
  ['The curfew runs from 10 p.m. to 5 a.m.', [['10 p.m.', '2025-06-11T22:00', 'TIME'], ['5 a.m.', '2025-06-12T05:00', 'TIME']]],
  ['The store is open from 9 a.m. to 5 p.m.', [['9 a.m.', '2025-06-11T09:00', 'TIME'], ['5 p.m.', '2025-06-11T17:00', 'TIME']]],
]);

table('quarters and halves named by the month they end in, and "end-June" (DCT Wednesday 2025-08-20)', '2025-08-20', [
  ['Inflation eased in the June quarter.', [['the June quarter', '2025-Q2']]],
  ['Inflation peaked in the December quarter of 2022.', [['the December quarter of 2022', '2022-Q4']]],
  ['The deficit widened in the December half.', [['the December half', '2024-H2']]],
  ['Sales in the three months to end-June fell.', [['the three months', 'P3M', 'DURATION'], ['end-June', '2025-06', 'DATE', 'END']]],
  ['Rates will peak by end-2025.', [['end-2025', '2025', 'DATE', 'END']]],
  ['Revenue will rise in early Q4.', [['early Q4', '2025-Q4', 'DATE', 'START']]],
]);

table('how often, with an adverb of frequency: one SET with its count of times', DCT, [
  ['The paper is published twice weekly.', [['twice weekly', 'P1W', 'SET']]],
  ['Patients take the pill three times daily.', [['three times daily', 'P1D', 'SET']]],
]);

table('"Polls open", "Markets close": a verb spelt as an adjective, in the present, looks ahead (DCT Wednesday 2025-06-11)', '2025-06-11', [
  ['Polls open at noon Saturday.', [['noon Saturday', '2025-06-14T12:00', 'TIME']]],
  ['Markets close early Friday for the holiday.', [['early Friday', '2025-06-13', 'DATE', 'START']]],
  ['The store is open Monday.', [['Monday', '2025-06-16']]],
]);

table('"H1" without a year is the first half but in "an H1 visa" or "H2 blockers" (DCT Wednesday 1996-08-28)', '1996-08-28', [
  ['Cofinec plunges on H1 results.', [['H1', '1996-H1']]],
  ['H2 blockers reduce stomach acid.', []],
]);

// A day that dates an incident the story names by it ("the October 19 robbery") has happened, even near a
// year back (tense-words.ts, INCIDENT_NOUNS); a future verb keeps a bare day ahead.
table('the day of an incident named by it', '2026-09-24', [
  ['Police have charged four people over the October 19 robbery.', [['October 19', '2025-10-19']]],
  ['Prosecutors said the Oct. 12 attack was planned for months.', [['Oct. 12', '2025-10-12'], ['months', 'PXM', 'DURATION']]],
  ['The trial will open on October 19.', [['October 19', '2026-10-19']]],
]);

table('a date before the noun it qualifies, and a day told by a reporting verb other than "said"', DCT, [
  // "The" before a bare day and a month is the noun's ("the 3 May election"), before an ordinal the date's.
  ['Labor won the 3 May election, held on the 3rd of May.', [['3 May', '2025-05-03'], ['the 3rd of May', '2025-05-03']]],
  // A reporting verb's tense says when it was said, not when the budget falls.
  ['The chancellor will deliver her budget on 26 November, the Treasury confirmed on Wednesday.', [['26 November', '2025-11-26'], ['Wednesday', '2025-06-11']]],
  // A reporting verb with only phrases of prepositions between it and "on" and the day governs the day.
  ['The chain will cut 1,100 jobs, its chief executive said in a letter to employees on Monday.', [['Monday', '2025-06-09']]],
  ['Officials said the vote would be held on Monday.', [['Monday', '2025-06-16']]],
]);

table('"overnight" before a rate names the rate, no time', DCT, [
  ["Sri Lanka's central bank held its overnight policy rate at 7.75%.", []],
  ['The Fed kept its benchmark overnight borrowing cost unchanged.', []],
]);

table('a place\'s time after a clock reading', DCT, [
  // The place stays a name of its own (CoNLL marks it a place), and the day after the zone still anchors the time.
  ['The offer expires at 5 p.m. New York time on June 27.', [['5 p.m.', '2025-06-27T17:00', 'TIME'], ['June 27', '2025-06-27']]],
  ['At 4.50 a.m. Moscow time (0150 GMT) on Saturday, the strikes began.', [['4.50 a.m.', '2025-06-07T04:50', 'TIME'], ['0150 GMT', '2025-06-07T01:50', 'TIME'], ['Saturday', '2025-06-07']]],
]);

table('a round hundred of years before 2000 is a century, the 2000s a decade', DCT, [
  ['The company was founded in the late 1800s and grew in the early 1900s.', [['the late 1800s', '18', 'DATE', 'END'], ['the early 1900s', '19', 'DATE', 'START']]],
  ['Sales boomed in the 2000s and slumped in the 1980s.', [['the 2000s', '200'], ['the 1980s', '198']]],
]);

table('a word hyphened to the one before is no verb of the sentence', DCT, [
  // "gravity-assist" reads as a noun and a present verb: the past "performed" governs the date.
  ["NASA's probe performed a gravity-assist flyby of Mars on March 1.", [['March 1', '2025-03-01']]],
]);

table('an acronym spelt like a pronoun, and a verb of expectation the tagger reads as a noun', DCT, [
  // "WHO" names the organization: no relative clause opens there, and the past verb before it governs the month.
  ['The United States withdrew from the WHO in January.', [['January', '2025-01']]],
  ['Nvidia reported revenue of $46.7 billion, and forecast third-quarter sales of about $54 billion.', [['third-quarter', '2025-Q3']]],
]);

table('the size of a change after "up" or "down by" is no quarter of a year', DCT, [
  ['Ticket sales were down by a quarter compared with 2019.', [['2019', '2019']]],
]);

table('a verb of expectation before a period that qualifies a noun, and a quarter told to come', DCT, [
  // The tagger reads "forecast" as a noun after "the chipmaker"; the quarter it forecasts lies ahead.
  ['Shares rose after the chipmaker forecast third-quarter revenue of $54 billion.', [['third-quarter', '2025-Q3']]],
  // A quarter that ended months before is not what "will" speaks of; one just ended is still reported on.
  ['The company will open the plant in the fourth quarter.', [['the fourth quarter', '2025-Q4']]],
  ['The carmaker expects fourth-quarter deliveries to rise.', [['fourth-quarter', '2025-Q4']]],
  ['Sales fell in the fourth quarter.', [['the fourth quarter', '2024-Q4']]],
]);

table('a verb past a comma after a date belongs to another clause once one before it governs the date', DCT, [
  ['The junta said it would hold an election starting on Dec. 28, the first since the army seized power.', [['Dec. 28', '2025-12-28']]],
  ['The plant, which will close on March 1, employed 300 people.', [['March 1', '2026-03-01']]],
  ['On March 1, the plant closed.', [['March 1', '2025-03-01']]],
]);

table("a capitalised word of a name the tagger reads as a verb", DCT, [
  // "Act" of the law's name is no present verb: the past "fined" governs the month.
  ['The European Commission fined Apple 500 million euros under the Digital Markets Act in April.', [['April', '2025-04']]],
]);

table('a duration of three units', DCT, [
  ['She won the marathon in 2 hours, 9 minutes and 56 seconds.', [['2 hours, 9 minutes and 56 seconds', 'PT2H9M56S', 'DURATION']]],
]);

table('a month after "for" and a word of an arrangement lies ahead, whatever the tense', DCT, [
  ['Markets had priced in the first cut for September.', [['September', '2025-09']]],
  ['Talks were set for December.', [['December', '2025-12']]],
  // A month's figures or record are no arrangement.
  ['Sales for September rose 3%.', [['September', '2024-09']]],
  ['It was the hottest day on record for March.', [['March', '2025-03']]],
]);

table('a present of what is scheduled puts a date ahead however far', DCT, [
  ['The law takes effect on May 1.', [['May 1', '2026-05-01']]],
  ['The rules come into force on 1 May.', [['1 May', '2026-05-01']]],
  ['The permit expires March 31.', [['March 31', '2026-03-31']]],
  ['The law took effect on May 1.', [['May 1', '2025-05-01']]],
]);

table('"the quarter" after a report\'s day is the quarter told before it (Friday 2025-08-29)', '2025-08-29', [
  ['India\'s economy grew 7.8% in the April-June quarter, government data showed on Friday. Economists had forecast growth of 6.7% for the quarter.',
    [['the April-June quarter', '2025-Q2'], ['Friday', '2025-08-29'], ['the quarter', '2025-Q2']]],
]);

table('a clock time told later in the text is a TIME, and a time zone of the region stays in its span', DCT, [
  ['Markets in Tokyo closed at 3 p.m. JST, and European trading opened an hour later.', [['3 p.m. JST', '2025-06-12T15:00', 'TIME'], ['an hour later', '2025-06-12T16:00', 'TIME']]],
  ['The speech is at 9 p.m. IST.', [['9 p.m. IST', '2025-06-12T21:00', 'TIME']]],
]);

table('a state in force until a day puts the day ahead, unless a past "be" tells of it', DCT, [
  ['Winds gusted overnight, forecasters said, with red-flag warnings in effect until 6 p.m. Friday.', [['overnight', '2025-06-11TNI', 'TIME'], ['6 p.m. Friday', '2025-06-13T18:00', 'TIME']]],
  ['The ban remains in place until Monday, officials said.', [['Monday', '2025-06-16']]],
  ['The curfew was in effect until Monday, police said.', [['Monday', '2025-06-09']]],
]);

table('a club with a plural fixture verb the tagger reads as a noun plays on the day ahead', DCT, [
  ['Arsenal host Manchester United at the Emirates on Sunday.', [['Sunday', '2025-06-15']]],
  ['Liverpool visit Everton on Saturday.', [['Saturday', '2025-06-14']]],
  ['The host nation lost on Sunday.', [['Sunday', '2025-06-08']]],
]);

table('a comparison\'s baseline is told before, and what is given odds is to come', '2025-06-18', [
  ['Seven officials projected no cuts this year, up from four in March.', [['this year', '2025'], ['March', '2025-03']]],
  ['Inflation is expected to be 3.1%, versus 2.8% in the March projections.', [['March', '2025-03']]],
  ['Futures priced in a roughly 60% chance of a cut in September.', [['September', '2025-09']]],
  ['Traders increased bets on a hike in July.', [['July', '2025-07']]],
]);

table('a span after an amount and a preposition is a time, not the amount\'s rate', DCT, [
  ['The bill costs $3.4 trillion over a decade.', [['a decade', 'P10Y', 'DURATION']]],
  ['The fund earns 5% a year in fees.', []],
]);

table('a reporting verb governs a day after its phrases of prepositions, before the clause "that" opens (Saturday 2025-06-14)', '2025-06-14', [
  ['The CFO said on a call Thursday that deliveries will rise.', [['Thursday', '2025-06-12']]],
  ['The company said in a call on Thursday that sales will rise.', [['Thursday', '2025-06-12']]],
  ['Deliveries will set the tone, the CFO said on a call Thursday night.', [['Thursday night', '2025-06-12TNI', 'TIME']]],
  ['The company said in a statement that it will close Thursday.', [['Thursday', '2025-06-19']]],
]);

table('a future told in a sentence that dates its telling looks ahead from that date (Tuesday 2025-08-12)', '2025-08-12', [
  ['Nvidia had warned in May that the curbs would cost it $8 billion in July.', [['May', '2025-05'], ['July', '2025-07']]],
  ['The company said in March that it would open the plant in June.', [['March', '2025-03'], ['June', '2025-06']]],
  ['He said the talks would resume in September.', [['September', '2025-09']]],
  ['She will visit Tokyo in July.', [['July', '2026-07']]],
]);

table('a market\'s close on a day marks a figure: a clock time told after it is on the story\'s day (Thursday 2025-11-20)', '2025-11-20', [
  ['Futures rose after the S&P 500 ended Wednesday up 0.4%. Brent gained 42 cents by 0330 GMT.', [['Wednesday', '2025-11-19'], ['0330 GMT', '2025-11-20T03:30', 'TIME']]],
  ['The gunman fled on Wednesday. Police caught him at 0330 GMT.', [['Wednesday', '2025-11-19'], ['0330 GMT', '2025-11-19T03:30', 'TIME']]],
]);

table('a verb spelt alike in past and present is past after a singular subject (Tuesday 2025-10-14)', '2025-10-14', [
  ['The government cut the tax on hundreds of items from Sept. 22, which economists expect to ease prices.', [['Sept. 22', '2025-09-22']]],
]);

table('a clock time in GMT in a paragraph after the one that told a day is on the story\'s day (Tuesday 2025-10-14)', '2025-10-14', [
  ['The bank cut rates on Oct. 1.\n\nThe rupee was at 88.77 per dollar at 0615 GMT.', [['Oct. 1', '2025-10-01'], ['0615 GMT', '2025-10-14T06:15', 'TIME']]],
  ['The bank cut rates on Oct. 1. The rupee was at 88.77 per dollar at 0615 GMT.', [['Oct. 1', '2025-10-01'], ['0615 GMT', '2025-10-01T06:15', 'TIME']]],
]);

table('a baseline opened after the expression is no verb of its clause (Wednesday 2025-11-19)', '2025-11-19', [
  ['The company expects revenue of $65 billion, plus or minus 2%, for the quarter ending in January, compared with an estimate of $61.66 billion.', [['the quarter', '2026-Q1'], ['January', '2026-01']]],
]);

table('a verb that sides the expression does so over its object (Thursday 2025-11-27)', '2025-11-27', [
  ['The guideline follows the WHO\'s decision in September to add the drugs.', [['September', '2025-09']]],
]);

table('a day ahead told before leaves "the year" the story\'s (Wednesday 2025-11-12)', '2025-11-12', [
  ['The measure funds the government through Jan. 30. Subsidies expire at the end of the year.', [['Jan. 30', '2026-01-30'], ['the end of the year', '2025', 'DATE', 'END']]],
]);

table('a game\'s clock is no time of day (Friday 2025-11-28)', '2025-11-28', [
  ['Butker kicked a field goal with 1:52 left, and Kelce scored with 4:12 remaining.', []],
  ['McDavid scored 4:27 into the third period, and Draisaitl 0:45 into overtime.', []],
  ['The meeting starts at 10:30 tomorrow.', [['10:30 tomorrow', '2025-11-29T10:30', 'TIME']]],
]);

table('a past form the tagger reads as a noun before a determiner is its clause\'s verb (Monday 2025-11-17)', '2025-11-17', [
  ['Kast and Jara will face each other after neither won a majority in Sunday\'s first round.', [['Sunday', '2025-11-16']]],
  ['The won fell on Friday.', [['Friday', '2025-11-14']]],
]);

table('a second verb of one subject after "and" places the day (Tuesday 2025-07-08)', '2025-07-08', [
  ['Trump signed a declaration on Sunday and plans to visit Kerrville on Friday.', [['Sunday', '2025-07-06'], ['Friday', '2025-07-11']]],
  ['The council approved the budget and plans to cut spending in March.', [['March', '2025-03']]],
]);

table('a word after a possessive is a noun, and a verb read in a phrase after an article is its noun (Sunday 2025-11-16)', '2025-11-16', [
  ['Alcaraz, who had secured the ranking with his win over Musetti on Thursday, saved two set points.', [['Thursday', '2025-11-13']]],
  ['Hemedti said in a video address on Wednesday that violations would be investigated.', [['Wednesday', '2025-11-12']]],
]);

table('a date an arrangement is set for lies ahead, unless the arrangement is told undone (Friday 2025-10-10)', '2025-10-10', [
  ['The winner of a general election set for April 12 takes office in July.', [['April 12', '2026-04-12'], ['July', '2026-07']]],
  ['The president dissolved parliament and set a new election for March 5.', [['March 5', '2026-03-05']]],
  ['The vote, originally set for March 5, was delayed.', [['March 5', '2025-03-05']]],
]);

table('a cricketer\'s century is no period of time (Sunday 2025-11-02)', '2025-11-02', [
  ['Wolvaardt scored 101, her second century in a row, but her side were bowled out in 45.3 overs.', []],
]);

table('"following" with no determiner is "after", no part of a length of time (Sunday 2025-10-19)', '2025-10-19', [
  ['Dozens were killed following a week of fighting.', [['a week', 'P1W', 'DURATION']]],
  ['He stayed for the following two weeks.', [['the following two weeks', 'P2W', 'DURATION']]],
]);

table('a market\'s "after hours" is no length of time, and a plural\'s possessive ends one (Thursday 2025-11-06)', '2025-11-06', [
  ['Tesla shares fell 1% after hours.', []],
  ['After hours of talks, they agreed.', [['hours', 'PTXH', 'DURATION']]],
  ['Ohtani pitched on three days\' rest.', [['three days', 'P3D', 'DURATION']]],
]);

table('an offer to do a thing on a day looks ahead to it (Saturday 2025-07-26)', '2025-07-26', [
  ['Malaysia offered to host talks in Kuala Lumpur on Monday.', [['Monday', '2025-07-28']]],
  ['Two rival bidders extended their offers to acquire the company Friday.', [['Friday', '2025-07-25']]],
]);

table('a past offset counts back from the DCT, not from a period still to come (Thursday 2025-10-30)', '2025-10-30', [
  ['Markets see a cut by mid-2026. The Federal Reserve had cut its rate a day earlier.', [['mid-2026', '2026', 'DATE', 'MID'], ['a day earlier', '2025-10-29']]],
  ['He was arrested in 1997 and released two days later.', [['1997', '1997'], ['two days later', '1997']]],
]);

table('"would have" with an object looks ahead, and a participle between a preposition and its noun is no verb (Sunday 2025-11-23)', '2025-11-23', [
  ['Reid said Simmons would have an MRI on Monday.', [['Monday', '2025-11-24']]],
  ['He would have gone on Monday.', [['Monday', '2025-11-17']]],
  ['Wells said the commissioner would ask the platforms for data on removed accounts on Thursday.', [['Thursday', '2025-11-27']]],
]);

table('a player\'s injury or a rookie makes "the second half" a game\'s (Sunday 2025-11-23)', '2025-11-23', [
  ['Reid said rookie tackle Josh Simmons left in the second half with an ankle injury.', []],
  ['Haliburton tore his Achilles tendon in the first quarter and did not return.', []],
  ['Sales rose in the second half, the company said.', [['the second half', '2025-H2']]],
]);

table('days of the calendar named by their feast (Monday 2025-11-03)', '2025-11-03', [
  ['The mayor was shot during a Day of the Dead festival on Saturday night.', [['Day of the Dead', '2025-11-02'], ['Saturday night', '2025-11-01TNI', 'TIME']]],
  ['Crowds marched on Anzac Day.', [['Anzac Day', '2025-04-25']]],
]);

table('a month told more than a year back is no month a future or a deadline is told of (Monday 1998-07-13)', '1998-07-13', [
  ['Hashimoto, who took office in January 1996, said he took responsibility. The party is expected to choose a new leader by the end of the month.',
    [['January 1996', '1996-01'], ['the end of the month', '1998-07', 'DATE', 'END']]],
  ['Sales in March rose 5 percent. The company expects the month to be its best.', [['March', '1998-03'], ['the month', '1998-03']]],
]);

table('"a year earlier" after a report\'s day compares the quarter reported on (Thursday 2025-10-23)', '2025-10-23', [
  ['Tesla reported a 37% fall in third-quarter profit on Wednesday. Net income fell to $1.37 billion from $2.17 billion a year earlier.',
    [['third-quarter', '2025-Q3'], ['Wednesday', '2025-10-22'], ['a year earlier', '2024-Q3']]],
]);

table('a participle\'s aside before the main verb, and a clause a subordinating word opens after the date, place nothing (Thursday 2025-11-20)', '2025-11-20', [
  ['The moratorium, renewed every two years since it began, expires at the conference in Yaounde from March 26 to 29.',
    [['every two years', 'P2Y', 'SET'], ['March 26', '2026-03-26'], ['29', '2026-03-29']]],
  ['The storm was expected to become a major hurricane by Sunday as it crawled toward Jamaica.', [['Sunday', '2025-11-23']]],
  ['Smith, arrested on Monday, will appear in court on Friday.', [['Monday', '2025-11-17'], ['Friday', '2025-11-21']]],
]);

table('a participle between a figure and its noun qualifies it, no verb (Wednesday 2025-11-12)', '2025-11-12', [
  ['The bill funds most agencies through Jan. 30 and guarantees back pay for some 670,000 furloughed federal workers.', [['Jan. 30', '2026-01-30']]],
  ['The company released new figures on Monday.', [['Monday', '2025-11-10']]],
]);

table('a company\'s name in -s before a verb spelt alike in past and present, and a course held toward a date (Tuesday 2025-12-02)', '2025-12-02', [
  ['Moody\'s Ratings cut Chicago\'s credit rating to Baa3 in March.', [['March', '2025-03']]],
  ['General Motors cut jobs in March.', [['March', '2025-03']]],
  ['AstraZeneca said it remained on track to list its shares on the New York Stock Exchange in February.', [['February', '2026-02']]],
]);

table('a date told years before no future or deadline of a later sentence is counted from (Tuesday 2012-02-21)', '2012-02-21', [
  ['The IMF will contribute less than it did in the first rescue in May 2010. Greece must repay 14.5 billion euros of bonds on March 20.',
    [['May 2010', '2010-05'], ['March 20', '2012-03-20']]],
  ['The IMF warned in May that the curbs would cost $8 billion in July.', [['May', '2011-05'], ['July', '2011-07']]],
]);

table('a year told more than a year back is no year a deadline or a future is told of (Tuesday 1998-03-10)', '1998-03-10', [
  ['Iraq demanded that the sanctions imposed in August 1990 be lifted by the end of the year.',
    [['August 1990', '1990-08'], ['the end of the year', '1998', 'DATE', 'END']]],
  ['Sales fell in 1997. For the year, the company lost $5 million.', [['1997', '1997'], ['the year', '1997']]],
]);

table('a compound\'s noun or a preposition\'s object the tagger read as a verb governs no date (Wednesday 2014-07-09)', '2014-07-09', [
  ['Brazil, without the injured Neymar, plays in the third-place match on Saturday in Brasilia.', [['Saturday', '2014-07-12']]],
  ['She was spotted at a PrettyLittleThing launch in Manchester on Sunday.', [['Sunday', '2014-07-06']]],
  ['The singer, who flew in from her Eras Tour stop in Tokyo on Saturday, watched from a suite.', [['Saturday', '2014-07-05']]],
  ['Brazil plays Germany on Saturday.', [['Saturday', '2014-07-12']]],
]);

table('"follow" with no object before the date places nothing; "over the next decade" is a stretch (Thursday 2000-09-14)', '2000-09-14', [
  ['The Games close on Oct. 1, and the Paralympics follow from Oct. 18 to Oct. 29.', [['Oct. 1', '2000-10-01'], ['Oct. 18', '2000-10-18'], ['Oct. 29', '2000-10-29']]],
  ['The cut follows the bank\'s decision in August.', [['August', '2000-08']]],
  ['It plans to spend $1 billion over the next decade.', [['the next decade', 'P10Y', 'DURATION']]],
  ['Growth will slow in the next decade.', [['the next decade', '201']]],
  ['The family will attend a thanksgiving service at the cathedral.', []],
]);

table('what is prepared for lies ahead; a figure\'s noun after a verb and a compound\'s noun are no verbs (Wednesday 1998-09-09)', '1998-09-09', [
  ['He moved swiftly to prepare for his Jan. 20 inauguration.', [['Jan. 20', '1999-01-20']]],
  ['McGwire had 24 home runs by the end of May and 37 by the All-Star break in early July.',
    [['the end of May', '1998-05', 'DATE', 'END'], ['early July', '1998-07', 'DATE', 'START']]],
  ['Three teams play on Sunday.', [['Sunday', '1998-09-13']]],
]);

table('a vote\'s day in the possessive is no day the story moves to; companies\' plain present read as a noun (Friday 2024-07-05)', '2024-07-05', [
  ['Labour won Thursday\'s election. The king received the new prime minister shortly after 12:20 p.m.',
    [['Thursday', '2024-07-04'], ['12:20 p.m.', '2024-07-05T12:20', 'TIME']]],
  ['Microsoft and Meta report quarterly earnings on Wednesday.', [['Wednesday', '2024-07-10']]],
  ['A Reuters report on Wednesday said sales fell.', [['Wednesday', '2024-07-03']]],
]);

table('a race\'s or a lap\'s time is a length of time, not a clock reading (Sunday 2019-10-13)', '2019-10-13', [
  ['Kipchoge crossed the line in 1:59:40, beating the world record of 2:01:39.', [['1:59:40', 'PT1H59M40S', 'DURATION'], ['2:01:39', 'PT2H1M39S', 'DURATION']]],
  ['She won the final in 1:51.21 and set a lap of 1:24.128.', [['1:51.21', 'PT1M51.21S', 'DURATION'], ['1:24.128', 'PT1M24.128S', 'DURATION']]],
  ['He averaged 4:34 per mile.', [['4:34', 'PT4M34S', 'DURATION']]],
  ['The quake struck at 05:46:23 local time.', [['05:46:23 local time', '2019-10-13T05:46:23', 'TIME']]],
  ['The clock read 15:23:24.', [['15:23:24', '2019-10-13T15:23:24', 'TIME']]],
]);

table('a clock time stays on the day of the event told before the day of a report (Wednesday 1999-08-18)', '1999-08-18', [
  ['An earthquake struck Turkey before dawn Tuesday, officials said Wednesday. The quake hit at 3:02 a.m.',
    [['dawn Tuesday', '1999-08-17TMO', 'TIME'], ['Wednesday', '1999-08-18'], ['3:02 a.m.', '1999-08-17T03:02', 'TIME']]],
  ['The mayor won the election on Tuesday, according to unofficial results early Wednesday. Polls closed at 9 p.m.',
    [['Tuesday', '1999-08-17'], ['early Wednesday', '1999-08-18', 'DATE', 'START'], ['9 p.m.', '1999-08-17T21:00', 'TIME']]],
  ['A bomb exploded in a market, police said on Sunday. The blast at 9 a.m. killed five.', [['Sunday', '1999-08-15'], ['9 a.m.', '1999-08-15T09:00', 'TIME']]],
  ['Jets hit the towers on Tuesday morning. Flight 11 struck the north tower at 8:46 a.m.',
    [['Tuesday morning', '1999-08-17TMO', 'TIME'], ['8:46 a.m.', '1999-08-17T08:46', 'TIME']]],
]);

table('the New Year, cricket\'s one-day game, and days counted from a year told after a day (Monday 1996-12-30)', '1996-12-30', [
  ['Markets will stay closed until the New Year.', [['New Year', '1997-01-01']]],
  ['Pakistan won the one-day series, and a one-day tournament starts on Friday.', [['Friday', '1997-01-03']]],
  ['Workers held a one-day strike.', [['one-day', 'P1D', 'DURATION']]],
  ['The leaders met on Sunday night under the 1995 accord. A day earlier, a soldier opened fire.',
    [['Sunday night', '1996-12-29TNI', 'TIME'], ['1995', '1995'], ['A day earlier', '1996-12-28']]],
  ['He was arrested in 1997 and released a month later.', [['1997', '1997'], ['a month later', '1997']]],
]);

table('a month, a season or a decade of the year told before; a weekday before a rank (Tuesday 2010-05-04)', '2010-05-04', [
  ['He enlisted in 1941. That December, the Japanese attacked.', [['1941', '1941'], ['That December', '1941-12']]],
  ['The company was founded in 1962. By the end of that decade it had grown.', [['1962', '1962'], ['the end of that decade', '196', 'DATE', 'END']]],
  ['He said that May was cold.', [['May', '2010-05']]],
  ['Students marched on Friday, the 25th day of protests.', [['Friday', '2010-04-30']]],
]);

table('a side\'s fixture told in the present before "the" and its opponent, a weekday with its part of the day (Wednesday 1996-12-04)', '1996-12-04', [
  ['The Rockets host the Minnesota Timberwolves on Thursday night.', [['Thursday night', '1996-12-05TNI', 'TIME']]],
  ['Police searched the house on Thursday night.', [['Thursday night', '1996-11-28TNI', 'TIME']]],
]);

table('a month or a day "of that year" is of the year told before (Tuesday 2010-05-04)', '2010-05-04', [
  ['He was elected in 1980. In January of that year, he moved.', [['1980', '1980'], ['January of that year', '1980-01']]],
  ['He was elected in 1980. On Jan. 28 of that year, he moved.', [['1980', '1980'], ['Jan. 28 of that year', '1980-01-28']]],
]);

table('the verb of the subject after a day that opens the sentence governs it (Thursday 2012-03-08)', '2012-03-08', [
  ['On Monday he announced he would run for governor.', [['Monday', '2012-03-05']]],
  ['The company will open a plant on Monday, officials said.', [['Monday', '2012-03-12']]],
]);

table('a clock time is on no day that names an event or marks a figure (Wednesday 2024-09-11)', '2024-09-11', [
  ['Harris met Trump on Tuesday night. She pressed him over the Jan. 6 riot. The debate began at 9 p.m. EDT.',
    [['Tuesday night', '2024-09-10TNI', 'TIME'], ['Jan. 6', '2024-01-06'], ['9 p.m. EDT', '2024-09-10T21:00', 'TIME']]],
  ['Bonds fell on Wednesday. The yield rose to 4.1 percent from 3.9 percent on Tuesday.\n\nAt 10 a.m. EDT, the Dow was down.',
    [['Wednesday', '2024-09-11'], ['Tuesday', '2024-09-10'], ['10 a.m. EDT', '2024-09-11T10:00', 'TIME']]],
  ['Gold fell on Wednesday, down from $2,510 at Tuesday\'s afternoon fixing.\n\nBy 9:30 a.m. EDT it was at $2,490.',
    [['Wednesday', '2024-09-11'], ['Tuesday', '2024-09-10'], ['9:30 a.m. EDT', '2024-09-11T09:30', 'TIME']]],
]);

table('a dateline on a line of its own is the DCT, no day the story reached (Saturday 1997-01-11)', '1997-01-11', [
  ['SOFIA 1997-01-11\nProtesters trapped deputies inside parliament overnight.', [['1997-01-11', '1997-01-11'], ['overnight', '1997-01-10TNI', 'TIME']]],
  ['SOFIA 1997-01-11\nPolice arrested two men on Saturday. They were questioned overnight.',
    [['1997-01-11', '1997-01-11'], ['Saturday', '1997-01-11'], ['overnight', '1997-01-11TNI', 'TIME']]],
]);

table('a deadline given to act by lies ahead, whatever the tense of the giving (Wednesday 1999-12-08)', '1999-12-08', [
  ['Russia gave civilians until Saturday to leave the city.', [['Saturday', '1999-12-11']]],
  ['Troops held the town until Saturday.', [['Saturday', '1999-12-04']]],
]);

table('the same moment in another zone in brackets is the day that puts the two a few hours apart (Wednesday 1996-12-18)', '1996-12-18', [
  // told no day of its own, the local time is the evening before the wire's day in GMT
  ['Guerrillas burst into the gathering at about 8:20 p.m. (0120 GMT).', [['about 8:20 p.m.', '1996-12-17T20:20', 'TIME', 'APPROX'], ['0120 GMT', '1996-12-18T01:20', 'TIME']]],
  // told its day, the local time keeps it and the other moves
  ['Rebels seized the residence on Tuesday night. They burst in at 8:20 p.m. (0120 GMT).',
    [['Tuesday night', '1996-12-17TNI', 'TIME'], ['8:20 p.m.', '1996-12-17T20:20', 'TIME'], ['0120 GMT', '1996-12-18T01:20', 'TIME']]],
  ['Tokyo shares closed at 3 p.m. (0600 GMT).', [['3 p.m.', '1996-12-18T15:00', 'TIME'], ['0600 GMT', '1996-12-18T06:00', 'TIME']]],
]);

table('an hour before dawn told after an evening\'s is past that midnight (Wednesday 2024-12-04)', '2024-12-04', [
  ['Yoon declared martial law at 10:30 p.m. on Tuesday. Just after 1 a.m., lawmakers voted to lift it.',
    [['10:30 p.m.', '2024-12-03T22:30', 'TIME'], ['Tuesday', '2024-12-03'], ['1 a.m.', '2024-12-04T01:00', 'TIME']]],
  ['Police arrived at 3 a.m. on Tuesday.', [['3 a.m.', '2024-12-03T03:00', 'TIME'], ['Tuesday', '2024-12-03']]],
]);

table('a day that closes a period of accounts, or compares a figure a year back, is no day the story reached (Tuesday 1996-11-12)', '1996-11-12', [
  ['Profit rose in the six months to September 30, 1995. The announcement came at 3:30 p.m.',
    [['the six months', 'P6M', 'DURATION'], ['September 30, 1995', '1995-09-30'], ['3:30 p.m.', '1996-11-12T15:30', 'TIME']]],
]);

table('a reporting verb, its object and "in" before a month govern it as "said in" does (Wednesday 2025-10-29)', '2025-10-29', [
  ['Andy Jassy told staff in June that the company would cut jobs.', [['June', '2025-06']]],
  ['The company will cut jobs in June, Jassy told staff.', [['June', '2026-06']]],
]);

table('the day a period to now opens with, or a season back, is no day a clock time falls on (Monday 1996-12-23)', '1996-12-23', [
  ['Rates have stayed there since January 31. Bonds rose. The decision, announced at 2:20 p.m., was expected.',
    [['January 31', '1996-01-31'], ['2:20 p.m.', '1996-12-23T14:20', 'TIME']]],
  ['Murtaza Bhutto was shot dead on September 20. His widow leads a faction. In Karachi, gunmen killed five people in attacks overnight.',
    [['September 20', '1996-09-20'], ['overnight', '1996-12-22TNI', 'TIME']]],
  ['Net income for the period that ended June 28 rose. Sales fell. The call began at 5 p.m.',
    [['June 28', '1996-06-28'], ['5 p.m.', '1996-12-23T17:00', 'TIME']]],
]);

table('a clock time that opens a range is on the day of the one that closes it (Thursday 1996-12-19)', '1996-12-19', [
  ['Mortar fire was heard from 7 a.m. until midday on Tuesday.', [['7 a.m.', '1996-12-17T07:00', 'TIME'], ['midday', '1996-12-17TMI', 'TIME'], ['Tuesday', '1996-12-17']]],
  ['Fighting raged from 10 p.m. to 5 a.m. on Saturday.', [['10 p.m.', '1996-12-13T22:00', 'TIME'], ['5 a.m.', '1996-12-14T05:00', 'TIME'], ['Saturday', '1996-12-14']]],
  ['Shops were shut from midnight to 6 a.m. on Sunday.', [['midnight', '1996-12-15T00:00', 'TIME'], ['6 a.m.', '1996-12-15T06:00', 'TIME'], ['Sunday', '1996-12-15']]],
]);

table('a vague stretch from a day of the story is its length (Tuesday 2000-11-14)', '2000-11-14', [
  ['Villar was ousted as speaker minutes later.', [['minutes later', 'PTXM', 'DURATION']]],
  ['A few days later, the company announced lower earnings.', [['A few days later', 'PXD', 'DURATION']]],
]);

table('a verb after "and" is a second predicate\'s, not the tense of a day told before it (Tuesday 1996-12-10)', '1996-12-10', [
  ['The central bank cut its discount rate to 7.50 percent on October 23 and is expected to cut again in January.',
    [['October 23', '1996-10-23'], ['January', '1997-01']]],
  ['Gentz said the group would propose a dividend at the annual meeting in May but declined to give a figure.', [['May', '1997-05']]],
]);

table('a word the tagger read as a verb after a possessive is a noun (Saturday 2011-03-12)', '2011-03-12', [
  ['The earthquake struck off its northeast coast on Friday.', [['Friday', '2011-03-11']]],
]);

table('a clock time right after a day is on that day (Thursday 1996-12-19)', '1996-12-19', [
  ['Team principal Jean Todt said the new car would be unveiled at Maranello on January 7 at 11 a.m.',
    [['January 7', '1997-01-07'], ['11 a.m.', '1997-01-07T11:00', 'TIME']]],
]);

table('a fixture\'s verb the tagger read as a noun after a club\'s name (Monday 1996-12-02)', '1996-12-02', [
  ['Ajax travel to Groningen on Saturday.', [['Saturday', '1996-12-07']]],
]);

table('two months share the year written after the second, and a month "of last year" is one date (Tuesday 1996-12-10)', '1996-12-10', [
  ['Sales fell in November and December 1995.', [['November', '1995-11'], ['December 1995', '1995-12']]],
  ['It happened in July of last year.', [['July of last year', '1995-07']]],
]);

table('a day that names an event is the nearest, whatever the tense (Thursday 1996-12-12)', '1996-12-12', [
  ['An OSCE delegation is due in Belgrade on Friday to look into the November 17 run-off vote.', [['Friday', '1996-12-13'], ['November 17', '1996-11-17']]],
  ['Voters will go to the polls on November 5.', [['November 5', '1997-11-05']]],
]);

table('a day in a participle\'s clause that opens the sentence is as past as the main clause\'s verb (Wednesday 2019-01-23)', '2019-01-23', [
  ['Speaking to reporters on Tuesday, Smith said the plan would be ready next year.', [['Tuesday', '2019-01-22'], ['next year', '2020']]],
  ['Speaking at a rally on Monday night, the senator said he will run again.', [['Monday night', '2019-01-21TNI', 'TIME']]],
  ['Writing in the Times on Sunday, the minister said the deal would collapse.', [['Sunday', '2019-01-20']]],
  // The main clause's present leaves the day to the rest of the sentence, as before.
  ['Speaking on Friday, Smith says he will run.', [['Friday', '2019-01-25']]],
]);

table('past a day of background far from the DCT, a clock time is on the day the story opened with (Monday 2019-03-25)', '2019-03-25', [
  ['Attorney General William Barr told Congress on Sunday that the inquiry found no conspiracy. Democrats called for the full report. '
    + 'The investigation, which began on May 17, 2017, led to charges against 34 people. Trump called it a witch hunt for two years. '
    + 'The letter reached Capitol Hill at about 3:35 p.m.',
  [['Sunday', '2019-03-24'], ['May 17, 2017', '2017-05-17'], ['two years', 'P2Y', 'DURATION'], ['about 3:35 p.m.', '2019-03-24T15:35', 'TIME', 'APPROX']]],
  // "overnight" stays the night the wire tells of, before the DCT.
  ['ISLAMABAD 2019-03-25\nThe government said on Monday the vote would go ahead. Her brother was shot dead on September 20, 2018. '
    + 'The commission said 55 million voters were registered. In Karachi, gunmen killed five people overnight.',
  [['2019-03-25', '2019-03-25'], ['Monday', '2019-03-25'], ['September 20, 2018', '2018-09-20'], ['overnight', '2019-03-24TNI', 'TIME']]],
]);

table('an hour without a.m. or p.m. after an afternoon\'s on the same day is the afternoon\'s (Tuesday 1997-10-28)', '1997-10-28', [
  ['Trading was halted at 2:36 p.m. on Monday. When it resumed at 3:06, prices fell again.',
    [['2:36 p.m.', '1997-10-27T14:36', 'TIME'], ['Monday', '1997-10-27'], ['3:06', '1997-10-27T15:06', 'TIME']]],
  ['The vote ran past 10 p.m. on Monday. Just after 1 a.m., lawmakers went home.',
    [['10 p.m.', '1997-10-27T22:00', 'TIME'], ['Monday', '1997-10-27'], ['1 a.m.', '1997-10-28T01:00', 'TIME']]],
]);

table('one unit twice is two lengths; a present verb places a weekday ahead over a longer object (Monday 1996-12-09)', '1996-12-09', [
  ['Menendez and his wife received sentences of eight years and seven years, respectively.', [['eight years', 'P8Y', 'DURATION'], ['seven years', 'P7Y', 'DURATION']]],
  ['Gingrich faces a key meeting of the ethics panel on Thursday.', [['Thursday', '1996-12-12']]],
  // A month that far from its present verb is as often a figure's.
  ['The deal follows BP\'s $48 billion purchase of Amoco in August.', [['August', '1996-08']]],
]);

table('a preposition right after a relative pronoun is no verb of its clause (Thursday 1996-12-19)', '1996-12-19', [
  ['The court, which on Friday ordered his release, said nothing.', [['Friday', '1996-12-13']]],
  ['Talks that end Friday are crucial.', [['Friday', '1996-12-20']]],
]);

table('a weekday after its clock time is placed by the verb as the weekday alone is; a past verb keeps a day that names an event behind (Tuesday 1996-12-10)', '1996-12-10', [
  ['The opposition plans a rally at 5 p.m. on Wednesday.', [['5 p.m.', '1996-12-11T17:00', 'TIME'], ['Wednesday', '1996-12-11']]],
  ['The party had funded its campaign in the May 26 elections.', [['May 26', '1996-05-26']]],
  // With no past verb, a day that names an event is still the nearest.
  ['Officials said they would look into the May 26 run-off vote.', [['May 26', '1997-05-26']]],
]);

table('a time of day told sentences after a past day, past a day to come, is on the story\'s day (Wednesday 1996-12-11)', '1996-12-11', [
  ['Australian shares closed higher on Wednesday. The central bank cut its cash rate on November 6. '
    + 'Treasurer Peter Costello will release the budget review on December 19. Westpac rose 8 cents. The dollar was at 79.45 U.S. cents at 4.30 p.m.',
  [['Wednesday', '1996-12-11'], ['November 6', '1996-11-06'], ['December 19', '1996-12-19'], ['4.30 p.m.', '1996-12-11T16:30', 'TIME']]],
  // "that night" is the night of the day told before, however far back.
  ['Tyson and Holyfield will meet again, promoter Don King said on Tuesday. Holyfield stopped Tyson on November 9. '
    + 'King said the rematch would take place on May 3. "Mike was not himself that night," King said.',
  [['Tuesday', '1996-12-10'], ['November 9', '1996-11-09'], ['May 3', '1997-05-03'], ['that night', '1996-11-09TNI', 'TIME']]],
]);

table('a day in a clause "since" opens starts a period, no day the story reached (Thursday 1996-12-26)', '1996-12-26', [
  ['Police stopped the students on Thursday, the first time since the protest began 37 days ago. A cordon formed at around 1 p.m.',
    [['Thursday', '1996-12-26'], ['37 days ago', '1996-11-19'], ['around 1 p.m.', '1996-12-26T13:00', 'TIME', 'APPROX']]],
]);


table('a passive future keeps its tense past an adverb; a report to an object "in" a month keeps its own tense (Sunday 1999-04-18)', '1999-04-18', [
  ['The 88-story tower will be formally opened in August, an official said.', [['August', '1999-08']]],
  ['The bridge will be formally opened on Friday.', [['Friday', '1999-04-23']]],
  ['Governor Zhang Zhongwei told a provincial conference in January that Sichuan would return farmland to forest.', [['January', '1999-01']]],
]);

table('a day something was due by, told in the past, is the nearest (Thursday 2025-04-10)', '2025-04-10', [
  ['The budget was due April 1, and lawmakers missed it.', [['April 1', '2025-04-01']]],
  ['The report is due April 20.', [['April 20', '2025-04-20']]],
]);

table('a day told as background, in a past clause "which" or "who" opens or in a past perfect, leaves a clock time on the story\'s day (Friday 1998-08-28)', '1998-08-28', [
  ['Hong Kong shares rose on Friday. The intervention, which began on Aug. 14, has cost billions. Tsang told a press conference at 6 p.m.',
    [['Friday', '1998-08-28'], ['Aug. 14', '1998-08-14'], ['6 p.m.', '1998-08-28T18:00', 'TIME']]],
  ['Stocks closed at a record on Friday. The index had touched that level on March 16. Traders cheered when the bell rang at 4 p.m.',
    [['Friday', '1998-08-28'], ['March 16', '1998-03-16'], ['4 p.m.', '1998-08-28T16:00', 'TIME']]],
  // A day of the clause that opens the story is its day; one a present clause tells of is the story's next.
  ['The plane, which crashed on Tuesday, was carrying 100 people. It took off at 10 a.m.', [['Tuesday', '1998-08-25'], ['10 a.m.', '1998-08-25T10:00', 'TIME']]],
  ['The team was named on Friday for the Test, which starts on Sunday. Play starts at 10 a.m.', [['Friday', '1998-08-28'], ['Sunday', '1998-08-30'], ['10 a.m.', '1998-08-30T10:00', 'TIME']]],
]);

table('a verb after a name\'s own \'s is the name\'s, no passive (Friday 2013-07-05)', '2013-07-05', [
  ["Lloyd's said on Monday it would appeal.", [['Monday', '2013-07-01']]],
  ["Moody's said on Monday it would cut the rating.", [['Monday', '2013-07-01']]],
]);

table('a bond\'s maturity after "due" is a year, and a past form the tagger read as a noun after it the verb (Wednesday 2024-04-03)', '2024-04-03', [
  ["Senegal's bonds due 2033 rose 0.8 cents on Tuesday.", [['2033', '2033'], ['Tuesday', '2024-04-02']]],
  ['The notes due in 2030 fell 2 cents on Tuesday.', [['2030', '2030'], ['Tuesday', '2024-04-02']]],
]);

table('a rider\'s gap in minutes and seconds is a length of time, no clock reading (Sunday 1996-07-21)', '1996-07-21', [
  ['Zuelle finished second, 4:37 behind, and Riis was 1:10 adrift.', [['4:37', 'PT4M37S', 'DURATION'], ['1:10', 'PT1M10S', 'DURATION']]],
]);

table('what a signal tells of lies ahead; a date between an expectation\'s preposition and "that" is when it was told (Thursday 2018-10-11)', '2018-10-11', [
  ['The Fed signaled another rate hike in December.', [['December', '2018-12']]],
  ['The IMF predicted in April that growth would slow.', [['April', '2018-04']]],
  ['The company said it expected in December to close the deal.', [['December', '2018-12']]],
]);

table('the year of a noun told earlier in the clause is the year of a day after it (Sunday 1996-07-21)', '1996-07-21', [
  ['The 1997 Tour starts in Rouen on July 5.', [['1997', '1997'], ['July 5', '1997-07-05']]],
  // Not past a clause's end.
  ["The company's 1995 profit rose, and on March 5 it paid a dividend.", [['1995', '1995'], ['March 5', '1996-03-05']]],
]);

table('an event\'s plain present the tagger reads as a noun after its name looks ahead (Wednesday 1996-07-31)', '1996-07-31', [
  ['The Games end on Sunday.', [['Sunday', '1996-08-04']]],
]);

table('a midnight that ends a day makes the early hours after it the next day\'s, and a zone\'s reading in brackets with its own day places the clock time before it (Tuesday 1997-07-01)', '1997-07-01', [
  ['China resumed sovereignty at midnight on Monday. Patten left shortly after 12:45 a.m. (1645 GMT Monday).',
    [['midnight', '1997-06-30T24:00', 'TIME'], ['Monday', '1997-06-30'], ['12:45 a.m.', '1997-07-01T00:45', 'TIME'], ['1645 GMT Monday', '1997-06-30T16:45', 'TIME']]],
  // Not a clock time paired with the midnight before it, which opens the range on the day the range is on.
  ['Taiwan said missiles were fired on Monday between midnight and 2 a.m.', [['Monday', '1997-06-30'], ['midnight', '1997-06-30T00:00', 'TIME'], ['2 a.m.', '1997-06-30T02:00', 'TIME']]],
]);

table('a day weeks back told in the sentence before, or in a past perfect, holds no clock time of the story\'s week (Tuesday 1996-08-20)', '1996-08-20', [
  ['Costello unveiled the budget on Tuesday night. The fiscal year began on July 1. The dollar was quoted at 79.10 U.S. cents at 8 p.m.',
    [['Tuesday night', '1996-08-20TNI', 'TIME'], ['The fiscal year', '1996'], ['July 1', '1996-07-01'], ['8 p.m.', '1996-08-20T20:00', 'TIME']]],
  ['The father was charged on Monday night. He had been given the rifle as a Christmas present last year. He was booked into the jail shortly after 11 p.m.',
    [['Monday night', '1996-08-19TNI', 'TIME'], ['Christmas', '1995-12-25'], ['last year', '1995'], ['11 p.m.', '1996-08-19T23:00', 'TIME']]],
]);

table('a past "did" with its negation, a past arrangement, a day declared a holiday, a place after "follow" (Friday 2024-06-28)', '2024-06-28', [
  ['His lawyer did not return messages Thursday.', [['Thursday', '2024-06-27']]],
  ["The company didn't comment on Thursday.", [['Thursday', '2024-06-27']]],
  ['Sentencing was set for Sept. 11.', [['Sept. 11', '2024-09-11']]],
  ['The president declared Monday a national holiday.', [['Monday', '2024-07-01']]],
  ['The peace prize will follow in Oslo on Sunday.', [['Sunday', '2024-06-30']]],
  ['Hateley, re-signed from Rangers in March, played through injuries.', [['March', '2024-03']]],
]);

table('a rider\'s lead and a place in the standings at a gap are lengths of time (Tuesday 1997-07-15)', '1997-07-15', [
  ['Ullrich leads Virenque by 2:38 overall, with Olano third at 3:40.', [['2:38', 'PT2M38S', 'DURATION'], ['3:40', 'PT3M40S', 'DURATION']]],
  ['The stage starts at 3:40.', [['3:40', '1997-07-15T03:40', 'TIME']]],
]);

table('an hour without a.m. or p.m. right after a part of the day past noon is in it; one written with a leading zero is a 24-hour clock\'s (Thursday 1998-10-29)', '1998-10-29', [
  ['The shuttle lifted off this afternoon at 2:19.', [['this afternoon', '1998-10-29TAF', 'TIME'], ['2:19', '1998-10-29T14:19', 'TIME']]],
  ['At 16:15 he resigned. At 07:00 the prime minister had spoken.', [['16:15', '1998-10-29T16:15', 'TIME'], ['07:00', '1998-10-29T07:00', 'TIME']]],
]);

table('a smaller unit before a larger is a range\'s two ends; three units written without "and" are one length (Thursday 2024-08-01)', '2024-08-01', [
  ['The sentences ranged between six months and three years.', [['six months', 'P6M', 'DURATION'], ['three years', 'P3Y', 'DURATION']]],
  ['Riis finished in 95 hours 57 minutes 16 seconds.', [['95 hours 57 minutes 16 seconds', 'PT95H57M16S', 'DURATION']]],
  ['The deal will be open for signature from 22 April next year.', [['22 April next year', '2025-04-22']]],
]);

table('a reporting verb, its object and "during" before a date; a passive infinitive after its noun; the present verb after a noun\'s day (Saturday 2024-09-28)', '2024-09-28', [
  ["Aznar told deputies during Friday's debate that he would cut spending.", [['Friday', '2024-09-27']]],
  ['Ishiba will be elected at a session to be convened Tuesday.', [['Tuesday', '2024-10-01']]],
  ['A donor conference in London on Thursday hopes to raise $9 billion.', [['Thursday', '2024-10-03']]],
]);

table('Independence Day is the day of the nation named before it, the United States\' without one (Sunday 2024-08-18)', '2024-08-18', [
  ["Widodo led Indonesia's 79th Independence Day ceremony on Saturday.", [['Independence Day', '2024-08-17'], ['Saturday', '2024-08-17']]],
  ['Mexican Independence Day parades drew crowds.', [['Independence Day', '2024-09-16']]],
  ['Americans marked Independence Day with fireworks.', [['Independence Day', '2024-07-04']]],
  // Israel's follows the Hebrew calendar: Iyar 5 of 5784 fell on Monday, May 13, and was kept on the Tuesday.
  ["Israel's 76th Independence Day was marked with muted ceremonies.", [['Independence Day', '2024-05-14']]],
]);

table('a verb of putting off, holding or stopping with its object before "until" looks ahead, not a stay (Wednesday 2024-03-13)', '2024-03-13', [
  ['The court adjourned the hearing until Friday.', [['Friday', '2024-03-15']]],
  ['He was remanded in custody until Friday.', [['Friday', '2024-03-15']]],
  ['The railway suspended some high-speed trains until Monday.', [['Monday', '2024-03-18']]],
  ['The government imposed a curfew in the Western Province from noon until 5 a.m. on Thursday.', [['noon', '2024-03-13T12:00', 'TIME'], ['5 a.m.', '2024-03-14T05:00', 'TIME'], ['Thursday', '2024-03-14']]],
  // A clock time's "until" with no day is a stretch of one day.
  ['The airline suspended check-in at its city terminal from 2 p.m. until 6 p.m.', [['2 p.m.', '2024-03-13T14:00', 'TIME'], ['6 p.m.', '2024-03-13T18:00', 'TIME']]],
  ['Trading in the shares was suspended until Monday, the exchange said.', [['Monday', '2024-03-18']]],
  ['She stayed in Paris until Monday.', [['Monday', '2024-03-11']]],
  ["He extended his condolences to Friday's victims.", [['Friday', '2024-03-08']]],
]);

table('a present verb reaches a weekday over a long plain object, a span\'s participle after a comma and an infinitive after "certain"; a day in an opening phrase takes the main clause\'s present (Sunday 1997-01-12)', '1997-01-12', [
  ['Milan face Juventus in the first leg of the Italian Cup quarter-finals on Wednesday evening.', [['Wednesday evening', '1997-01-15TEV', 'TIME']]],
  ['The teams meet in three one-day internationals, starting at Old Trafford on Thursday.', [['Thursday', '1997-01-16']]],
  ['The match is certain to end in a draw on Thursday.', [['Thursday', '1997-01-16']]],
  ['In the final on Sunday evening, Sampras meets Moya.', [['Sunday evening', '1997-01-12TEV', 'TIME']]],
  ['In the final on Friday, Sampras beat Moya.', [['Friday', '1997-01-10']]],
  // "blew" is a past form, however far the day ("blew up ... near Dhahran late Tuesday").
  ['A truck blew up outside an apartment block housing U.S. Air Force personnel near Dhahran late Tuesday.', [['late Tuesday', '1997-01-07', 'DATE', 'END']]],
]);

table('a day declared a non-working day lies ahead; what cannot be done until a day waits for it (Wednesday 2020-04-15)', '2020-04-15', [
  ['The mayor declared Monday a non-working day.', [['Monday', '2020-04-20']]],
  ['Airlines that take the aid cannot lay off or cut the pay of workers until Sept. 30.', [['Sept. 30', '2020-09-30']]],
]);

table('an infinitive split by an adverb is no present verb, however near the day (Monday 2020-01-27)', '2020-01-27', [
  ['Eilish became the youngest to ever sweep the big four general field categories at the 2020 Grammy Awards on Sunday night.', [['2020', '2020'], ['Sunday night', '2020-01-26TNI', 'TIME']]],
]);

table('what an order keeps so until a day, a deadline put off to one, and what will not be done before one look ahead (Saturday 2003-10-25)', '2003-10-25', [
  ['A Moscow court ordered Khodorkovsky held until Dec. 30.', [['Dec. 30', '2003-12-30']]],
  ['He was held until Monday, when he was freed.', [['Monday', '2003-10-20']]],
  ['EU leaders granted a flexible extension of the deadline to March 31.', [['March 31', '2004-03-31']]],
  ['The admiral said relief wells would not be finished before August.', [['August', '2004-08']]],
]);

table('a past form right after a word in -s is its verb; a word ending "a" compound noun after a verb is no verb; what a thing follows is behind it (Wednesday 2020-10-21)', '2020-10-21', [
  ['Security forces shot protesters in Lagos on Tuesday night.', [['Tuesday night', '2020-10-20TNI', 'TIME']]],
  ['The president travels to Ohio on Friday.', [['Friday', '2020-10-23']]],
  ['Analysts expect a rate cut in March.', [['March', '2021-03']]],
  ['Police said a gunman opened fire on Tuesday.', [['Tuesday', '2020-10-20']]],
  ['It follows a half-point increase in July, the bank said.', [['July', '2020-07']]],
]);

table('a month in an opening phrase takes the main clause\'s past, not a clock time; a verb spelt alike in the past after a singular noun\'s "which" is past; two days declared days of observance lie ahead; a day set for a hearing is the nearest (Monday 2024-12-02)', '2024-12-02', [
  ['In August, the company announced it would cut roughly 15,000 jobs.', [['August', '2024-08']]],
  ['At around 4:30 a.m., Yoon announced that he would accept the demand.', [['around 4:30 a.m.', '2024-12-02T04:30', 'TIME', 'APPROX']]],
  ['The storm, which hit early Saturday, killed 22,000 people.', [['early Saturday', '2024-11-30', 'DATE', 'START']]],
  ['Talks that end Friday will decide.', [['Friday', '2024-12-06']]],
  ['He declared Thursday and Friday public holidays.', [['Thursday', '2024-12-05'], ['Friday', '2024-12-06']]],
  ['U.S. District Judge Lewis A. Kaplan set sentencing for March 28.', [['March 28', '2025-03-28']]],
]);

table('a clock time before a day with its part is on that day; a day paired to a day before it shares its tense (Sunday 2001-12-23)', '2001-12-23', [
  ['The final began at 7:30 p.m. on Saturday evening.', [['7:30 p.m.', '2001-12-22T19:30', 'TIME'], ['Saturday evening', '2001-12-22TEV', 'TIME']]],
  ['Banks will remain closed on Monday and Tuesday under a holiday decreed by the government.', [['Monday', '2001-12-24'], ['Tuesday', '2001-12-25']]],
  ['Talks were held on Thursday and Friday.', [['Thursday', '2001-12-20'], ['Friday', '2001-12-21']]],
]);

table('a quarter of a number of things is a share of them, not three months (Sunday 2010-06-20)', '2010-06-20', [
  ['A quarter of the 664 seats went to the opposition.', []],
]);

table('a year\'s last or final quarter is its fourth; "the last quarter" alone is the one before (Sunday 2010-06-20)', '2010-06-20', [
  ['Sales rose in the last quarter of 2009.', [['the last quarter of 2009', '2009-Q4']]],
  ['Sales rose in the final quarter of 2008.', [['the final quarter of 2008', '2008-Q4']]],
  ['Profit fell in the last quarter.', [['the last quarter', '2010-Q1']]],
]);

table('a year and two later figures after a hyphen are the first and last years of a span, not only a season; a dash typed as two hyphens ends a date (Wednesday 2023-07-12)', '2023-07-12', [
  ['Its share rose to 40% in 2018-22 from 33% in 2013-17.', [['2018', '2018'], ['22', '2022'], ['2013', '2013'], ['17', '2017']]],
  ['Many fled during the 1992-95 war.', [['1992', '1992'], ['95', '1995']]],
  ['BURBANK, Calif.--(BUSINESS WIRE)--Mar. 20, 2019-- The company completed the deal.', [['Mar. 20, 2019', '2019-03-20']]],
]);

table('a race\'s time or gap in short units is one duration; a record that stands at a time is one; the clock time of a clause of "when" after a day is on that day (Saturday 2011-07-23)', '2011-07-23', [
  ['Evans leads Schleck by 1min 34sec after covering the course in 55min 33sec.', [['1min 34sec', 'PT1M34S', 'DURATION'], ['55min 33sec', 'PT55M33S', 'DURATION']]],
  ['Radcliffe won in 2hr 15min 25sec, and Bolt ran 9.58sec.', [['2hr 15min 25sec', 'PT2H15M25S', 'DURATION'], ['9.58sec', 'PT9.58S', 'DURATION']]],
  ['He finished 3:20 back, and the record stands at 2:01:39.', [['3:20', 'PT3M20S', 'DURATION'], ['2:01:39', 'PT2H1M39S', 'DURATION']]],
  ['The 100m final and the 5s and 10s.', []],
  ['The agency said on Thursday it had sued him. It had accused him of misleading investors on July 7, when he posted at 12:48 p.m. that he had the money.',
    [['Thursday', '2011-07-21'], ['July 7', '2011-07-07'], ['12:48 p.m.', '2011-07-07T12:48', 'TIME']]],
]);

table('a contract\'s month before its market\'s place and its good lies ahead; the quarter a company ended is the one it reported; a baseline counted back is no period counted from (Thursday 2023-05-18)', '2023-05-18', [
  ['July Kansas City wheat futures closed down 14 cents on Thursday.', [['July', '2023-07'], ['Thursday', '2023-05-18']]],
  ['The company reported first-quarter revenue of $26.8 billion. It ended the quarter with $46.6 billion in cash.', [['first-quarter', '2023-Q1'], ['the quarter', '2023-Q1']]],
  ['Revenue for the first quarter rose 20% from a year ago and 4% from the previous quarter.', [['the first quarter', '2023-Q1'], ['a year ago', '2022-Q1'], ['the previous quarter', '2022-Q4']]],
]);

table('an event named by a day of a month told with its year is in that year; a year told before is no year a future is told of (Tuesday 2023-07-25)', '2023-07-25', [
  ['The March 2016 bombings killed 32 people. The March 22 attacks were the deadliest in the country\'s history.', [['March 2016', '2016-03'], ['March 22', '2016-03-22']]],
  ['Inflation eased in May from a peak in October, but economists expect it to climb back by the end of the year.', [['May', '2023-05'], ['October', '2022-10'], ['the end of the year', '2023', 'DATE', 'END']]],
]);

table('a verb\'s particle before "from" is no baseline; a forecast told after its pronoun happened on its day; "since" before a possessor\'s month looks back; "coming" before a length of time only after "the" (Tuesday 2020-05-19)', '2020-05-19', [
  ['Jack Ma will step down from his post on June 25.', [['June 25', '2020-06-25']]],
  ['The loss is worse than it projected in February, and the launch, expected in June, is late.', [['February', '2020-02'], ['June', '2020-06']]],
  ['The funds have drawn $32 billion since their January debut, and shares are up since the company\'s March listing.', [['January', '2020-01'], ['March', '2020-03']]],
  ['"Nobody saw this coming two weeks ago," he said. Prices will rise over the coming two weeks.', [['two weeks ago', '2020-W19'], ['the coming two weeks', 'P2W', 'DURATION']]],
]);

table('a weekday listed after another is the such day nearest it; a closing price is a past figure; a verb after "after" is another clause\'s (Wednesday 2016-11-09)', '2016-11-09', [
  ['ATMs were to remain closed on Wednesday and Thursday.', [['Wednesday', '2016-11-09'], ['Thursday', '2016-11-10']]],
  ['Following are statements made Friday and Thursday by the lawyer.', [['Friday', '2016-11-04'], ['Thursday', '2016-11-03']]],
  ['Rain fell between Saturday evening and Wednesday morning.', [['Saturday evening', '2016-11-05TEV', 'TIME'], ['Wednesday morning', '2016-11-09TMO', 'TIME']]],
  ['The buyer will pay $229 a share, a premium of 33% to the stock\'s closing price on Friday.', [['Friday', '2016-11-04']]],
  ['Households will pay more council tax from April after councillors voted through a budget.', [['April', '2017-04']]],
]);

table('a record\'s benchmark after a superlative\'s "since" is no period counted from; a baseline far back in its clause; "just over" qualifies a length (Thursday 2024-07-25)', '2024-07-25', [
  ['Profit was the highest since the third quarter of 2018. Sales grew 80 percent from the previous quarter.', [['the third quarter of 2018', '2018-Q3'], ['the previous quarter', '2024-Q2']]],
  ['Output fell to 8.5mn b/d, down from 9.7mn b/d in August, and would make the cut in full.', [['August', '2023-08']]],
  ['The attack lasted just over an hour.', [['just over an hour', 'PT1H', 'DURATION', 'MORE_THAN']]],
]);

table('a closing that lasts until or through a day ends ahead, but after a past "be" (Thursday 2011-02-03)', '2011-02-03', [
  ['Qantas has cancelled all flights until Friday.', [['Friday', '2011-02-04']]],
  ['Disney World closed its theme parks through Friday.', [['Friday', '2011-02-04']]],
  ['Schools were closed until Monday.', [['Monday', '2011-01-31']]],
]);

table('a range\'s end joined to its clock time comes after its opening day; "since" reaches the present unless a past perfect holds it; a name\'s \'s before a present is no "is" (Wednesday 2024-01-10)', '2024-01-10', [
  ['The union called the walkout from 2 a.m. on Wednesday until 6 p.m. on Friday.', [['2 a.m.', '2024-01-10T02:00', 'TIME'], ['Wednesday', '2024-01-10'], ['6 p.m.', '2024-01-12T18:00', 'TIME'], ['Friday', '2024-01-12']]],
  ['Schneider joined in 2017. The shares fell on Friday, taking their decline since the start of the year to 14%.', [['2017', '2017'], ['Friday', '2024-01-05'], ['the start of the year', '2024', 'DATE', 'START']]],
  ['Prices rose in 2017. Since the start of the year, they had doubled.', [['2017', '2017'], ['the start of the year', '2017', 'DATE', 'START']]],
  ['Sotheby\'s holds its contemporary art sale Thursday.', [['Thursday', '2024-01-11']]],
]);

table('a word in capitals is no verb; an aside between commas right before the date places nothing; a clock time\'s noun before its day; a forecast\'s date before "that"; a month alone goes on from a day told with its year (Tuesday 2015-07-14)', '2015-07-14', [
  ['In March, the CITES secretariat gave Mexico a deadline.', [['March', '2015-03']]],
  ['INPE will release its annual figures, considered more precise, in November.', [['November', '2015-11']]],
  ['The university had set a 2 p.m. deadline on Monday for protesters to leave.', [['2 p.m.', '2015-07-13T14:00', 'TIME'], ['Monday', '2015-07-13']]],
  ['Rightmove forecast in December that asking prices would fall.', [['December', '2014-12']]],
  ['The rig exploded on April 20, 2010, and the well was capped in September.', [['April 20, 2010', '2010-04-20'], ['September', '2010-09']]],
]);

table('a half of what "of" names, and a quarter of a name, are no time (Thursday 2022-05-19)', '2022-05-19', [
  ['On Monday, Sotheby\'s sold the second half of the collection.', [['Monday', '2022-05-16']]],
  ['UPS handles about a quarter of U.S. parcel volume.', []],
  ['Profit rose in the second half of 2021 and in the first half of last year.', [['the second half of 2021', '2021-H2'], ['the first half of last year', '2021-H1']]],
]);

table('a part of the day after "next" and a possessive qualifies the noun after it (Thursday 2022-05-19)', '2022-05-19', [
  ['Christie\'s said its next evening sale would be in November.', [['November', '2022-11']]],
  ['Christie\'s next evening sale is in November.', [['November', '2022-11']]],
]);

table('one quarter of a thing and a rate per quarter are no time; a date compared with places nothing; a month alone goes on from a month told with its year (Wednesday 2024-05-15)', '2024-05-15', [
  ['About a quarter of revenue comes from China, and three quarters of the year were lost.', [['three quarters', 'P3Q', 'DURATION'], ['the year', '2024']]],
  ['It burns $2 billion a quarter, and a quarter of staff left.', []],
  ['Two quarters of growth followed.', [['Two quarters', 'P2Q', 'DURATION']]],
  ['Retail sales fell 2% in April from March, after rising 1% the previous month.', [['April', '2024-04'], ['March', '2024-03'], ['the previous month', '2024-03']]],
  ['Two trials were halted in March 2019, but Biogen revived the application in October that year.', [['March 2019', '2019-03'], ['October', '2019-10'], ['that year', '2019']]],
]);

table('a day of a month told in the past next to a day told with its year long before the DCT is the one nearest it (Sunday 2024-04-07)', '2024-04-07', [
  ['The killing began on April 6, 1994. Ten Belgian peacekeepers were murdered on April 7.', [['April 6, 1994', '1994-04-06'], ['April 7', '1994-04-07']]],
  ['The accord was initialled on November 21, 1995 in Ohio. The presidents signed it in Paris on December 14.', [['November 21, 1995', '1995-11-21'], ['December 14', '1995-12-14']]],
  ['Saddam accepted the treaty he had rejected after the August 1988 cease-fire. Iran had condemned the invasion on March 2.', [['August 1988', '1988-08'], ['March 2', '2024-03-02']]],
]);

table('a length with a half written after a hyphen or as a sign (Friday 2025-07-11)', '2025-07-11', [
  ['He was jailed for 12-1/2 years, not 6½ years.', [['12-1/2 years', 'P12Y6M', 'DURATION'], ['6½ years', 'P6Y6M', 'DURATION']]],
]);

table('a quarter without a year told in the present, a schedule, is one to come (Thursday 2019-01-03)', '2019-01-03', [
  ['He will leave after the deal closes in the third quarter.', [['the third quarter', '2019-Q3']]],
  ['Profit fell in the third quarter.', [['the third quarter', '2018-Q3']]],
]);

table('"a year ago" counts from the DCT past a period still to end told before it (Thursday 2020-12-17)', '2020-12-17', [
  ['Russia is banned from the 2022 Winter Games. The sanction was imposed a year ago.', [['2022', '2022'], ['a year ago', '2019']]],
]);

table('a quotation\'s "today" or "tonight" is the day the story told its speaker on, a day of the week before the DCT (Wednesday 2025-11-05)', '2025-11-05', [
  ['Spanberger was elected governor on Tuesday. "Tonight, Virginia chose pragmatism," she told supporters.', [['Tuesday', '2025-11-04'], ['Tonight', '2025-11-04TNI', 'TIME']]],
  ['SpaceX caught the booster on Sunday. "Today was a great day," Musk said. Shares rose today, traders said.', [['Sunday', '2025-11-02'], ['Today', '2025-11-02'], ['today', '2025-11-05']]],
]);

table('"a year ago" compares with a period told before it only in a sentence of figures (Tuesday 2014-12-16)', '2014-12-16', [
  ['Oil fell sharply in June. The deputy governor said that a year ago he could not have imagined it.', [['June', '2014-06'], ['a year ago', '2013']]],
  ['Profit rose in the third quarter to $5 from $4 a year ago.', [['the third quarter', '2014-Q3'], ['a year ago', '2013-Q3']]],
]);

table('the day of a thing prepared for lies ahead of the speech (Monday 1998-09-28)', '1998-09-28', [
  ['Tietmeyer said the result would not affect preparations for the launch of the euro on January 1.', [['January 1', '1999-01-01']]],
]);

table('a day\'s closing price is past, in a sentence of what will be (Monday 2019-06-17)', '2019-06-17', [
  ['He will pay $57 a share, a premium of 61% to Friday\'s closing price.', [['Friday', '2019-06-14']]],
  ['The offer is a 30% premium to Friday\'s close.', [['Friday', '2019-06-14']]],
]);

table('a month ending its sentence is no verb before the next one\'s pronoun (Wednesday 2024-07-10)', '2024-07-10', [
  ['The breach was found in May. We think it was bad.', [['May', '2024-05']]],
  ['The breach was found in early May. "We will act," he said.', [['early May', '2024-05', 'DATE', 'START']]],
  ['May we come in?', []],
]);

table('a day given with a weekday that no year beside the story\'s fits is in the year told before (Thursday 2011-08-18)', '2011-08-18', [
  ['Salomon admitted the false bids in August 1991. On Sunday, Aug. 18, the Treasury barred it. Buffett testified the following month.',
    [['August 1991', '1991-08'], ['Sunday, Aug. 18', '1991-08-18'], ['the following month', '1991-09']]],
  ['The hearing is on Thursday, Aug. 25.', [['Thursday, Aug. 25', '2011-08-25']]],
]);

table('a plural noun after a name is no present verb where a verb follows the day past its adverbs (Monday 2015-07-06)', '2015-07-06', [
  ['Irish voters on Sunday overwhelmingly backed the plan.', [['Sunday', '2015-07-05']]],
  ['Apple plans on Sunday to unveil a phone.', [['Sunday', '2015-07-12']]],
]);

table('a month and its day with "that year" after them are in the year told before (Saturday 2025-02-01)', '2025-02-01', [
  ['The deal was signed in June 2023, but the deadline passed on Dec. 31 that year.',
    [['June 2023', '2023-06'], ['Dec. 31', '2023-12-31'], ['that year', '2023']]],
  ['The deadline passed on Dec. 31.', [['Dec. 31', '2024-12-31']]],
]);

table('a quarter after "by" and a qualifier is the size of a change, no stretch of time (Monday 2024-06-10)', '2024-06-10', [
  ['Latvia\'s economy shrank by nearly a quarter in 2009.', [['2009', '2009']]],
  ['The launch was delayed by a quarter.', [['a quarter', 'P1Q', 'DURATION']]],
]);

table('a future is told from a date of its sentence only within a year of the story (Monday 2023-09-18)', '2023-09-18', [
  ['He took office in December 2018 and will leave in March.', [['December 2018', '2018-12'], ['March', '2024-03']]],
  ['He warned in May that the curbs would cost billions in July.', [['May', '2023-05'], ['July', '2023-07']]],
]);

table('a past verb before its short object and a month did what it tells then (Monday 2024-07-01)', '2024-07-01', [
  ['Special Counsel Jack Smith charged Trump in August with conspiring to overturn the election.', [['August', '2023-08']]],
  ['Prosecutors charged him in August with fraud.', [['August', '2023-08']]],
  ['The company will hire Smith in August.', [['August', '2024-08']]],
]);

table('a year before 1600 only after a preposition of time and before no noun (Monday 2024-07-01)', '2024-07-01', [
  ['The church was built in 1066.', [['1066', '1066']]],
  ['It was built between 1483 and 1485.', [['1483', '1483'], ['1485', '1485']]],
  ['He died on August 22, 1485, at Bosworth.', [['August 22, 1485', '1485-08-22']]],
  ['Some 1450 troops and 1200 tanks were there.', []],
]);

table('a rate after "of" and its words, and a day after "starting" (Thursday 2025-04-03)', '2025-04-03', [
  ['The fund would pay 35,000 barrels of crude a day.', []],
  ['Production rose to 1.3 million barrels of oil equivalent a day.', []],
  ['The plan imposes a 10% baseline tariff on all imports starting Saturday.', [['Saturday', '2025-04-05']]],
]);

table('a half in a match report is the game\'s, whatever its sentence says (Sunday 2024-06-02)', '2024-06-02', [
  ['Dortmund had the better of the first half. Carvajal scored with a header, and the goal came after a penalty.', []],
  ['Profit rose in the first half. The company scored a record.', [['the first half', '2024-H1']]],
]);

table('a story told years later keeps to the last day told with its year where the DCT would put its past ahead (Sunday 2023-03-05)', '2023-03-05', [
  ['Protests began in Deraa on March 18, 2011. The council was set up in Istanbul in April.', [['March 18, 2011', '2011-03-18'], ['April', '2011-04']]],
  ['Catalonia held its referendum on October 1, 2017. Sanchez agreed to the amnesty in November.', [['October 1, 2017', '2017-10-01'], ['November', '2022-11']]],
  ['Thirteen years on, Fannie Mae remains under state control.', [['Thirteen years on', '2023']]],
  ['The plant exploded in 2011. Ten years on, the area remains closed.', [['2011', '2011'], ['Ten years on', '2021']]],
]);

table('minutes counted from the clock time told on the day before them (Monday 2019-03-11)', '2019-03-11', [
  ['The jet left Addis Ababa at 8:38 a.m. on Sunday and lost contact six minutes later.', [['8:38 a.m.', '2019-03-10T08:38', 'TIME'], ['Sunday', '2019-03-10'], ['six minutes later', '2019-03-10T08:44', 'TIME']]],
  ['The meeting was on Sunday. It ended two hours later.', [['Sunday', '2019-03-10'], ['two hours later', '2019-03-10']]],
]);

table('"buy now, pay later" is a kind of credit, no time (Thursday 2025-06-12)', '2025-06-12', [
  ['Shoppers increasingly use buy now, pay later plans from Klarna.', []],
  ['The buy-now-pay-later firm grew, and prices are rising now.', [['now', 'PRESENT_REF']]],
]);

table('what a forecast says is to come (Wednesday 2024-07-24)', '2024-07-24', [
  ['The storm is forecast to reach Fujian on Friday.', [['Friday', '2024-07-26']]],
  ['The storm was forecast to reach Fujian on Friday.', [['Friday', '2024-07-26']]],
]);

table('a ratio of times a year before a date is no frequency (Wednesday 2024-05-01)', '2024-05-01', [
  ['It cut its net leverage to 5.3 times from 7.3 times a year earlier.', [['a year earlier', '2023']]],
  ['The board meets three times a year.', [['three times a year', 'P1Y', 'SET']]],
]);

table('a day that opens the sentence is told by the verb after a name joined by "of" (Sunday 2024-09-15)', '2024-09-15', [
  ['On Thursday, the Bank of England announces its decision.', [['Thursday', '2024-09-19']]],
  ['In August, the Bank of England announced a cut.', [['August', '2024-08']]],
]);

table('a month of a statistic, or of a change by a figure that another follows, is gone (Sunday 2024-09-15)', '2024-09-15', [
  ['The department will publish August retail sales on Tuesday.', [['August', '2024-08'], ['Tuesday', '2024-09-17']]],
  ['Economists expect a 0.2% decline after a 1% jump in July.', [['July', '2024-07']]],
  ['The bank will decide after a meeting in July.', [['July', '2025-07']]],
  ['Retailers expect strong December sales.', [['December', '2024-12']]],
]);

table('a past verb reaches its month over a common object or a percentage (Tuesday 2013-12-03)', '2013-12-03', [
  ['He sold the house in January.', [['January', '2013-01']]],
  ['Prices rose 5% in January.', [['January', '2013-01']]],
  ['Prices rose 5 per cent in January.', [['January', '2013-01']]],
  ['He will sell the house in January.', [['January', '2014-01']]],
]);

table('a weekday\'s possessive after the same weekday told plainly is that day (Friday 2021-06-11)', '2021-06-11', [
  ['Hertz won approval on Thursday. Thursday\'s approval means equity holders will recover about $1.1 billion.', [['Thursday', '2021-06-10'], ['Thursday', '2021-06-10']]],
  ['The deal was signed on Monday. Next Monday\'s meeting will review it.', [['Monday', '2021-06-07'], ['Next Monday', '2021-06-14']]],
]);

table('the day a stretch imposed opens with is to come, as the day it closes with is (Thursday 2024-01-25)', '2024-01-25', [
  ['The National Weather Service has issued a blizzard warning from 7 p.m. Friday until 1 p.m. Sunday.', [['7 p.m. Friday', '2024-01-26T19:00', 'TIME'], ['1 p.m. Sunday', '2024-01-28T13:00', 'TIME']]],
]);

table('a weekday\'s abbreviation that is a word, after "the", is the word (Wednesday 2024-05-01)', '2024-05-01', [
  ['Clouds covered the Sun.', []],
  ['The match is on Sun., May 5.', [['Sun., May 5', '2024-05-05']]],
]);

table('a past verb reaches its month over its bare object (Tuesday 2019-09-03)', '2019-09-03', [
  ['Smith took office in October.', [['October', '2018-10']]],
  ['The bank will raise rates in October.', [['October', '2019-10']]],
]);

table('a span of geology or astronomy counts in millions and billions of years (Wednesday 2024-05-01)', '2024-05-01', [
  ['The animal lived about 67 million years ago.', [['about 67 million years ago', 'PAST_REF', 'DATE', 'APPROX']]],
  ['The exhibition traces 4.6 billion years of history.', [['4.6 billion years', 'P4600000000Y', 'DURATION']]],
]);

table('an office given is held from then on (Monday 2024-12-09)', '2024-12-09', [
  ['He was appointed to head the cabinet until March 1.', [['March 1', '2025-03-01']]],
]);

table('a past after "if" under "would" is a condition, no past (Thursday 2024-06-20)', '2024-06-20', [
  ['Labour said it would bring in a bill if it won power on July 4.', [['July 4', '2024-07-04']]],
  ['The party won power on July 4.', [['July 4', '2023-07-04']]],
]);

table('a past perfect after "if" is a condition the past failed (Friday 2017-10-27)', '2017-10-27', [
  ['The NHS could have prevented the attack that disrupted hospital trusts in England in May if it had followed the advice.', [['May', '2017-05']]],
]);

table('the coming weekend told on a weekday is that week\'s (Wednesday 2013-10-02)', '2013-10-02', [
  ['Hunts scheduled for the coming weekend were cancelled.', [['the coming weekend', '2013-W40-WE']]],
  ['Next weekend will be busy.', [['Next weekend', '2013-W41-WE']]],
]);

table('millions and billions before a singular unit are money or a count, no span of time (Friday 1996-08-30)', '1996-08-30', [
  ['The account moved to a C$ 1.15 billion second quarter surplus.', [['second quarter', '1996-Q2']]],
]);

table('a quarter or a half without its year takes the year of a date told before it in its sentence (Thursday 2024-12-05)', '2024-12-05', [
  ['In 2019, sales fell in the first half and rose in the second half.', [['2019', '2019'], ['the first half', '2019-H1'], ['the second half', '2019-H2']]],
  ['Output will not start until the third quarter of 2025, later than the first half it had targeted.', [['the third quarter of 2025', '2025-Q3'], ['the first half', '2025-H1']]],
  ['Profit in the third quarter of 2019 beat the second quarter.', [['the third quarter of 2019', '2019-Q3'], ['the second quarter', '2019-Q2']]],
  // alone, as before: the nearest by its last day
  ['Sales fell in the third quarter.', [['the third quarter', '2024-Q3']]],
]);
