// A candidate's source names the recognizers that proposed it, joined by '+' ("registry+model").
// Resolve asks it of every candidate: these answer without splitting it into an array.

/** Whether `recognizer` is one of the source's names. */
export function hasSource(source: string, recognizer: string): boolean {
  if (source === recognizer) return true;
  // Each name compared where it stands between the '+'s: no "+name+" string built for each question.
  for (let from = 0; from < source.length; ) {
    let to = source.indexOf('+', from);
    if (to < 0) to = source.length;
    if (to - from === recognizer.length && source.startsWith(recognizer, from)) return true;
    from = to + 1;
  }
  return false;
}

/** Both sources' names, each once, in order of appearance ("model" and "registry" → "model+registry"). */
export function joinSources(a: string, b: string): string {
  // Most agreeing candidates come from two recognizers of one name each.
  if (!a.includes('+') && !b.includes('+')) return a === b ? a : `${a}+${b}`;
  return [...new Set([...a.split('+'), ...b.split('+')])].join('+');
}
