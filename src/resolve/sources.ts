// A candidate's source names the recognizers that proposed it, joined by '+' ("registry+model").
// Resolve asks it of every candidate: these answer without splitting it into an array.

/** Whether `recognizer` is one of the source's names. */
export function hasSource(source: string, recognizer: string): boolean {
  if (source === recognizer) return true;
  if (!source.includes('+')) return false;
  return source.startsWith(`${recognizer}+`) || source.endsWith(`+${recognizer}`) || source.includes(`+${recognizer}+`);
}

/** Both sources' names, each once, in order of appearance ("model" and "registry" → "model+registry"). */
export function joinSources(a: string, b: string): string {
  // Most agreeing candidates come from two recognizers of one name each.
  if (!a.includes('+') && !b.includes('+')) return a === b ? a : `${a}+${b}`;
  return [...new Set([...a.split('+'), ...b.split('+')])].join('+');
}
