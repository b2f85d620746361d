/**
 * The Query fields a `@cypher` statement defines (the lookups by name of ../lookups.ts, `article(id)`) answered by
 * one Cypher query of ours: the field's statement, then the projection of what it found. @neo4j/graphql would run
 * the same statement, but its translation of the request costs more than the database work of a lookup
 * (measured in bench/README.md). A selection projection cannot answer goes to the generated resolver, unchanged.
 */
import { getNamedType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { readRows } from "../../graph/read";
import type { FactgraphContext } from "../context";
import { modelOf, type Computed } from "./model";
import { projectionFor } from "./projection";
import { renderSubquery } from "./subquery";

/** What the field's statement finds, projected; undefined when the selection cannot be projected. */
async function lookUp(field: Computed, args: Record<string, unknown>, context: FactgraphContext, info: GraphQLResolveInfo) {
  const projection = projectionFor(info, [], { parameters: true });
  if (!projection) return undefined;
  // Nothing encloses the statement here: its variables keep their names, its arguments become `$arg_<name>`.
  const statement = renderSubquery(field.statement, "this", "", (name) => `$arg_${name}`);
  const rows = await readRows<{ node: unknown }>(
    context.reader,
    `CALL { ${statement} } WITH ${field.statement.column} AS node RETURN ${projection.cypher("node")} AS node`,
    { ...projection.parameters("node"), ...Object.fromEntries([...field.statement.parameters].map((name) => [`arg_${name}`, args[name] ?? null])) },
  );
  const found = rows.map((row) => projection.shape(row.node));
  return { found: field.list ? found : (found[0] ?? null) };
}

/** Wraps each Query field defined by a `@cypher` statement returning nodes: projected when possible, else generated. */
export function withProjectedRoots(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const computed = query && modelOf(schema).computed.get(query.name);
  for (const [name, field] of computed ?? []) {
    const def = query?.getFields()[name];
    const generated = def?.resolve;
    if (!def || !generated || field.leaf || getNamedType(def.type).name !== field.target) continue;
    const resolve: GraphQLFieldResolver<unknown, FactgraphContext> = async (source, args, context, info) =>
      ((await lookUp(field, args, context, info)) ?? { found: await generated(source, args, context, info) }).found;
    def.resolve = resolve;
  }
  return schema;
}
