// A date with its year that sets the scene of a sentence ("In 2016, ...", "in the autumn of 2008, when ...")
// puts the days and months the sentence tells without a year in that year. Sentences written for this test;
// values as the TimeML 1.2.1 guideline writes them, against a story of Thursday 2025-06-12.
import { sentenceTable as table } from './timex-doc.js';

const DCT = '2025-06-12';

table('a year that opens the sentence', DCT, [
  ['In 2016, a wildfire that began on May 3 forced the town to evacuate.', [['2016', '2016'], ['May 3', '2016-05-03']]],
  ['In 2018, after weeks of talks, the union signed the deal on Aug. 9.', [['2018', '2018'], ['weeks', 'PXW', 'DURATION'], ['Aug. 9', '2018-08-09']]],
  // After "In" alone, with no comma, before the clause it opens; not before a noun the year qualifies.
  ['In 1998 in Paris she won the final on June 12 in three sets.', [['1998', '1998'], ['June 12', '1998-06-12']]],
  ['In 2019 dollars the bill would have been lower in March.', [['2019', '2019'], ['March', '2025-03']]],
]);

table('a present that converts a figure is no time a later offset counts from', DCT, [
  ['A fire gutted the castle in 1992, causing damage of 36.5 million pounds ($42 million at today\'s rates). Five years later, the princess died.',
    [['1992', '1992'], ['today', '2025-06-12'], ['Five years later', '1997']]],
]);

table('a year a "when" clause tells of', DCT, [
  ['Markets were rattled in the autumn of 2008, when Lehman Brothers collapsed on Sept. 15.', [['the autumn of 2008', '2008-FA'], ['Sept. 15', '2008-09-15']]],
  ['The club last won the league in 1995, when it clinched the title on May 14.', [['1995', '1995'], ['May 14', '1995-05-14']]],
]);

table('a month without its year sets no scene', DCT, [
  ['In December, the company cut prices, and in April it raised them again.', [['December', '2024-12'], ['April', '2025-04']]],
]);

table('an expectation after a relative pronoun looks ahead', DCT, [
  ['The forecast came from an economist at the bank, who forecast growth of 2% by December.', [['December', '2025-12']]],
]);

table('a day with its year that sets the scene of a story retold holds its paragraph', DCT, [
  ['The court sentenced him on Wednesday. On the morning of March 4, 2021, a Thursday, the two men met outside the station. At about 9:10 a.m., the first shot was fired. He was arrested the next day.', [
    ['Wednesday', '2025-06-11'], ['the morning of March 4, 2021', '2021-03-04TMO', 'TIME'], ['Thursday', '2021-03-04'], ['about 9:10 a.m.', '2021-03-04T09:10', 'TIME', 'APPROX'], ['the next day', '2021-03-05'],
  ]],
]);

table('a year between commas after the subject, or counted from the DCT where it opens the sentence', DCT, [
  ['His first attempt at reform, in 2019, prompted a strike that began on Dec. 5.', [['2019', '2019'], ['Dec. 5', '2019-12-05']]],
  ['Last year, the company unveiled its phone on Sept. 7 and began selling it nine days later.', [['Last year', '2024'], ['Sept. 7', '2024-09-07'], ['nine days later', '2024-09-16']]],
  // Not a year a "when" follows that tells of another time.
  ['The team will avenge its defeat in the final last year when it hosts Spain on September 28.', [['last year', '2024'], ['September 28', '2025-09-28']]],
]);

table('a day told with its year and a clock time sets the scene of its paragraph', DCT, [
  ['The singer died at his home at 8:50 p.m. on Dec. 5, 2013, after a long illness. The president announced the death shortly before midnight. The funeral was held 10 days later.',
    [['8:50 p.m.', '2013-12-05T20:50', 'TIME'], ['Dec. 5, 2013', '2013-12-05'], ['midnight', '2013-12-05T24:00', 'TIME'], ['10 days later', '2013-12-15']]],
]);

table('a date in apposition to the same day counted before it is that day', DCT, [
  ['The singer died at 8:50 p.m. on Dec. 5, 2013. The funeral was held 10 days later, on Sunday, Dec. 15, in his village.',
    [['8:50 p.m.', '2013-12-05T20:50', 'TIME'], ['Dec. 5, 2013', '2013-12-05'], ['10 days later', '2013-12-15'], ['Sunday, Dec. 15', '2013-12-15']]],
]);

table('a day told with its year and a part of the day sets the scene too', DCT, [
  ['The killings took place at the family estate on the night of June 7, 2021. The father called 911 at 10:07 p.m.',
    [['the night of June 7, 2021', '2021-06-07TNI', 'TIME'], ['10:07 p.m.', '2021-06-07T22:07', 'TIME']]],
]);

table('an offset the date in apposition after it names is that date, in the year the offset reaches', DCT, [
  ['The exchange filed for bankruptcy on Nov. 11, 2022. A month later, on Dec. 12, police arrested its founder.',
    [['Nov. 11, 2022', '2022-11-11'], ['A month later', '2022-12-12'], ['Dec. 12', '2022-12-12']]],
  ['Two years earlier, in June 2021, the agency had approved the drug.', [['Two years earlier', '2021-06'], ['June 2021', '2021-06']]],
]);

table('an offset in apposition after a date restates that date; not one compared with "than"', DCT, [
  ['The fire began in May 2016 and was declared under control on July 4, 2016, two months later.',
    [['May 2016', '2016-05'], ['July 4, 2016', '2016-07-04'], ['two months later', '2016-07-04']]],
  ['The update went out at 04:09 UTC on Friday. The engineers reverted it at 05:27 UTC, 78 minutes later.',
    [['04:09 UTC', '2025-06-06T04:09', 'TIME'], ['Friday', '2025-06-06'], ['05:27 UTC', '2025-06-06T05:27', 'TIME'], ['78 minutes later', '2025-06-06T05:27', 'TIME']]],
  ['The hearing opened on March 5, 2019, two days later than planned.', [['March 5, 2019', '2019-03-05'], ['two days', 'P2D', 'DURATION']]],
]);

table("the year of a clause's noun places its months further ahead where the clause tells what is to come", DCT, [
  ['The 2028 Olympics will open in Los Angeles on July 14.', [['2028', '2028'], ['July 14', '2028-07-14']]],
]);

table('a year counted from the story that opens the sentence sets its scene, holidays too; not past the quotation it opens in', '2019-12-02', [
  ['The crunch recalls 2013. That year, several chains opened their doors on Thanksgiving evening.',
    [['2013', '2013'], ['That year', '2013'], ['Thanksgiving evening', '2013-11-28TEV', 'TIME']]],
  ['Air travel collapsed in 2020. Two years later, airlines carried a record on Thanksgiving.',
    [['2020', '2020'], ['Two years later', '2022'], ['Thanksgiving', '2022-11-24']]],
  ['"Ten years ago, nobody imagined we would sell online," the chief executive said at the annual meeting in March.',
    [['Ten years ago', '2009'], ['March', '2019-03']]],
  ['Ten years ago, the company opened its first store in March.', [['Ten years ago', '2009'], ['March', '2009-03']]],
]);
