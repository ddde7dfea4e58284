// Forms of 1996 Reuters wire copy that the time rules misread on the dev half of the eng.testa silver set
// (docs/time-expressions.md, "Reuters copy of 1996, a second body"). Every sentence is invented for this test in
// the style of that copy; none is taken from it. Values follow the TimeML 1.2.1 guideline.
import { describe, expect, it } from 'vitest';
import { sentenceTable as table, timexes } from './timex-doc.js';

table('a month before a traded good is its contract month, ahead of the trade (Friday 1996-08-30)', '1996-08-30', [
  ['October crude settled 30 cents firmer at $21.90 a barrel.', [['October', '1996-10']]],
  ['December T-bonds closed 12/32 lower after the jobs data.', [['December', '1996-12']]],
  ['March Eurodollars eased two basis points.', [['March', '1997-03']]],
  ['September heating oil ended 0.4 cent higher.', [['September', '1996-09']]],
  ['The December calendar spread narrowed by a tick.', [['December', '1996-12']]],
  ['July cotton was quoted unchanged in thin trade.', [['July', '1997-07']]],
  // Not next to the month, or a word with another sense: the month is the calendar's.
  ['Crude output fell sharply in July.', [['July', '1996-07']]],
  ['The minister recalled the October oil shock.', [['October', '1995-10']]],
  ['The July gold medal winner was feted.', [['July', '1996-07']]],
]);

table('a day written after a date of its month is in that date\'s year (Saturday 1996-08-31)', '1996-08-31', [
  ['The visitors travel to Oslo for first-round ties March 1-2.', [['March 1', '1997-03-01'], ['2', '1997-03-02']]],
  ['Norway hosts Iceland on March 1 and 2.', [['March 1', '1997-03-01'], ['2', '1997-03-02']]],
  ['The envoy will visit Warsaw on September 3 and 4.', [['September 3', '1996-09-03'], ['4', '1996-09-04']]],
  ['Talks were held in Geneva on August 3 and 4.', [['August 3', '1996-08-03'], ['4', '1996-08-04']]],
]);

table('a date a present "be" gives as a thing\'s day is to come (Saturday 1996-08-31)', '1996-08-31', [
  ['The semifinals are July 19-20.', [['July 19', '1997-07-19'], ['20', '1997-07-20']]],
  ['The final is on July 27.', [['July 27', '1997-07-27']]],
  // A past "be" keeps it behind.
  ['The final was on July 27.', [['July 27', '1996-07-27']]],
]);

table('a present progressive readies for the day to come, over its object (Friday 1996-08-30)', '1996-08-30', [
  ['Libyans are decorating their capital for celebrations on Sunday.', [['Sunday', '1996-09-01']]],
  // Not over another verb, nor over an incident.
  ['Workers are clearing the rubble that the storm left on Sunday.', [['Sunday', '1996-08-25']]],
  ['Investigators are still questioning witnesses about the brutal bombing on Sunday.', [['Sunday', '1996-08-25']]],
]);

table('a half or quarter whose figures are told is the calendar\'s nearest, whatever the tense (Wednesday 1996-08-28)', '1996-08-28', [
  ['The brewer will report first-half results on November 22.', [['first-half', '1996-H1'], ['November 22', '1996-11-22']]],
  ['The group will publish its results for the first half next week.', [['the first half', '1996-H1'], ['next week', '1996-W36']]],
  ['The airline will post a second-quarter loss.', [['second-quarter', '1996-Q2']]],
  ['Spending may be much slower in the third quarter than in the first half.', [['the third quarter', '1996-Q3'], ['the first half', '1996-H1']]],
  // Without figures or a comparison, a future looks ahead.
  ['Analysts say sales will recover in the first half.', [['the first half', '1997-H1']]],
]);

table('a present verb the tagger takes for a noun reaches its weekday over its object (Wednesday 1996-08-28)', '1996-08-28', [
  ['The president travels to Ohio on Friday.', [['Friday', '1996-08-30']]],
  // Not the object of a verb or of a preposition.
  ['Security forces killed four Moslem guerrillas on Tuesday.', [['Tuesday', '1996-08-27']]],
  ['The prisoners were handed over to Rwandan authorities on Tuesday.', [['Tuesday', '1996-08-27']]],
  ['Envoys met Egyptian, Qatari and Turkish mediators in Cairo on Tuesday.', [['Tuesday', '1996-08-27']]],
  ['Officials said the president travels to Ohio on Friday.', [['Friday', '1996-08-30']]],
]);

table('"would not ... until" a day looks ahead (Wednesday 1996-08-28)', '1996-08-28', [
  ['The minister said he would not be free until Monday.', [['Monday', '1996-09-02']]],
  ['The agency could not be reached on Monday.', [['Monday', '1996-08-26']]],
]);

