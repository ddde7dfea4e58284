// spaCy: one JSON object a line, {"text", "ents": [{"start", "end", "label", "kb_id"?}], "meta"},
// the shape of spaCy's Doc.to_json for entities. Offsets are characters of a Python str (code
// points), what Doc.char_span takes; the README shows the few lines that make a DocBin of it.
import type { OutputDocument } from '../../schema/output.js';

export function spacyRecord(doc: OutputDocument): object {
  const d = doc.document;
  return {
    text: doc.text,
    ents: doc.mentions.map((m) => ({ start: m.start, end: m.end, label: m.type, ...(m.entity && { kb_id: m.entity }) })),
    meta: { id: d.id, title: d.title, published: d.published, source: d.source, url: d.url },
  };
}
