// Which verb places a weekday or a month without a year: the one of its own clause and voice. Sentences
// written for this test, in the manner of news; values as the TimeML 1.2.1 guideline writes them.
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
