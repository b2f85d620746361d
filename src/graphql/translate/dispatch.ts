/**
 * Dispatch: who answers each Query field. The first of our own reads that can answer the request does (a trace
 * by id, a lookup's statement, a page of a list), each one Cypher query of ours; otherwise the resolver
 * @neo4j/graphql generated does. Installed once per field, so a request passes one wrapper.
 */
import type { GraphQLField, GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from "graphql";
import type { FactgraphContext } from "../context";

/** An answer of ours to one request of a field, or undefined when this request is not one it can answer. */
export type OwnRead = (args: Record<string, unknown>, context: FactgraphContext, info: GraphQLResolveInfo) => Promise<unknown> | undefined;

/** The read of ours for a Query field, or undefined for a field it never answers. */
export type OwnReadFor = (schema: GraphQLSchema, field: GraphQLField<unknown, unknown>) => OwnRead | undefined;

/** The resolvers @neo4j/graphql generated, kept when ours are installed over them. */
const generatedResolvers = new WeakMap<GraphQLField<unknown, unknown>, GraphQLFieldResolver<unknown, unknown>>();

/** The resolver @neo4j/graphql generated for a Query field, whatever is installed over it. */
export function generatedResolver(field: GraphQLField<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> | undefined {
  return generatedResolvers.get(field) ?? field.resolve;
}

export function installOwnReads(schema: GraphQLSchema, readsFor: readonly OwnReadFor[]): GraphQLSchema {
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const generated = field.resolve;
    if (!generated) continue;
    const reads = readsFor.flatMap((readFor) => readFor(schema, field) ?? []);
    if (!reads.length) continue;
    generatedResolvers.set(field, generated);
    field.resolve = (source, args, context: FactgraphContext, info) => {
      for (const read of reads) {
        const answer = read(args, context, info);
        if (answer) return answer;
      }
      return generated(source, args, context, info);
    };
  }
  return schema;
}
