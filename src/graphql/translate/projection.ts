/**
 * Projection: answering the objects a resolver found from its own Cypher query, instead of hydrating them
 * through the generated schema (hydrate.ts) or leaving a list query to @neo4j/graphql (list-reads.ts). It
 * puts the phases together: plan the selection (plan.ts), write its Cypher (cypher.ts), shape the rows (shape.ts).
 *
 * Why: hydration is a second Neo4j transaction in sequence plus a second @neo4j/graphql translation, together
 * more than the whole database work of a statement trace (bench/README.md). Most clients select only
 * stored fields under the objects a search, a trace or a path returns (`article { id title publishedOn }`,
 * `statement { id text speaker { id name } }`), and those the hand-written query can return in the same
 * Cypher, as a map projection of the node it already matched.
 *
 * What can be projected, decided from the SDL (schema-model.ts) and the client's selection only:
 * - stored scalar and enum fields (and lists of them): fields with no directive at all, read as the property of
 *   the same name, as @neo4j/graphql reads them;
 * - `@relationship` fields (no `properties`, no `queryDirection`) to a node type or to an interface of node
 *   types, whose own selection is projectable in turn, read as the generated query reads them: a to-one field
 *   as `[(v)-[:TYPE]->(x:Label) | x {…}][0]`; a list as the distinct related nodes up to the target type's
 *   `@limit` default, one branch per node type for an interface, in that order (`COLLECT { … UNION … }`);
 * - a to-one `@cypher` field whose statement is a single hop, `MATCH (this)-[:TYPE]->(x:Label) RETURN x`
 *   (Evidence.article), which is the same read as a to-one relationship;
 * - any other `@cypher` field whose statement reads without aggregating (`party`, `recentStatements(limit:,
 *   offset:)`, `quotedSpans`), as a COLLECT subquery of the statement, its variables renamed apart (subquery.ts);
 *   its arguments are parameters, so only for a caller that sends them;
 * - the connection of a list relationship to a node type (`statementsConnection(first, after, where, sort)`),
 *   and such a list relationship with arguments (`statements(where, sort, limit, offset)`), filtered on stored
 *   properties (where.ts), sorted and paged as @neo4j/graphql pages them, when the caller can send parameters;
 * - `__typename`, and fragments: on the object's type or an interface it implements, and under an interface
 *   on its node types (`lookup { ... on Person { party } }`), read per node type (`CASE WHEN x:Person THEN …`).
 * Anything else (aggregating `@cypher` fields, custom resolvers, arguments of other fields, unions) makes
 * `projectionFor` return undefined, and the resolver hydrates as before, so every selection keeps
 * its answer. The Cypher built here holds only names from the SDL (checked to be plain identifiers) and
 * parameters, never text from the request: field aliases are applied in TypeScript (`shape`).
 */
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { isCypherIdentifier } from "../../graph/identifier";
import { cypherOf } from "./cypher";
import { compile, perTypePlans, selectionAt, type Compilation, type Row, type SelectionPlan } from "./plan";
import { modelOf } from "./schema-model";
import { shapeOf } from "./shape";

/** Off: every resolver hydrates, as before projection existed (for tests comparing both answers). */
export const projecting = { enabled: true };

/** How to answer the objects under one path of a field from the resolver's own Cypher. */
export interface Projection {
  /** The node labels the projected objects may have (their node type's, or an interface's node types'); none if not nodes. */
  labels: string[];
  /**
   * Whether the selection reads a list relationship or a connection: projecting it costs per object, so a
   * query that projects candidates it may then drop (a search before reranking) should project only those it
   * keeps.
   */
  fansOut: boolean;
  /** A Cypher expression projecting node `variable` (a plain identifier the caller binds) with every selected field. */
  cypher(variable: string): string;
  /** The parameters that expression uses (named after `variable`); empty unless asked for with `parameters`. */
  parameters(variable: string): Record<string, unknown>;
  /** The object to return for a row of that expression. */
  shape(row: unknown): Row | null;
  /** `shape` over rows keyed by id; ids whose row shapes to nothing are left out. */
  shapeAll(rows: Iterable<readonly [string, unknown]>): Map<string, Row>;
}

