import { describe, expect, it } from 'vitest';
import type { GraphSchema } from '../../web/src/analysis/analysis-api.js';
import { cypherCompletions } from '../../web/src/analysis/cypher-completion.js';

const schema: GraphSchema = {
  labels: [
    { label: 'Person', nodes: 4, properties: [{ key: 'nameEn', count: 4 }, { key: 'nameRu', count: 4 }] },
    { label: 'Phase', nodes: 2, properties: [{ key: 'number', count: 2 }] },
  ],
  relationshipTypes: [{ type: 'PARTICIPATED_IN', relationships: 80, properties: [{ key: 'role', count: 80 }] }],
};
const at = (text: string) => cypherCompletions(text, text.length, schema);

describe('Cypher console completion', () => {
  it('offers labels after ":" in a node, relationship types inside [...], properties after "." and keywords for a word', () => {
    expect(at('MATCH (p:P')).toEqual({ from: 9, to: 10, items: [{ text: 'Person', kind: 'label' }, { text: 'Phase', kind: 'label' }] });
    expect(at('MATCH (p)-[r:PA')?.items).toEqual([{ text: 'PARTICIPATED_IN', kind: 'type' }]);
    expect(at('RETURN p.na')?.items.map((item) => item.text)).toEqual(['nameEn', 'nameRu']);
    expect(at('MATCH (p) RET')?.items).toEqual([{ text: 'RETURN', kind: 'keyword' }]);
  });

  it('offers nothing inside a string or a comment, or after a number’s dot', () => {
    expect(at("MATCH (p) WHERE p.nameEn = 'Mat")).toBeNull();
    expect(at('// MATCH (p:P')).toBeNull();
    expect(at('RETURN 1.')).toBeNull();
  });
});
