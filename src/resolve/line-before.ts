// The text of a line before a position, read back at most `reach` characters: the rules look only at
// what stands just before a name, and an article of one long line must not be read whole for each name.
export function lineBefore(text: string, at: number, reach: number): string {
  const window = text.slice(Math.max(0, at - reach), at);
  return window.slice(window.lastIndexOf('\n') + 1);
}
