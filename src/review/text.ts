// A few words of context around a span, on one line, for the review tools' reports.

/** A span with the words around it, on one line: `before` and `after` hold at most about `width` characters. */
export function context(text: string, start: number, end: number, width = 40): { before: string; span: string; after: string } {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ');
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  // Cut at spaces so that no word is shown in half.
  if (from > 0) from = nextSpace(text, from, start);
  if (to < text.length) to = previousSpace(text, to, end);
  return {
    before: (from > 0 ? '…' : '') + oneLine(text.slice(from, start)).trimStart(),
    span: oneLine(text.slice(start, end)),
    after: oneLine(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}

function nextSpace(text: string, from: number, limit: number): number {
  const at = text.slice(from, limit).search(/\s/);
  return at < 0 ? limit : from + at + 1;
}

function previousSpace(text: string, to: number, limit: number): number {
  const piece = text.slice(limit, to);
  const at = Math.max(piece.lastIndexOf(' '), piece.lastIndexOf('\n'));
  return at < 0 ? limit : limit + at;
}
