// Which verb places a weekday or a month without a year: the one of its own clause and voice. Sentences
// written for this test, in the manner of news; values as the TimeML 1.2.1 guideline writes them.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';
import { sentenceTable as table } from './timex-doc.js';

// Thursday 2025-06-12: a past month lies before June, a future one after it.
const DCT = '2025-06-12';

table('a verb across a quotation mark speaks in another voice', DCT, [
  // The quotation's "would" does not put the dinner ahead; "said" places it.
  ['"Nobody believed we would get this far," the coach said at a dinner in March.', [['March', '2025-03']]],
  // Inside the quotation its own verbs place it.
  ['"We will meet again in September," she said.', [['September', '2025-09']]],
]);

table('a clause after the expression is another clause', DCT, [
  ['The mayor signed an agreement with the union in February that would cap fares.', [['February', '2025-02']]],
  ['The minister told a forum in Geneva in April, adding that the fund would double.', [['April', '2025-04']]],
  // A relative clause's own present verb, however far before the month, when no comma comes between.
  ['Sinner, who plays Spain\'s Carlos Alcaraz for the title in Turin in November, and Zverev also won their matches.', [['November', '2025-11']]],
  ['The Nikkei, which hit a record high in March, is expected to open lower.', [['March', '2025-03']]],
]);

table('the verb of a sentence a month opens', DCT, [
  ['In February the council announced that it would close two libraries.', [['February', '2025-02']]],
]);

table('a participle before a noun is no verb of the clause', DCT, [
  ['The exchange will publish updated position data on Tuesday.', [['Tuesday', '2025-06-17']]],
]);

table('what lies ahead, and a likelihood told in the present', DCT, [
  // "ahead of" reaches a month over a place's names and commas.
  ['Leaders urged faster cuts ahead of the climate summit in Belem, Brazil, in November.', [['November', '2025-11']]],
  ['The harvest failed again, and forecasters say the October rains are likely to be weak, which would deepen the crisis.', [['October', '2025-10']]],
]);

table('a headline drops the "is" of "is to": its plan lies ahead', DCT, [
  ['Rail workers to strike on Tuesday as pay talks stall', [['Tuesday', '2025-06-17']]],
  ['Miners to get pay rise from Monday', [['Monday', '2025-06-16']]],
  // Not in a sentence that ends as a sentence does, nor after a noun the sentence's own verb follows.
  ['Rail workers to strike on Tuesday as pay talks stall.', [['Tuesday', '2025-06-10']]],
  ['Plans to strike on Tuesday were dropped.', [['Tuesday', '2025-06-10']]],
]);

table('the month a report is of has ended, whatever the tense of its release', DCT, [
  ["May's labour force survey is due on Friday.", [['May', '2025-05'], ['Friday', '2025-06-13']]],
  ['The statistics office will publish April figures next week.', [['April', '2025-04'], ['next week', '2025-W25']]],
  // Not a month still to come.
  ['The August report will show whether hiring picked up.', [['August', '2025-08']]],
]);

// (A quarter as written, in the year of the day it ends on, as TimeBank writes a fiscal one.)
table('a day that closes a period of accounts is no day the story reached', '2023-11-03', [
  ['The company said on Thursday that sales were flat. Revenue for the fourth quarter, which ended on Sept. 30, fell 1%. On a call that began at 2 p.m. Pacific time, the finance chief said demand was steady.', [
    ['Thursday', '2023-11-02'], ['the fourth quarter', '2023-Q4'], ['Sept. 30', '2023-09-30'], ['2 p.m. Pacific time', '2023-11-02T14:00', 'TIME'],
  ]],
]);

table('an arrangement told in the present looks ahead', DCT, [
  ['The first three hostages are to be handed over on Sunday afternoon.', [['Sunday afternoon', '2025-06-15TAF', 'TIME']]],
  ['Another case, to be argued on Monday, asks whether hotels must list accessible rooms.', [['Monday', '2025-06-16']]],
  // A participle that opens a compound is no verb of the clause.
  ['The council is expected to hold closed-door consultations on Friday.', [['Friday', '2025-06-13']]],
  ['Who is to blame for Monday\'s crash remains unclear.', [['Monday', '2025-06-09']]],
]);

