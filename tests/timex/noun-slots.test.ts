// A word the tagger calls a verb after an article or a figure is a noun, and gives a date no tense: "after a
// 0.5% jump in January" in a March story is this January. Invented sentences.
import { sentenceTable as table } from './timex-doc.js';

table('a noun after a figure sets no side of the DCT (DCT Wednesday 2025-03-12)', '2025-03-12', [
  ['Consumer prices rose 0.2% last month after a 0.5% jump in January, the bureau said.', [['last month', '2025-02'], ['January', '2025-01']]],
  ['Exports fell after a 3 percent rise in February.', [['February', '2025-02']]],
]);
