// Time expressions: recognition (rule table → DATE/TIME candidates) and normalization
// (TIMEX3 value, type and mod resolved against the document date).
export { recognizeTimexes } from './recognize.js';
export { normalizeTimexes } from './normalize.js';
