/**
 * Hands-written resolvers find *which* nodes answer (a search, a path, a trace) with their own Cypher; this
 * fetches those nodes with whatever fields the client selected: projected by one Cypher query of ours when the
 * selection allows (projection.ts), else by the list query @neo4j/graphql generated, called as a resolver with the
 * client's selection, so nested selections keep its single-Cypher translation. One request per field, never one
 * per item.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { FactgraphContext } from "../context";
import { generatedResolver } from "./dispatch";
import { projectionFor, type Projection } from "./projection";

type Row = Record<string, unknown>;

/**
 * `chunk`: the most ids one generated list query is asked for. Its `limit` is clamped to the type's @limit max
 * (the smallest in schema/factgraph.graphql is 500), which silently dropped the rest (a long timeline lost
 * events); more ids are fetched by several queries. Settable for tests.
 */
export const hydration = { chunk: 500 };

/** The selection under `path` (e.g. ["statement"]) of the field being resolved, merged across field nodes. */
function subSelection(info: GraphQLResolveInfo, path: string[]): SelectionSetNode | undefined {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    const next: FieldNode[] = [];
    for (const field of fields) {
      for (const selection of field.selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD && selection.name.value === name) next.push(selection);
        // Inline fragments and spreads on the hit type are flattened by graphql-js before we get here only
        // for execution, so look inside them too.
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          for (const inner of selection.selectionSet.selections) if (inner.kind === Kind.FIELD && inner.name.value === name) next.push(inner);
        }
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = info.fragments[selection.name.value];
          for (const inner of fragment?.selectionSet.selections ?? []) if (inner.kind === Kind.FIELD && inner.name.value === name) next.push(inner);
        }
      }
    }
    fields = next;
  }
  const selections = fields.flatMap((f) => f.selectionSet?.selections ?? []);
  return selections.length ? { kind: Kind.SELECTION_SET, selections } : undefined;
}

/**
 * Fetches nodes of `listField` (a generated list query such as "statements") by id, with the selection the
 * client made under `path`, and returns them keyed by id. The `id` field is always fetched.
 */
export async function hydrate(
  info: GraphQLResolveInfo,
  context: FactgraphContext,
  listField: string,
  ids: string[],
  path: string[],
): Promise<Map<string, Row>> {
  const selection = subSelection(info, path);
  if (ids.length === 0 || !selection) return new Map(ids.map((id) => [id, { id }]));
  const unique = [...new Set(ids)];
  const projection = projectionFor(info, path, { parameters: true });
  if (projection?.labels.length) return projected(context, projection, unique);
  const chunks = Array.from({ length: Math.ceil(unique.length / hydration.chunk) }, (_, i) => unique.slice(i * hydration.chunk, (i + 1) * hydration.chunk));
  const found = await Promise.all(chunks.map((chunk) => generated(info, context, listField, chunk, selection)));
  return new Map(found.flatMap((rows) => rows.map((row) => [String(row.id), row] as const)));
}

async function projected(context: FactgraphContext, projection: Projection, ids: string[]): Promise<Map<string, Row>> {
  const rows = await context.graph.read<{ id: string; node: unknown }>(`UNWIND $ids AS id MATCH (node:${projection.labels.join("|")} {id: id}) RETURN id, ${projection.cypher("node")} AS node`,
    { ...projection.parameters("node"), ids },
  );
  return projection.shapeAll(rows.map((r) => [r.id, r.node] as const));
}

/**
 * The generated resolver of `listField` for `ids`, given the client's selection under them as its field: what
 * @neo4j/graphql answers that field with, one Cypher query, completed by the outer request like any answer of it.
 */
async function generated(info: GraphQLResolveInfo, context: FactgraphContext, listField: string, ids: string[], selection: SelectionSetNode): Promise<Row[]> {
  const query = info.schema.getQueryType();
  const field = query?.getFields()[listField];
  const resolve = field && generatedResolver(field);
  if (!query || !field || !resolve) throw new Error(`hydration: no generated query ${listField}`);
  const idsVariable = "__hydrateIds";
  const variable = { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: idsVariable } } as const;
  const node: FieldNode = {
    kind: Kind.FIELD,
    name: { kind: Kind.NAME, value: listField },
    arguments: [
      // Without a limit @neo4j/graphql applies the type's @limit default (50 for most types) and silently drops
      // the other ids (a search with limit 100, a statement in more than 50 articles).
      { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "limit" }, value: { kind: Kind.INT, value: String(ids.length) } },
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: "where" },
        value: { kind: Kind.OBJECT, fields: [{ kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: "id" }, value: { kind: Kind.OBJECT, fields: [{ kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: "in" }, value: variable }] } }] },
      },
    ],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: "id" } }, ...selection.selections] },
  };
  const rows = await resolve(undefined, { limit: ids.length, where: { id: { in: ids } } }, context, {
    ...info,
    fieldName: listField,
    fieldNodes: [node],
    returnType: field.type,
    parentType: query,
    path: { prev: undefined, key: listField, typename: query.name },
    variableValues: { ...info.variableValues, [idsVariable]: ids },
  });
  return (rows ?? []) as Row[];
}