table('a recent year before a singular noun names its year; a count is of a plural (Wednesday 1996-08-28)', '1996-08-28', [
  ['The retailer had 1995 revenue of $561 million.', [['1995', '1995']]],
  ['The field includes 1993 champion Tom Kite.', [['1993', '1993']]],
  ['The cabinet will send its draft to parliament with 1997 budget figures.', [['1997', '1997']]],
  ['About 1500 people marched through the capital.', []],
  ['The army sent 1200 troops.', []],
  ['Engineers laid 1800 km of wire.', []],
]);

describe('a schedule goes on from a day told with its year (Friday 1996-08-30)', () => {
  it('places the dates of an itinerary after "May 13 next year" in 1997', () => {
    const found = timexes('The touring side will arrive on May 13 next year, the board said on Friday.\nItinerary:\nMay 14 Practice at Lord\'s\nMay 17 v Northampton\nJuly 9 v Scotland', '1996-08-30')
      .map((t) => [t.text, t.value]);
    expect(found).toEqual([['May 13 next year', '1997-05-13'], ['Friday', '1996-08-30'], ['May 14', '1997-05-14'], ['May 17', '1997-05-17'], ['July 9', '1997-07-09']]);
  });
  it('leaves a date a verb places, and one after a day of the DCT\'s year, to the DCT', () => {
    const found = timexes('The tour ended on May 13, 1996, the board said on Friday.\nItinerary:\nMay 14 Practice at Lord\'s\nThe team arrived on May 10.', '1996-08-30')
      .map((t) => [t.text, t.value]);
    expect(found).toEqual([['May 13, 1996', '1996-05-13'], ['Friday', '1996-08-30'], ['May 14', '1996-05-14'], ['May 10', '1996-05-10']]);
  });
});

table('a day that marks a figure is no day the story moves to (Friday 1996-08-30)', '1996-08-30', [
  ["Bunds were down 0.20 from Thursday's settlement price. Bond futures held steady in late afternoon.", [['Thursday', '1996-08-29'], ['late afternoon', '1996-08-30TAF', 'TIME', 'END']]],
  ['December bonds broke through the July 30 low. The market was oversold. Earlier in the day, the Fed chairman spoke.', [['December', '1996-12'], ['July 30', '1996-07-30'], ['the day', '1996-08-30']]],
  // A day of the story still is: the night after an accident on it.
  ["A man died after an accident in Thursday's opening stage. He died during the night.", [['Thursday', '1996-08-29'], ['the night', '1996-08-29TNI', 'TIME']]],
]);

table('a past counted on from a report\'s day counts from the story told before it (Friday 1996-08-30)', '1996-08-30', [
  ['The winger joined Milan in 1992, newspapers reported on Friday. He was badly hurt in a crash the following year.', [['1992', '1992'], ['Friday', '1996-08-30'], ['the following year', '1993']]],
  // A future still counts from the report's day.
  ['The winger joined Milan in 1992, newspapers reported on Friday. He will retire the following year.', [['1992', '1992'], ['Friday', '1996-08-30'], ['the following year', '1997']]],
]);

table('a quarter of a rugby match is no quarter of the year (Saturday 1996-08-31)', '1996-08-31', [
  ['The visitors held a 32-8 lead going into the last quarter.', []],
  ['Two tries from the wing in the first quarter gave the hosts a 24-11 lead.', []],
  ['The scrum-half kicked two penalties in the second quarter.', []],
  // Without words of a game it is the year's.
  ['Profits fell in the last quarter.', [['the last quarter', '1996-Q2']]],
]);

table('a side picked for a game is picked ahead of it (Friday 1996-08-30)', '1996-08-30', [
  ["The manager on Friday announced the team to play Ireland in Saturday's qualifier.", [['Friday', '1996-08-30'], ['Saturday', '1996-08-31']]],
  ['The coach named his squad to face Wales on Saturday.', [['Saturday', '1996-08-31']]],
  // Not a side that did something first.
  ['Brazil became the first team to win the title on Sunday.', [['Sunday', '1996-08-25']]],
]);

table('the days of a fixture list are dates of what the line names (Friday 1996-08-30)', '1996-08-30', [
  ['Fixtures:\nOctober 14-16 v Kent (three days)', [['October 14', '1996-10-14'], ['16', '1996-10-16'], ['three days', 'P3D', 'DURATION']]],
  ['Fixtures:\nOctober 5-9 First test match (at Edgbaston)', [['October 5', '1996-10-05'], ['9', '1996-10-09']]],
  // A number that counts the noun after it is still none.
  ['On May 3 and 4 people died.', [['May 3', '1996-05-03']]],
]);

table('a season of what happens as a rule is any year\'s (Friday 1996-08-30)', '1996-08-30', [
  ['The two towns meet often, playing soccer in the summer and racing snow-scooters in the winter.', [['the summer', 'XXXX-SU'], ['the winter', 'XXXX-WI']]],
  ['Heating oil prices usually rise in the winter.', [['the winter', 'XXXX-WI']]],
  // Not without a word of frequency, nor ahead.
  ['The market was quiet in the summer.', [['the summer', '1996-SU']]],
  ['Prices will often rise this winter.', [['this winter', '1996-WI']]],
]);
