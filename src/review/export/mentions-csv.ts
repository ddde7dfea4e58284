// One row per mention, for spreadsheets and pandas: RFC 4180 CSV, UTF-8, a header row. Offsets are
// code points, as in the JSON (pandas and Python slice by them).
import type { OutputDocument } from '../../schema/output.js';

export const CSV_HEADER = 'article,start,end,text,label,entity,value,confidence,source\n';

function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function mentionRows(doc: OutputDocument): string {
  return doc.mentions
    .map((m) => [doc.document.id, m.start, m.end, m.text, m.type, m.entity, m.value, m.confidence, m.source].map(field).join(',') + '\n')
    .join('');
}
