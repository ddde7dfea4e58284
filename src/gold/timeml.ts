// TimeML gold (TimeBank converted to NAME.gold.json: the text, its document creation time and the
// time expressions with their spans and TIMEX3 values).
// TimeBank gold offsets (../shared/data/timebank) index the text by code points; its texts hold
// no character outside the BMP, so they equal the UTF-16 offsets the pipeline uses.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile } from '../schema/read-json.js';

export interface TimexSpan {
  start: number;
  end: number;
  type?: string;
  /** TIMEX3 value; gold may give a list of equally right answers. */
  value?: string | string[];
  text?: string;
}

export interface TimemlDoc {
  /** Where the document came from, for error listings. */
  id?: string;
  text: string;
  dct: string | null;
  timexes: TimexSpan[];
}

const TimemlGold = z.object({
  text: z.string(),
  dct: z.string().nullable().optional(),
  timexes: z.array(z.object({
    start: z.number().int(), end: z.number().int(), type: z.string().optional(),
    value: z.union([z.string(), z.array(z.string())]).optional(), text: z.string().optional(),
  })),
});

/** Reads every NAME.gold.json of a TimeBank-format directory; a bad file is named with its reason. */
export function readTimeml(dir: string): TimemlDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const raw = readJsonFile(join(dir, f), TimemlGold, 'TimeML gold');
      return { id: f.replace(/\.gold\.json$/, ''), text: raw.text, dct: raw.dct ?? null, timexes: raw.timexes };
    });
}
