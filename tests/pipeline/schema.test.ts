import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outputJsonSchema } from '../../src/schema/output.js';

describe('schema/output.schema.json', () => {
  it('is what the zod schema of an output document generates (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync('schema/output.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(outputJsonSchema())));
  });
});
