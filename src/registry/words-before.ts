// The words just before a mention, where titles ("Secretary of State Mike Pompeo") and qualifiers
// ("Iran’s Foreign Ministry") are read: on the same line, and separated from the mention by one space.

/** Up to `lookback` characters before `start`, as words; none when a line break or other spacing intervenes. */
export function wordsBefore(text: string, start: number, lookback: number): string[] {
  const window = text.slice(Math.max(0, start - lookback), start);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  if (!/[^\s] $/.test(before)) return [];
  return before.trimEnd().split(/\s+/).filter(Boolean);
}
