import { GraphQLObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { graphQLSchema } from '../../server/graphql/schema.js';

// Without `simpleResolvers`, type-graphql wraps every plain property in a resolver of its own (for
// middlewares this service does not use): a function call and objects per field of every row.
describe('object types', () => {
  it('read plain properties with graphql-js’s default resolver; only field resolvers run code', async () => {
    const schema = await graphQLSchema();
    const wrapped = getMetadataStorage()
      .objectTypes.filter((type) => type.simpleResolvers !== true)
      .map((type) => type.name);
    expect(wrapped).toEqual([]);

    const territory = schema.getType('Territory') as GraphQLObjectType;
    expect(territory.getFields().soate!.resolve).toBeUndefined();
    expect(territory.getFields().parent!.resolve).toBeTypeOf('function');
  });
});
