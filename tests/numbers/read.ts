// Runs the recognizer on a sentence and returns what it found in a form easy to compare.
import { recognizeNumbers } from '../../src/numbers/index.js';
import { makeDoc } from './make-doc.js';

export interface Found {
  text: string;
  type: string;
  value?: number | string;
  attrs?: Record<string, unknown>;
}

export function numbersIn(text: string): Found[] {
  return recognizeNumbers(makeDoc(text)).map((c) => ({
    text: text.slice(c.start, c.end),
    type: c.type,
    ...(c.value !== undefined ? { value: c.value } : {}),
    ...(c.attrs ? { attrs: { ...c.attrs } } : {}),
  }));
}

/** The one number found in the text whose span is `span`. */
export function numberAt(text: string, span: string): Found | undefined {
  return numbersIn(text).find((f) => f.text === span);
}

/** The numbers a table of sentences expects of one, each as [type, span, value, unit or currency]. */
export type Expected = (string | number | null)[][];

/** Every number found in the text as a row of `Expected`. */
export const readings = (text: string): Expected => numbersIn(text)
  .map((x) => [x.type, x.text, x.value ?? null, ...(x.attrs?.unit ? [x.attrs.unit as string] : x.attrs?.currency ? [x.attrs.currency as string] : [])]);
