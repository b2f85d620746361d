/**
 * Refuses, with BAD_USER_INPUT, a request @neo4j/graphql would mishandle (src/graphql/input-guards.ts says
 * which), once its operation is resolved and its variables known, before anything reaches Neo4j.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError } from "graphql";
import { InputGuard } from "../../graphql/input-guards";

export function inputGuards(maxPageSize: number): ApolloServerPlugin<BaseContext> {
  const guard = new InputGuard(maxPageSize);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          const problem = guard.problem(schema, document, request.variables ?? {});
          if (problem) throw new GraphQLError(problem, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
        },
      };
    },
  };
}
