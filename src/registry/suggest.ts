// `registry suggest`: the entities a batch could not link (nil: ids), most frequent first, with example
// sentences and a ready line for `registry add`. The command reads the documents (review/outputs.ts).
import type { OutputDocument } from '../schema/output.js';

interface NilTally {
  id: string;
  type: string;
  names: Map<string, number>;
  mentions: number;
  documents: Set<string>;
  examples: string[];
}

export interface SuggestOptions {
  /** Only entities named at least this many times. */
  minCount?: number;
  /** At most this many entities. */
  limit?: number;
}

const EXAMPLES = 3;

/** The nil: entities of the documents added, tallied; offsets in output documents are code points. */
export class NilTallies {
  private readonly tallies = new Map<string, NilTally>();

  add(out: OutputDocument): void {
    const chars = Array.from(out.text);
    const docId = out.document.id;
    for (const m of out.mentions) {
      if (!m.entity?.startsWith('nil:')) continue;
      let t = this.tallies.get(m.entity);
      if (!t) this.tallies.set(m.entity, t = { id: m.entity, type: m.type, names: new Map(), mentions: 0, documents: new Set(), examples: [] });
      t.names.set(m.text, (t.names.get(m.text) ?? 0) + 1);
      t.mentions++;
      t.documents.add(docId);
      const s = out.sentences[m.sentence];
      const example = s && `${docId}: ${chars.slice(s.start, s.end).join('').replace(/\s+/g, ' ').trim()}`;
      if (example && t.examples.length < EXAMPLES && !t.examples.includes(example)) t.examples.push(example);
    }
  }

  /** The entities by frequency, each with example sentences and a ready line for `registry add`. */
  report({ minCount = 1, limit = Infinity }: SuggestOptions = {}): string {
    const ranked = [...this.tallies.values()]
      .sort((a, b) => b.mentions - a.mentions || b.documents.size - a.documents.size || a.id.localeCompare(b.id));
    const shown = ranked.filter((t) => t.mentions >= minCount).slice(0, limit);
    const lines = [`${ranked.length} NIL entities${shown.length < ranked.length ? `, ${shown.length} shown` : ''}`];
    for (const t of shown) {
      const names = [...t.names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
      const name = [...names].sort((a, b) => b[0].length - a[0].length)[0][0];
      const entry = { id: t.id.slice(4), type: t.type, name, aliases: names.map(([n]) => n).filter((n) => n !== name) };
      if (!entry.aliases.length) delete (entry as { aliases?: string[] }).aliases;
      lines.push('', `${t.mentions} mentions in ${t.documents.size} documents  ${t.id}  ${t.type}  ${names.map(([n, c]) => `${n} (${c})`).join(', ')}`);
      for (const ex of t.examples) lines.push(`  e.g. ${ex}`);
      lines.push(`  add: ${JSON.stringify(entry)}`);
    }
    return lines.join('\n') + '\n';
  }
}
