// Amounts of the ninetieth review round (food recalls, mining, wildlife, housing, television), as [type, span, value,
// unit or currency].
import { describe, expect, it } from 'vitest';
import { readings, type Expected } from './read.js';

describe('a unit per another unit', () => {
  it.each<[string, Expected]>([
    ['Ore grades average about 4.5 grams per tonne.', [['QUANTITY', '4.5 grams per tonne', 4.5, 'g/t']]],
    ['Blood lead readings reached 29 micrograms per deciliter.', [['QUANTITY', '29 micrograms per deciliter', 29, 'ug/dl']]],
    ['The limit is 0.1 milligram per kilogram of body weight.', [['QUANTITY', '0.1 milligram per kilogram', 0.1, 'mg/kg']]],
    ['Fine particles peaked at 303 micrograms per cubic meter.', [['QUANTITY', '303 micrograms per cubic meter', 303, 'ug/m3']]],
    ['The river carried 300 cubic metres per second.', [['QUANTITY', '300 cubic metres per second', 300, 'm3/s']]],
    ['The corn yield was 173.3 bushels per acre.', [['QUANTITY', '173.3 bushels per acre', 173.3, 'bu/acre']]],
  ])('is one compound unit: %s', (text, expected) => expect(readings(text)).toEqual(expected));

  it('keeps a rate its own phrase names, and no noun after "per" joins', () => {
    expect(readings('The field pumps 50,000 barrels per day.')).toEqual([['QUANTITY', '50,000 barrels per day', 50000, 'bbl/d']]);
    expect(readings('Each family got 5 kilograms per person.')).toEqual([['QUANTITY', '5 kilograms', 5, 'kg']]);
  });
});

describe('pounds restated in kilograms of a scale', () => {
  it('weigh', () => {
    expect(readings('The recall grew to about 7 million pounds (3.2 million kg).'))
      .toEqual([['QUANTITY', '7 million pounds', 7e6, 'lb'], ['QUANTITY', '3.2 million kg', 3.2e6, 'kg']]);
  });
});

describe('pounds of a price', () => {
  it('are money', () => {
    expect(readings('Buyers pay no tax on the first 250,000 pounds of a purchase.'))
      .toEqual([['ORDINAL', 'first', 1], ['MONEY', '250,000 pounds', 250000, 'GBP']]);
  });
});

describe('a fraction of a season that names a crop', () => {
  it('is a share, not a rank nor a stretch of time', () => {
    expect(readings('About a fifth of the winter wheat crop was not sown.')).toEqual([['CARDINAL', 'a fifth', 0.2]]);
  });
});
