// The layering of ../shared/DESIGN.md, enforced on the import graph of src/: a module imports
// only modules of its own layer or lower ones, runtime code never imports the scorers or gold
// readers, and there are no import cycles: none between packages (two sibling recognizers leaning
// on each other's word lists is a cycle of packages), none between files at run time (a type-only
// import inside a package, gone once compiled, may point back).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** DESIGN.md's layers, highest first. A path ending in "/" is a package (a folder of src/). */
const LAYERS: [layer: string, modules: string[]][] = [
  ['entry points', ['cli.ts', 'scripts/']],
  ['commands', ['commands/']],
  ['tools over output files', ['review/']],
  ['runner', ['runner/', 'queue/']],
  ['pipeline', ['pipeline.ts']],
  ['stages', ['stages/', 'resources.ts']],
  ['recognizers and link', ['ner/', 'registry/', 'timex/', 'numbers/', 'link/', 'resolve/']],
  ['lexicon and text', ['lexicon/', 'text/']],
  ['document and config', ['document.ts', 'config.ts', 'schema/', 'offsets.ts', 'log.ts', 'folders.ts']],
];
/** Scoring sits beside the runtime: eval (scorers) → gold (format readers) → document and config. */
const SCORING: Record<string, string[]> = { 'eval/': ['eval/', 'gold/'], 'gold/': ['gold/'] };
/** Layers that may import the scorers and gold readers: the ones users run evaluation from. */
const MAY_SCORE = new Set(['entry points', 'commands', 'tools over output files']);

const packageOf = (file: string) => (file.includes('/') ? `${file.split('/')[0]}/` : file);

function layerOf(file: string): string {
  const pkg = packageOf(file);
  if (pkg in SCORING) return pkg;
  const found = LAYERS.find(([, modules]) => modules.includes(pkg));
  if (!found) throw new Error(`src/${file}: its package ${pkg} is in no layer of tests/architecture/layering.test.ts`);
  return found[0];
}
const rank = (layer: string) => LAYERS.findIndex(([name]) => name === layer);

/** Every .ts file under src/, relative to it, with the project files it imports; `typeOnly: false` leaves out `import type`. */
function importGraph(src: string, { typeOnly = true } = {}): Map<string, string[]> {
  const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split(path.sep).join('/')).sort();
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const code = readFileSync(path.join(src, file), 'utf8');
    const targets = [...code.matchAll(/^(?:import|export)(\s+type\b)?[^;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(?\s*()['"](\.{1,2}\/[^'"]+)['"]/gm)]
      .filter((m) => typeOnly || !m[1])
      .map((m) => m[2] ?? m[4])
      .map((target) => path.posix.normalize(path.posix.join(path.posix.dirname(file), target)).replace(/\.js$/, '.ts'))
      .filter((target) => target.endsWith('.ts'));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Imports that run against the layers, as "from → to: why". */
export function layeringViolations(graph: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    const fromLayer = layerOf(from);
    for (const to of targets) {
      const toLayer = layerOf(to);
      if (fromLayer in SCORING || toLayer in SCORING) {
        const allowed = fromLayer in SCORING ? [...SCORING[fromLayer], 'document and config'].includes(toLayer) : MAY_SCORE.has(fromLayer);
        if (!allowed) out.push(`${from} → ${to}: ${fromLayer in SCORING ? `${fromLayer} reads only ${SCORING[fromLayer].join(', ')} and the document and config layer` : 'runtime code never imports scorers or gold readers'}`);
      } else if (rank(toLayer) < rank(fromLayer)) {
        out.push(`${from} → ${to}: ${fromLayer} imports from the higher layer ${toLayer}`);
      }
    }
  }
  return out;
}

/** Import cycles (strongly connected components of more than one node, or a node importing itself). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do { w = stack.pop()!; onStack.delete(w); component.push(w); } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The graph of packages: an edge where a file of one imports a file of another. */
function packageGraph(graph: Map<string, string[]>): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [from, targets] of graph) {
    const edges = out.get(packageOf(from)) ?? new Set<string>();
    for (const to of targets) if (packageOf(to) !== packageOf(from)) edges.add(packageOf(to));
    out.set(packageOf(from), edges);
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

describe('the layering of src/', () => {
  const graph = importGraph(SRC);

  it('reads the imports it checks', () => {
    expect(graph.get('pipeline.ts')).toContain('stages/tokenize.ts');
    expect(graph.get('stages/tokenize.ts')).toContain('text/tokenize.ts');
  });

  it('has no import from a lower layer to a higher one, and no runtime import of eval or gold', () => {
    expect(layeringViolations(graph)).toEqual([]);
  });

  it('has no import cycle between packages, nor between files at run time', () => {
    expect(cycles(packageGraph(graph))).toEqual([]);
    expect(cycles(importGraph(SRC, { typeOnly: false }))).toEqual([]);
  });

  it('would see an upward import, a runtime import of a scorer, and a cycle', () => {
    const bad = new Map([
      ['ner/train.ts', ['stages/tokenize.ts']],
      ['ner/tags.ts', ['eval/conll.ts']],
      ['numbers/a.ts', ['timex/b.ts']],
      ['timex/b.ts', ['numbers/a.ts']],
      ['stages/tokenize.ts', []], ['eval/conll.ts', []],
    ]);
    expect(layeringViolations(bad)).toEqual([
      'ner/train.ts → stages/tokenize.ts: recognizers and link imports from the higher layer stages',
      'ner/tags.ts → eval/conll.ts: runtime code never imports scorers or gold readers',
    ]);
    expect(cycles(bad)).toEqual([['numbers/a.ts', 'timex/b.ts']]);
  });
});
