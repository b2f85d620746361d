/**
 * The generated list queries (`people(where, sort, limit, offset)`, `statements(…)`, …) answered by one Cypher
 * query of ours when the filter, the order and the selection can be projected (projection.ts, where.ts): the
 * same read @neo4j/graphql would make, without its translation, which costs more than the database work of a
 * small page (bench/README.md, fix 9). Anything else goes to the generated resolver, unchanged.
 */
import { getNamedType, isListType, isNonNullType, isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import neo4j from "neo4j-driver";
import { readRows } from "../../graph/read";
import type { FactgraphContext } from "../context";
import { modelOf } from "./model";
import { projectionFor } from "./projection";
import { predicateOf, type Predicate } from "./where";

const LIST_ARGUMENTS = new Set(["where", "sort", "limit", "offset"]);

type ListArgs = { where?: Record<string, unknown> | null; sort?: Record<string, unknown>[] | null; limit?: number | null; offset?: number | null };

/** The page as OperationFactory.getOptions sets it: `limit`, else the @limit default, clamped to the @limit max. */
function pageOf(args: ListArgs, defaultLimit: number | undefined, max: number | undefined): { limit: number; offset: number } | undefined {
  let limit = args.limit ?? defaultLimit ?? max;
  if (limit !== undefined && max !== undefined) limit = Math.min(limit, max);
  const offset = args.offset ?? 0;
  if (limit === undefined || !Number.isSafeInteger(limit) || limit <= 0 || !Number.isSafeInteger(offset) || offset < 0) return undefined;
  return { limit, offset };
}

function readList(label: string, args: ListArgs, context: FactgraphContext, info: GraphQLResolveInfo): Promise<unknown[]> | undefined {
  const model = modelOf(info.schema);
  const page = pageOf(args, model.limits.get(label), model.maxLimits.get(label));
  if (!page) return undefined;
  const values: unknown[] = [];
  let where: Predicate | undefined;
  if (args.where && Object.keys(args.where).length) {
    where = predicateOf(model, label, args.where, values);
    if (!where) return undefined;
  }
  const order: string[] = [];
  for (const item of args.sort ?? []) {
    for (const [name, direction] of Object.entries(item)) {
      const stored = model.scalars.get(label)?.get(name);
      if (!stored || stored.list || (direction !== "ASC" && direction !== "DESC")) return undefined;
      order.push(`node.${name} ${direction}`);
    }
  }
  const projection = projectionFor(info, [], { parameters: true });
  if (!projection) return undefined;
  return (async () => {
    const rows = await readRows<{ node: unknown }>(
      context.reader,
      `MATCH (node:${label})${where ? ` WHERE ${where("node", (i) => `$where${i}`)}` : ""}
       WITH node${order.length ? ` ORDER BY ${order.join(", ")}` : ""} SKIP $offset LIMIT $limit
       RETURN ${projection.cypher("node")} AS node`,
      {
        ...projection.parameters("node"),
        ...Object.fromEntries(values.map((v, i) => [`where${i}`, v])),
        offset: neo4j.int(page.offset),
        limit: neo4j.int(page.limit),
      },
    );
    return rows.map((row) => projection.shape(row.node));
  })();
}

/** Wraps each generated list query of a node type: projected when possible, else generated. */
export function withProjectedLists(schema: GraphQLSchema): GraphQLSchema {
  const model = modelOf(schema);
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const type = getNamedType(field.type);
    const generated = field.resolve;
    if (!generated || !isObjectType(type) || !model.nodeTypes.has(type.name)) continue;
    if (!isNonNullType(field.type) || !isListType(field.type.ofType)) continue;
    const where = field.args.find((a) => a.name === "where");
    if (!where || getNamedType(where.type).name !== `${type.name}Where` || field.args.some((a) => !LIST_ARGUMENTS.has(a.name))) continue;
    const resolve: GraphQLFieldResolver<unknown, FactgraphContext> = (source, args, context, info) =>
      readList(type.name, args as ListArgs, context, info) ?? generated(source, args, context, info);
    field.resolve = resolve;
  }
  return schema;
}
