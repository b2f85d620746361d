/**
 * The generated list queries (`people(where, sort, limit, offset)`, `statements(…)`, …) answered by one Cypher
 * query of ours when the filter, the order and the selection can be projected (projection.ts, where.ts): the
 * same read @neo4j/graphql would make, without its translation, which costs more than the database work of a
 * small page (measured in bench/README.md). Anything else goes to the generated resolver, unchanged.
 */
import { getNamedType, isListType, isNonNullType, isObjectType, type GraphQLResolveInfo } from "graphql";
import neo4j from "neo4j-driver";
import type { FactgraphContext } from "../context";
import type { OwnReadFor } from "./dispatch";
import { modelOf } from "./schema-model";
import { projectionFor } from "./projection";
import { pagedRead } from "./where";

const LIST_ARGUMENTS = new Set(["where", "sort", "limit", "offset"]);

type ListArgs = { where?: Record<string, unknown> | null; sort?: Record<string, unknown>[] | null; limit?: number | null; offset?: number | null };

function readList(label: string, args: ListArgs, context: FactgraphContext, info: GraphQLResolveInfo): Promise<unknown[]> | undefined {
  const model = modelOf(info.schema);
  const values: unknown[] = [];
  const read = pagedRead(model, label, args.where, args.sort ?? [], { limit: args.limit, offset: args.offset }, values);
  if (!read) return undefined;
  const projection = projectionFor(info, [], { parameters: true });
  if (!projection) return undefined;
  return (async () => {
    const rows = await context.graph.read<{ node: unknown }>(`MATCH (node:${label})${read.where ? ` WHERE ${read.where("node", (i) => `$where${i}`)}` : ""}
       WITH node${read.sort.length ? ` ORDER BY ${read.sort.map(([f, d]) => `node.${f} ${d}`).join(", ")}` : ""} SKIP $offset LIMIT $limit
       RETURN ${projection.cypher("node")} AS node`,
      {
        ...projection.parameters("node"),
        ...Object.fromEntries(values.map((v, i) => [`where${i}`, v])),
        offset: neo4j.int(read.offset),
        limit: neo4j.int(read.limit),
      },
    );
    return rows.map((row) => projection.shape(row.node));
  })();
}

/** The read of a generated list query of a node type (`people`, `statements`, …). */
export const listRead: OwnReadFor = (schema, field) => {
  const model = modelOf(schema);
  const type = getNamedType(field.type);
  if (!isObjectType(type) || !model.nodeTypes.has(type.name)) return undefined;
  if (!isNonNullType(field.type) || !isListType(field.type.ofType)) return undefined;
  const where = field.args.find((a) => a.name === "where");
  if (!where || getNamedType(where.type).name !== `${type.name}Where` || field.args.some((a) => !LIST_ARGUMENTS.has(a.name))) return undefined;
  return (args, context, info) => readList(type.name, args as ListArgs, context, info);
};
