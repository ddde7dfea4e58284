// brat standoff: NAME.txt holds the text, NAME.ann one text-bound annotation a line,
// "T1<TAB>LABEL START END<TAB>text", with offsets in characters (code points, as brat's Python
// counts them, and as gazette writes them). A span across a line break is written in fragments
// ("START END;START END"), since brat's annotation text may not hold one. The entity id and the
// value go in an AnnotatorNotes line, which brat shows with the annotation.
import { LABELS } from '../../document.js';
import type { OutputDocument } from '../../schema/output.js';
import { labelColour } from '../palette.js';

/** Fragments of [start, end) (code points) that hold no line break. */
function fragments(chars: string[], start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k === end || chars[k] === '\n' || chars[k] === '\r') {
      if (k > from) out.push([from, k]);
      from = k + 1;
    }
  }
  return out;
}

export function bratAnnotations(doc: OutputDocument): string {
  const chars = [...doc.text];
  const lines: string[] = [];
  doc.mentions.forEach((m, i) => {
    const parts = fragments(chars, m.start, m.end);
    if (!parts.length) return;
    const id = `T${i + 1}`;
    const shown = parts.map(([s, e]) => chars.slice(s, e).join('')).join(' ');
    lines.push(`${id}\t${m.type} ${parts.map(([s, e]) => `${s} ${e}`).join(';')}\t${shown}`);
    const note = [m.entity, m.value === undefined ? undefined : `value=${m.value}`].filter(Boolean).join(' ');
    if (note) lines.push(`#${i + 1}\tAnnotatorNotes ${id}\t${note}`);
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** annotation.conf: the entity types brat offers; the other sections must be present, even empty. */
export function bratAnnotationConf(): string {
  return `[entities]\n${LABELS.join('\n')}\n\n[relations]\n\n[events]\n\n[attributes]\n`;
}

/** visual.conf: the review page's colours, so brat and `gazette view` agree. */
export function bratVisualConf(): string {
  return `[labels]\n${LABELS.join('\n')}\n\n[drawing]\n${LABELS.map((l) => `${l}\tbgColor:${labelColour(l)}`).join('\n')}\n`;
}
