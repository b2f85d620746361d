/**
 * Hands-written resolvers find *which* nodes answer (a search, a path, a trace) with their own Cypher; this
 * fetches those nodes with whatever fields the client selected: projected by one Cypher query of ours when the
 * selection allows (projection/projection.ts), else through the schema @neo4j/graphql generated, so nested
 * selections keep their single-Cypher translation. One request per field, never one per item.
 */
import { execute, Kind, visit, type DocumentNode, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { readRows } from "../graph/read";
import type { FactgraphContext } from "./context";
import { projectionFor, type Projection } from "./projection/projection";

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
  const rows = await readRows<{ id: string; node: unknown }>(
    context.reader,
    `UNWIND $ids AS id MATCH (node:${projection.labels.join("|")} {id: id}) RETURN id, ${projection.cypher("node")} AS node`,
    { ...projection.parameters("node"), ids },
  );
  return projection.shapeAll(rows.map((r) => [r.id, r.node] as const));
}

/** One generated list query for `ids`, the client's selection under them, its variables and fragments. */
async function generated(info: GraphQLResolveInfo, context: FactgraphContext, listField: string, ids: string[], selection: SelectionSetNode): Promise<Row[]> {
  const idsVariable = "__hydrateIds";
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: "query" as never,
        variableDefinitions: [
          ...(info.operation.variableDefinitions ?? []),
          {
            kind: Kind.VARIABLE_DEFINITION,
            variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: idsVariable } },
            type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.LIST_TYPE, type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: "ID" } } } } },
          },
        ],
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: [
            {
              kind: Kind.FIELD,
              name: { kind: Kind.NAME, value: listField },
              arguments: [
                // Without a limit @neo4j/graphql applies the type's @limit default (50 for most types) and
                // silently drops the other ids (a search with limit 100, a statement in more than 50 articles).
                { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "limit" }, value: { kind: Kind.INT, value: String(ids.length) } },
                {
                  kind: Kind.ARGUMENT,
                  name: { kind: Kind.NAME, value: "where" },
                  value: {
                    kind: Kind.OBJECT,
                    fields: [
                      {
                        kind: Kind.OBJECT_FIELD,
                        name: { kind: Kind.NAME, value: "id" },
                        value: { kind: Kind.OBJECT, fields: [{ kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: "in" }, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: idsVariable } } }] },
                      },
                    ],
                  },
                },
              ],
              selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: "id" } }, ...selection.selections] },
            },
          ],
        },
      },
      ...Object.values(info.fragments),
    ],
  };
  const result = await execute({
    schema: info.schema,
    document: withTypeNames(document),
    contextValue: context,
    variableValues: { ...info.variableValues, [idsVariable]: ids },
  });
  if (result.errors?.length) throw result.errors[0];
  return (result.data?.[listField] ?? []) as Row[];
}

/**
 * @neo4j/graphql resolves interfaces and unions from a `__resolveType` key its Cypher projects. Rows fetched
 * here are resolved a second time by the outer request, so every selection asks for the type name under that key.
 */
function withTypeNames(document: DocumentNode): DocumentNode {
  const typeName: FieldNode = { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: "__resolveType" }, name: { kind: Kind.NAME, value: "__typename" } };
  return visit(document, {
    SelectionSet: (node) => ({ ...node, selections: [...node.selections, typeName] }),
  });
}
