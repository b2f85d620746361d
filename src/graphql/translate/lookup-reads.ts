/**
 * The Query fields a `@cypher` statement defines (the lookups by name of ../lookups.ts, `article(id)`) answered by
 * one Cypher query of ours: the field's statement, then the projection of what it found. @neo4j/graphql would run
 * the same statement, but its translation of the request costs more than the database work of a lookup
 * (measured in bench/README.md). A selection projection cannot answer goes to the generated resolver, unchanged.
 */
import { getNamedType, type GraphQLResolveInfo } from "graphql";
import type { FactgraphContext } from "../context";
import type { OwnReadFor } from "./dispatch";
import { modelOf, type CypherField } from "./schema-model";
import { projectionFor } from "./projection";
import { renderSubquery } from "./subquery";

/** The field's statement and the projection of what it found; undefined when the selection cannot be projected. */
function lookUp(field: CypherField, args: Record<string, unknown>, context: FactgraphContext, info: GraphQLResolveInfo): Promise<unknown> | undefined {
  const projection = projectionFor(info, [], { parameters: true });
  if (!projection) return undefined;
  // Nothing encloses the statement here: its variables keep their names, its arguments become `$arg_<name>`.
  const statement = renderSubquery(field.statement, "this", "", (name) => `$arg_${name}`);
  return (async () => {
    const rows = await context.graph.read<{ node: unknown }>(`CALL { ${statement} } WITH ${field.statement.column} AS node RETURN ${projection.cypher("node")} AS node`,
      { ...projection.parameters("node"), ...Object.fromEntries([...field.statement.parameters].map((name) => [`arg_${name}`, args[name] ?? null])) },
    );
    const found = rows.map((row) => projection.shape(row.node));
    return field.list ? found : (found[0] ?? null);
  })();
}

/** The read of a Query field defined by a `@cypher` statement returning nodes. */
export const lookupRead: OwnReadFor = (schema, def) => {
  const query = schema.getQueryType();
  const field = query && modelOf(schema).cypherFields.get(query.name)?.get(def.name);
  if (!field || field.leaf || getNamedType(def.type).name !== field.target) return undefined;
  return (args, context, info) => lookUp(field, args, context, info);
};
