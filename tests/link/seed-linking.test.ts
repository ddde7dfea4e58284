// The seed article's gold spans, linked with the shipped registry, scored as ANNOTATION.md defines linking.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc, type Label, type Mention } from '../../src/document.js';
import { linkMentions } from '../../src/link/link-mentions.js';
import { buildRegistryIndex } from '../../src/registry/alias-index.js';
import { loadRegistry } from '../../src/registry/load.js';
import { bCubed } from '../../src/eval/b-cubed.js';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const SEED = 'iranfocus-2019-12-20-maximum-pressure';

interface GoldMention { start: number; end: number; type: Label; entity?: string; optional?: boolean }

describe('seed article linking', () => {
  const text = fs.readFileSync(root(`corpus/${SEED}.txt`), 'utf8').replace(/^\uFEFF/, '');
  const gold: GoldMention[] = JSON.parse(fs.readFileSync(root(`tests/gold/${SEED}.gold.json`), 'utf8')).mentions;
  // Gold offsets are code points; the Doc is indexed in UTF-16.
  const utf16 = [0];
  for (const ch of text) utf16.push(utf16[utf16.length - 1] + ch.length);
  const mentions: Mention[] = gold.map((g) => ({ start: utf16[g.start], end: utf16[g.end], type: g.type, source: 'gold', confidence: 1, sentence: 0 }));
  const doc: Doc = { ...createDoc({ id: SEED, text }), mentions };
  const linked = linkMentions(doc, buildRegistryIndex(loadRegistry(root('registry'))));
  const scored = gold
    .map((g, i) => ({ g, m: linked.mentions[i] }))
    .filter(({ g }) => !g.optional && ['PERSON', 'ORG', 'GPE', 'LOC'].includes(g.type));

  it('groups PERSON/ORG/GPE mentions as the gold does (B-cubed F1 ≥ 0.98, every entity exact)', () => {
    const score = bCubed(scored.map(({ g, m }) => ({ gold: g.entity!, predicted: m.entity })));
    expect(score.inexact).toEqual([]);
    expect(score.f1).toBeGreaterThanOrEqual(0.98);
  });

  it('leaves no seed entity as nil', () => {
    expect(scored.filter(({ m }) => !m.entity || m.entity.startsWith('nil:')).map(({ g }) => g.entity)).toEqual([]);
  });

  it('gives every named mention an entity', () => {
    expect(linked.mentions.filter((m) => ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'LAW', 'EVENT', 'WORK_OF_ART'].includes(m.type) && !m.entity)).toEqual([]);
  });
});