/**
 * A projection answering the client's selection under `path` of the field being resolved, or undefined when
 * that selection needs more than stored fields, relationships and connections (then hydrate). Fields named in
 * `resolvedApart` are left out of it: the caller sees to them, and their own resolvers answer them. Connections
 * need parameters (their filters and pages): only a caller that sends `parameters(variable)` with its query
 * passes `parameters: true`.
 */
export function projectionFor(
  info: GraphQLResolveInfo,
  path: string[],
  options: { resolvedApart?: ReadonlySet<string>; parameters?: boolean } = {},
): Projection | undefined {
  if (!projecting.enabled) return undefined;
  // With parameters the plan holds the request's argument values; without, it is the document's alone.
  if (options.parameters) return build(info, path, options);
  const key = `${path.join(".")} ${[...(options.resolvedApart ?? [])].join(",")}`;
  const known = compiled.get(info.fieldNodes[0]) ?? [];
  const same = (e: Compiled) => e.key === key && e.schema === info.schema && e.fieldNodes.length === info.fieldNodes.length && e.fieldNodes.every((f, i) => f === info.fieldNodes[i]);
  const hit = known.find(same);
  if (hit) return hit.projection;
  const projection = build(info, path, options);
  compiled.set(info.fieldNodes[0], [...known, { key, schema: info.schema, fieldNodes: info.fieldNodes, projection }]);
  return projection;
}

/**
 * Projections without parameters, per field node of the document: Apollo parses a query text once and hands
 * the same document to every request that sends it, so a repeated request compiles nothing. The field nodes
 * are all compared: @include and @skip can merge different ones.
 */
interface Compiled {
  key: string;
  schema: GraphQLResolveInfo["schema"];
  fieldNodes: readonly FieldNode[];
  projection: Projection | undefined;
}
const compiled = new WeakMap<FieldNode, Compiled[]>();

function build(info: GraphQLResolveInfo, path: string[], options: { resolvedApart?: ReadonlySet<string>; parameters?: boolean }): Projection | undefined {
  const model = modelOf(info.schema);
  const at = selectionAt(info, path);
  if (!at) return undefined;
  const values: unknown[] | undefined = options.parameters ? [] : undefined;
  const c: Compilation = { model, fragments: info.fragments, variables: info.variableValues, schema: info.schema, values };
  const fields = at.fields && options.resolvedApart ? at.fields.filter((f) => !options.resolvedApart?.has(f.name.value)) : (at.fields ?? []);
  const plan = at.fields ? compile(c, at.type, fields) : options.resolvedApart ? undefined : perTypePlans(c, at.type, at.sets);
  if (!plan) return undefined;
  const shape = (row: unknown) => shapeOf(plan, model, fields, info, row as Row | null);
  const fansOut = (p: SelectionPlan): boolean =>
    p.connections.size > 0 || p.lists.size > 0 || p.cypherFields.size > 0 || [...(p.variants?.values() ?? [])].some((v) => fansOut(v.plan)) || [...p.relations.values()].some((r) => r.rel.list || fansOut(r.plan));
  const labels = (plan.abstract ? (model.implementations.get(plan.type) ?? []) : [plan.type]).filter((t) => model.nodeTypes.has(t) && isCypherIdentifier(t));
  const checked = (variable: string) => {
    if (!isCypherIdentifier(variable)) throw new Error(`not a Cypher variable: ${variable}`);
    return variable;
  };
  const texts = new Map<string, string>();
  return {
    labels,
    fansOut: fansOut(plan),
    cypher: (variable) => {
      let text = texts.get(variable);
      if (text === undefined) texts.set(variable, (text = cypherOf(model, plan, checked(variable), (i) => `$${variable}_p${i}`)));
      return text;
    },
    parameters: (variable) => Object.fromEntries((values ?? []).map((v, i) => [`${checked(variable)}_p${i}`, v])),
    shape,
    shapeAll: (rows) => {
      const shaped = new Map<string, Row>();
      for (const [id, row] of rows) {
        const node = shape(row);
        if (node) shaped.set(id, node);
      }
      return shaped;
    },
  };
}
