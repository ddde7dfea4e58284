// Regenerates schema/output.schema.json from the zod definition of an output document.
// Run with `npm run schema`; a test fails when the committed file and the zod schema drift apart.
import { writeFileSync } from 'node:fs';
import { outputJsonSchema } from '../schema/output.js';

const file = new URL('../../schema/output.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
