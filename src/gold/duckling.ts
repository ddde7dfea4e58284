// Reads Duckling's English test corpora turned into data (../shared/data/duckling): short strings,
// each one expression of a kind with its value, and strings that must yield no expression of a
// kind. Format: that folder's README. Every bad line is named by file and line with the reason.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseJsonText } from '../schema/read-json.js';

export const DUCKLING_FILES = ['numbers.jsonl', 'times.jsonl', 'negatives.jsonl'] as const;

/** Duckling's tests resolve against Tuesday 2013-02-12 04:30; lines without a `reference` use its date. */
export const DUCKLING_REFERENCE_DATE = '2013-02-12';

/** Locales a US news extractor is scored on: Duckling's default English and its US region. */
export const DUCKLING_LOCALES: ReadonlySet<string> = new Set(['EN', 'EN_US']);

const common = { text: z.string().min(1), locale: z.string(), source: z.string() };

const NumberLine = z.object({
  ...common,
  type: z.enum(['CARDINAL', 'ORDINAL', 'MONEY', 'QUANTITY']),
  value: z.number(),
  dimension: z.string(),
  currency: z.string().nullish(),
  duckling_currency: z.string().optional(),
  unit: z.string().optional(),
});

const TimeLine = z.object({
  ...common,
  type: z.enum(['DATE', 'TIME', 'DURATION']),
  reference: z.string().regex(/^\d{4}-\d{2}-\d{2}T/, 'must be a local date-time YYYY-MM-DDThh:mm:ss'),
  timex3: z.string().nullable(),
  grain: z.string(),
  interval: z.boolean(),
  latent: z.boolean(),
});

const NegativeLine = z.object({ ...common, dimension: z.enum(['time', 'duration', 'amount-of-money', 'numeral', 'ordinal', 'quantity', 'distance', 'volume', 'temperature']) });

/** One string to annotate on its own, with what should (or should not) be found in it. */
export type DucklingCase =
  | ({ kind: 'number'; file: string; line: number } & z.infer<typeof NumberLine>)
  | ({ kind: 'time'; file: string; line: number } & z.infer<typeof TimeLine>)
  | ({ kind: 'negative'; file: string; line: number } & z.infer<typeof NegativeLine>);

export interface DucklingGold {
  cases: DucklingCase[];
  /** Lines of other English regions (EN_GB, EN_IN, ...), left out. */
  otherLocales: number;
}

/** Whether PATH is a folder in this format: it holds at least one of the three files. */
export function isDucklingFolder(folder: string): boolean {
  return DUCKLING_FILES.some((f) => existsSync(path.join(folder, f)));
}

export function readDuckling(folder: string, locales: ReadonlySet<string> = DUCKLING_LOCALES): DucklingGold {
  const cases: DucklingCase[] = [];
  let otherLocales = 0;
  const read = <S extends z.ZodType>(name: string, schema: S, make: (row: z.infer<S>, line: number, file: string) => DucklingCase) => {
    const file = path.join(folder, name);
    if (!existsSync(file)) return;
    readFileSync(file, 'utf8').split('\n').forEach((raw, k) => {
      if (!raw.trim()) return;
      const row = parseJsonText(raw, schema, `${file}:${k + 1}`, 'a Duckling case') as z.infer<S> & { locale: string };
      if (locales.has(row.locale)) cases.push(make(row, k + 1, file));
      else otherLocales++;
    });
  };
  read('numbers.jsonl', NumberLine, (row, line, file) => ({ kind: 'number', file, line, ...row }));
  read('times.jsonl', TimeLine, (row, line, file) => ({ kind: 'time', file, line, ...row }));
  read('negatives.jsonl', NegativeLine, (row, line, file) => ({ kind: 'negative', file, line, ...row }));
  if (!cases.length && !otherLocales) throw new Error(`${folder}: holds none of ${DUCKLING_FILES.join(', ')} with a case in it`);
  return { cases, otherLocales };
}
