/**
 * The served GraphQL schema: schema/factgraph.graphql and the name lookups, made executable by @neo4j/graphql,
 * which translates each request into one Cypher query.
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { factcheckingResolvers } from "./factchecking";
import { traceRead } from "./factchecking/trace";
import { ingestResolvers } from "./ingest";
import { installOwnReads } from "./translate/dispatch";
import { listRead } from "./translate/list-reads";
import { lookupRead } from "./translate/lookup-reads";
import { typeDefs } from "./sdl";

/** Without a driver the schema can be printed (for codegen) but not executed. */
export async function buildSchema(driver?: Driver): Promise<GraphQLSchema> {
  const neo4jGraphQL = new Neo4jGraphQL({ typeDefs: typeDefs(), driver, resolvers: { ...factcheckingResolvers, ...ingestResolvers } });
  // A trace by id first (it also loads appearances), then a lookup's or a list's own read, then @neo4j/graphql.
  return installOwnReads(await neo4jGraphQL.getSchema(), [traceRead, lookupRead, listRead]);
}
