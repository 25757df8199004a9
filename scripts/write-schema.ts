/**
 * Writes public/funnel.schema.json from the zod schema (`npm run schema`). The file describes
 * what a v1 file may contain (the input side: fields with defaults are optional). Rules that
 * JSON Schema cannot express (parameter order, unique ids, edge endpoints) are checked on import.
 * tests/unit/model/json-schema.test.ts fails when the committed file differs from this output.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { funnelJsonSchemaText } from '../src/lib/model/json-schema';

const target = fileURLToPath(new URL('../public/funnel.schema.json', import.meta.url));
writeFileSync(target, funnelJsonSchemaText());
console.log(`wrote ${target}`);
