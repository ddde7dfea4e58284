// Time expressions: recognition (rule table → DATE/TIME candidates) and normalization
// (TIMEX3 value, type and mod resolved against the document date).
export { recognizeTimexes, type RecognizeOptions } from './recognize.js';
export { normalizeTimex } from './normalize.js';
export { parseTimex } from './parse.js';
export { resolveFrame, type ResolveContext, type Resolved, type Tense, type TimexType } from './resolve.js';
