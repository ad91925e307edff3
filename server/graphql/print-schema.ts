import { lexicographicSortSchema, printSchema } from 'graphql';
import { graphQLSchema } from './schema.js';

/** The schema as SDL, sorted so the committed file only changes when the API does. */
export async function printedSchema(): Promise<string> {
  return `# Generated from the code by \`npm run schema:print\`; do not edit.\n\n${printSchema(lexicographicSortSchema(await graphQLSchema()))}\n`;
}
