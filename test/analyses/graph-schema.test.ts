import { describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/roles.js';
import { auditProperties } from '../../server/cypher-console/protected-data.js';
import { testDatabase } from '../support/database.js';
import { as, graphqlData } from '../support/graphql.js';

const schemaQuery = `{ graphSchema { readLimit countedAt labels { label nodes properties { key count } } relationshipTypes { type relationships properties { key count } } } }`;

describe('the schema panel’s query', () => {
  it('lists labels, relationship types and properties with the counts the graph has, without the audit trail', async () => {
    const db = testDatabase();
    const [truth] = await db.runStatement(
      'test: schema truth',
      `CALL () { MATCH (p:Person) RETURN count(p) AS people, count(p.nameEn) AS peopleWithNameEn }
       CALL () { MATCH (:Entity)-[r:PARTICIPATED_IN]->(:Event) RETURN count(r) AS participations, count(r.role) AS withRole }
       RETURN people, peopleWithNameEn, participations, withRole`,
    );
    const { graphSchema } = await graphqlData(schemaQuery, {}, { principal: as(Role.ANALYST) });
    const person = graphSchema.labels.find((entry: any) => entry.label === 'Person');
    expect(person.nodes).toBe(Number(truth!.people));
    expect(person.properties).toContainEqual({ key: 'nameEn', count: Number(truth!.peopleWithNameEn) });
    const participated = graphSchema.relationshipTypes.find((entry: any) => entry.type === 'PARTICIPATED_IN');
    expect(participated.relationships).toBe(Number(truth!.participations));
    expect(participated.properties).toContainEqual({ key: 'role', count: Number(truth!.withRole) });
    expect(graphSchema.labels.map((entry: any) => entry.label)).toEqual(expect.arrayContaining(['Entity', 'Event', 'Organisation', 'Person', 'Territory', 'Phase']));
    // The audit trail the console withholds stays out: its label, and the properties only audit entries have.
    expect(graphSchema.labels.map((entry: any) => entry.label)).not.toContain('Change');
    const keys = [...graphSchema.labels, ...graphSchema.relationshipTypes].flatMap((entry: any) => entry.properties.map((property: any) => property.key));
    expect(keys.filter((key: string) => auditProperties.has(key))).toEqual([]);
    expect(graphSchema.readLimit).toBe(200_000);
  });

  it('is open to readers (no values, only names and counts), and kept briefly rather than counted on every call', async () => {
    const first = await graphqlData(schemaQuery, {}, { principal: as(Role.VIEWER) });
    const second = await graphqlData(schemaQuery, {}, { principal: as(Role.VIEWER) });
    expect(first.graphSchema.labels.length).toBeGreaterThan(3);
    expect(second.graphSchema.countedAt).toBe(first.graphSchema.countedAt);
  });
});
