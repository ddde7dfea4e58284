// Escaping for the review pages. Article text, names and ids are data, never markup: every string
// that reaches a page goes through `escapeHtml` (text and attribute values) or `scriptJson`.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** JSON to embed in <script type="application/json">: no "<" can close the element early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Where a site keeps its style sheet and script, from its root. */
export const STYLE_SHEET = 'assets/gazette.css';
export const SCRIPT_FILE = 'assets/gazette.js';

/** A whole page: the shared style sheet and script live in assets/, so pages open from disk. */
export function page(opts: { title: string; root: string; bodyClass: string; body: string; data?: unknown }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)}</title>
<link rel="stylesheet" href="${opts.root}${STYLE_SHEET}">
</head>
<body class="${opts.bodyClass}">
${opts.body}
${opts.data === undefined ? '' : `<script type="application/json" id="gazette-data">${scriptJson(opts.data)}</script>\n`}<script src="${opts.root}${SCRIPT_FILE}"></script>
</body>
</html>
`;
}
