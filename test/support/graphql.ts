import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { createApolloServer } from '../../server/graphql/apollo.js';
import type { Principal, Role } from '../../server/auth/roles.js';
import { createContext, type GraphQLContext } from '../../server/graphql/context.js';
import { testDatabase } from './database.js';

let apollo: Promise<ApolloServer<GraphQLContext>> | undefined;

export interface GraphQLResult<T> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  /** Cypher round trips the request cost. */
  roundTrips: number;
}

/** Runs one operation through the real Apollo server against the test Neo4j. */
export interface AsWho {
  /** Who is asking; an admin by default. */
  principal?: Principal;
  /** The Accept-Language header of the request. */
  acceptLanguage?: string;
}

/** A signed-in user with one role, for tests. */
export const as = (role: Role | null, id = `test-${role ?? 'anonymous'}`): Principal => ({ id, role, authenticated: role !== null });

export async function graphql<T = any>(query: string, variables: Record<string, unknown> = {}, options: AsWho = {}): Promise<GraphQLResult<T>> {
  apollo ??= createApolloServer();
  const contextValue = createContext(testDatabase(), { principal: options.principal, acceptLanguage: options.acceptLanguage });
  const response = await (await apollo).executeOperation<T>({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data, errors, roundTrips: contextValue.db.roundTrips };
}

/** Like `graphql` but fails the test on any error, returning the data. */
export async function graphqlData<T = any>(query: string, variables: Record<string, unknown> = {}, options: AsWho = {}): Promise<T> {
  const result = await graphql<T>(query, variables, options);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/** The single error of a failed operation (fails the test when there is none or several). */
export async function graphqlError(query: string, variables: Record<string, unknown> = {}, options: AsWho = {}): Promise<GraphQLFormattedError> {
  const result = await graphql(query, variables, options);
  if (result.errors?.length !== 1) throw new Error(`expected exactly one error, got ${JSON.stringify(result.errors)}`);
  return result.errors[0]!;
}
