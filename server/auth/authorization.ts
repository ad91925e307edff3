import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { requiredCapability } from './policy.js';
import { can, type Principal } from './roles.js';

/**
 * Security boundary. Every field a request names is checked against the policy after the request is parsed
 * and validated, and before anything executes: a refused request never reaches Neo4j. Fragments are
 * checked too, so a field cannot be smuggled in through one. Anonymous callers get UNAUTHENTICATED; signed-in
 * callers whose role lacks the capability get FORBIDDEN, naming the field. Fields without a rule are refused.
 */
export function refusalFor(schema: GraphQLSchema, document: DocumentNode, principal: Principal): GraphQLError | null {
  const typeInfo = new TypeInfo(schema);
  let refusal: GraphQLError | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (refusal || !parent || node.name.value.startsWith('__')) return;
        const field = `${parent.name}.${node.name.value}`;
        const rule = requiredCapability(parent.name, node.name.value);
        // Deny by default: a field without a rule is refused to everyone (start-up refuses such a schema too).
        if (rule === undefined) {
          refusal = new GraphQLError(`${field} has no access rule`, { extensions: { code: 'FORBIDDEN', field } });
        } else if (rule !== 'anyone' && !can(principal.role, rule)) {
          refusal = principal.authenticated
            ? new GraphQLError(`Your role (${principal.role}) may not use ${field}`, { extensions: { code: 'FORBIDDEN', field } })
            : new GraphQLError(`Sign in to use ${field}`, { extensions: { code: 'UNAUTHENTICATED', field } });
        }
      },
    }),
  );
  return refusal;
}

export function authorizationPlugin(): ApolloServerPlugin<{ principal: Principal }> {
  // Apollo hands the same parsed document to every request with the same query text (its document cache),
  // so the verdict per document, role and sign-in state is worked out once, not on every request.
  const verdicts = new WeakMap<DocumentNode, Map<string, GraphQLError | null>>();
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ document, contextValue }) {
          const { principal } = contextValue;
          const key = `${principal.role ?? ''}|${principal.authenticated}`;
          let byCaller = verdicts.get(document);
          if (!byCaller) verdicts.set(document, (byCaller = new Map()));
          if (!byCaller.has(key)) byCaller.set(key, refusalFor(schema, document, principal));
          const refusal = byCaller.get(key);
          // A fresh error each time: Apollo may add to the one it is given. Thrown here, it would be an HTTP 500
          // unless it says its status (Apollo leaves `http` out of the answer).
          if (refusal) {
            const status = refusal.extensions.code === 'UNAUTHENTICATED' ? 401 : 403;
            throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, http: { status } } });
          }
        },
      };
    },
  };
}
