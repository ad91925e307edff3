import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from '../graphql/print-schema.js';

/** `npm run schema:print`: writes schema.graphql at the repository root from the code. */
const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
writeFileSync(target, await printedSchema());
console.log(`Wrote ${target}`);
