// Names in other scripts get distinct, stable, readable nil ids (src/link/nil.ts).
import { describe, expect, it } from 'vitest';
import { nilId } from '../../src/link/nil.js';

describe('nil ids of non-Latin names', () => {
  it('transliterates to distinct slugs, and hashes what has no letters to spell', () => {
    const names = ['Алексей Навальный', 'Ἀλέξανδρος', 'Ξενοφῶν', '習近平', '🙂🙂', '🙃🙃'];
    const ids = names.map((n) => nilId('PERSON', n));
    expect(new Set(ids).size).toBe(names.length);
    expect(ids.slice(0, 4)).toEqual([expect.stringMatching(/^nil:person\/alek\w+-navaln\w+$/), 'nil:person/alexandros', expect.stringMatching(/^nil:person\/xenof/), 'nil:person/xijinping']);
    expect(ids[4]).toMatch(/^nil:person\/u[0-9a-f]{10}$/);
    expect(names.map((n) => nilId('PERSON', n))).toEqual(ids); // stable
    expect(nilId('ORG', 'Café Müller')).toBe('nil:org/cafe-muller'); // Latin names as before
  });
});
