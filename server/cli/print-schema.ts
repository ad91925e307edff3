// type-graphql's decorators need the metadata API before any decorated class loads (type-graphql's installation notes).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printedSchema } from '../graphql/print-schema.js';
import { projectPath } from '../common/project-root.js';

/** `npm run schema:print`: writes schema.graphql at the repository root from the code. */
const target = projectPath('schema.graphql');
writeFileSync(target, await printedSchema());
console.log(`Wrote ${target}`);