table('a relative clause that holds the date, then the verb of the subject it qualifies', DCT, [
  ['Passengers whose flights were cancelled on Tuesday are entitled to refunds.', [['Tuesday', '2025-06-10']]],
  ['A leaked draft that circulated in March would allow warships to dock.', [['March', '2025-03']]],
  // Not after a participle's phrase, which opens no clause: the verb after it governs.
  ['Ballots received by Tuesday will still be counted.', [['Tuesday', '2025-06-17']]],
]);

table("a side's fixture after what is said of it between commas lies ahead", DCT, [
  ['Arsenal, runners-up in each of the past three seasons, open at Manchester United on Sunday.', [['Sunday', '2025-06-15']]],
  ['Manchester City, who finished third, visit Wolverhampton Wanderers on Saturday evening.', [['Saturday evening', '2025-06-14TEV', 'TIME']]],
  // Not a verb of the clause between the commas.
  ['The Gunners, who lost on Sunday, face Chelsea on Wednesday.', [['Sunday', '2025-06-08'], ['Wednesday', '2025-06-18']]],
]);

table('a present in -s right after a plural name is its verb, not the head of a preposition\'s object', DCT, [
  ["The athletics programme at the Paris Games ends on Sunday with the marathon.", [['Sunday', '2025-06-15']]],
  ['The anniversary of the landings falls on Tuesday.', [['Tuesday', '2025-06-17']]],
]);

table('a past after "if" under an infinitive is a condition, no past', DCT, [
  ['The president threatened to add tariffs if Beijing did not withdraw its retaliation by Tuesday.', [['Tuesday', '2025-06-17']]],
]);

table('an infinitive after a verb of asking and its object looks ahead', DCT, [
  ['The index provider asked investors to send their views by 6 p.m. on Tuesday.', [['6 p.m.', '2025-06-17T18:00', 'TIME'], ['Tuesday', '2025-06-17']]],
  ['He urged residents in high-risk areas to leave before Saturday morning.', [['Saturday morning', '2025-06-14TMO', 'TIME']]],
]);

table('a participle in -ing set off by commas before the day is an aside: the main clause\'s verb places the day (DCT Thursday 2024-12-19)', '2024-12-19', [
  ['The board will publish its lists, including the names of students who achieved top marks, on Friday.', [['Friday', '2024-12-20']]],
  ['The agency released the figures, citing delays that will hit two plants, on Monday.', [['Monday', '2024-12-16']]],
  // So is a noun in apposition with "the" before the expression's preposition.
  ['The president is scheduled to speak at the memorial, the cliffs scaled by the Rangers, on Friday afternoon.', [['Friday afternoon', '2024-12-20TAF', 'TIME']]],
]);

table('a present verb before an aside places the day after it as if the aside were not there (DCT Thursday 2024-12-19)', '2024-12-19', [
  ['The prime minister faces a vote of no confidence, tabled by the opposition last week, on Tuesday.', [['last week', '2024-W50'], ['Tuesday', '2024-12-24']]],
  ['He faces a vote of no confidence, which the opposition tabled, on Tuesday.', [['Tuesday', '2024-12-24']]],
  ['The company reported a loss, which analysts had expected, on Tuesday.', [['Tuesday', '2024-12-17']]],
]);

table('a clause a comma closes before the reporting verb holds no verb of the expression after it (DCT Wednesday 2024-06-05)', '2024-06-05', [
  ['Asked how long the restrictions would last, an official told reporters on a call at 8 p.m. Tuesday.', [['8 p.m. Tuesday', '2024-06-04T20:00', 'TIME']]],
  ['The airline, which will report results later, said on Tuesday that fares rose.', [['Tuesday', '2024-06-04']]],
  // A comma after the reporting verb opens another clause, whose own verbs place what it tells.
  ['The crew will not return on the capsule, the agency said on Saturday, leaving them in orbit until February.', [['Saturday', '2024-06-01'], ['February', '2025-02']]],
]);

table('inside a relative clause set off by commas only its own verbs place the expression (DCT Thursday 2024-02-01)', '2024-02-01', [
  ['The talks, which began on Monday, ended without a deal.', [['Monday', '2024-01-29']]],
]);

describe('a relative clause set off by commas, its verb a present of what lasts', () => {
  it('is not placed by the past verb after its closing comma', () => {
    expect(readMentions('The prime minister, whose country holds the rotating presidency until the end of June, said the concerns were legitimate.', '2024-02-01')
      .filter((m) => m.type === 'DATE').map((m) => [m.text, m.value])).toEqual([['the end of June', '2024-06']]);
  });
});
