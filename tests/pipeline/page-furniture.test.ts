// A web page's furniture around an article: field words that open a line or a field are no names, and
// no name runs across a field separator. Invented page.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const page = [
  'By Maria Gonzalez and Tom Whitfield | Published 2:15 PM ET, Wed March 20, 2024 | Updated 3 hours ago',
  '',
  'Share on Facebook | Share on X | Email',
  '',
  'WASHINGTON — The Federal Reserve left its benchmark rate unchanged on Wednesday, Fed Chair Jerome Powell said.',
].join('\n');

describe('page furniture', () => {
  const names = readMentions(page, '2024-03-20').filter((m) => ['PERSON', 'ORG', 'GPE', 'NORP'].includes(m.type)).map((m) => m.text);

  it('reads no name in the field words of a byline', () => {
    expect(names).not.toContain('Published');
    expect(names).not.toContain('Updated');
    expect(names).toEqual(expect.arrayContaining(['Maria Gonzalez', 'Tom Whitfield', 'Federal Reserve', 'Jerome Powell']));
  });

  it('ends a name at a field separator', () => {
    expect(names.filter((n) => n.includes('|'))).toEqual([]);
  });
});
