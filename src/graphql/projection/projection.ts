/**
 * Projection: answering the objects a resolver found from its own Cypher query, instead of hydrating them
 * through the generated schema (../hydrate.ts) or leaving a list query to @neo4j/graphql (lists.ts).
 *
 * Why: hydration is a second Neo4j transaction in sequence plus a second @neo4j/graphql translation, together
 * more than the whole database work of a statement trace (bench/README.md). Most clients select only
 * stored fields under the objects a search, a trace or a path returns (`article { id title publishedOn }`,
 * `statement { id text speaker { id name } }`), and those the hand-written query can return in the same
 * Cypher, as a map projection of the node it already matched.
 *
 * What can be projected, decided from the SDL (model.ts) and the client's selection only:
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
import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";
import neo4j from "neo4j-driver";
import { isCypherIdentifier } from "../../graph/identifier";
import { modelOf, type Computed, type Model, type Relationship } from "./model";
import { renderSubquery } from "./subquery";
import { pagedRead, type Predicate } from "./where";

type Row = Record<string, unknown>;

/** The plan for one object: its stored fields, its projectable relationships and pages, whether it is abstract. */
interface Plan {
  type: string;
  scalars: Set<string>;
  relations: Map<string, { rel: Relationship; plan: Plan }>;
  /** Response key -> the page a connection field reads (its arguments make each alias its own read). */
  connections: Map<string, Page>;
  /** Response key -> the page a list relationship field with arguments reads (`statements(sort:, limit:)`). */
  lists: Map<string, Page>;
  /** Response key -> the `@cypher` field it reads (its arguments make each alias its own read). */
  computed: Map<string, Derived>;
  abstract: boolean;
  /**
   * An interface selected with fragments on its types (`... on Person { party }`): a plan per node type, from the
   * fields graphql-js would execute on an object of that type; the others above are then empty.
   */
  variants?: Map<string, { plan: Plan; fields: FieldNode[] }>;
}

/** A `@cypher` field read as a subquery of the projection (subquery.ts). */
interface Derived {
  field: Computed;
  /** The statement's `$name`s -> indexes into the compilation's parameter values. */
  parameters: Map<string, number>;
  /** What is selected under the nodes it returns (none for a leaf). */
  node?: Plan;
  nodeFields: FieldNode[];
}

/** Related nodes of a node type, filtered, sorted and sliced by arguments, as @neo4j/graphql reads them. */
interface Page {
  rel: Relationship;
  node: Plan;
  /** The fields selected under each node (under `edges { node }` for a connection), to shape it. */
  nodeFields: FieldNode[];
  where?: Predicate;
  sort: [string, "ASC" | "DESC"][];
  /** Indexes into the compilation's parameter values. */
  offset: number;
  limit: number;
}

/** What one compile reads and collects: the request's fragments and variables, and the parameter values. */
interface Compilation {
  model: Model;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  schema: GraphQLResolveInfo["schema"];
  /** Undefined when the caller cannot send parameters: then nothing needing them (a connection) is projected. */
  values?: unknown[];
}

/** What reading a selection needs besides it: the request's fragments and the schema. */
type Scope = Pick<Compilation, "fragments" | "schema">;

/**
 * The fields graphql-js executes on an object of `type` (its CollectFields): fragments whose condition is the
 * type, or an interface an object type implements, flattened; fragments on other types left out, as they never
 * apply. Undefined for an interface with a fragment on one of its types (`variantsOf` reads that), or a fragment
 * not found.
 */
function fieldsOf(type: string, selectionSet: SelectionSetNode, scope: Scope, out: FieldNode[] = []): FieldNode[] | undefined {
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.FIELD) out.push(s);
    else {
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : scope.fragments[s.name.value];
      if (!fragment) return undefined;
      const condition = fragment.typeCondition?.name.value;
      if (condition !== undefined && condition !== type) {
        const [self, on] = [scope.schema.getType(type), scope.schema.getType(condition)];
        if (!isObjectType(self) || !on) return undefined;
        if (!(isAbstractType(on) && scope.schema.isSubType(on, self))) continue;
      }
      if (!fieldsOf(type, fragment.selectionSet, scope, out)) return undefined;
    }
  }
  return out;
}

/** An interface's selection read per node type (`variants`), for selections with fragments on its types. */
function variantsOf(c: Compilation, type: string, selectionSets: readonly SelectionSetNode[]): Plan | undefined {
  const types = c.model.implementations.get(type) ?? [];
  if (types.length === 0 || types.some((t) => !c.model.nodeTypes.has(t) || !isCypherIdentifier(t))) return undefined;
  const variants = new Map<string, { plan: Plan; fields: FieldNode[] }>();
  for (const t of types) {
    const fields: FieldNode[] = [];
    if (selectionSets.some((set) => !fieldsOf(t, set, c, fields))) return undefined;
    const plan = compile(c, t, fields);
    if (!plan) return undefined;
    variants.set(t, { plan, fields });
  }
  return { type, scalars: new Set(), relations: new Map(), connections: new Map(), lists: new Map(), computed: new Map(), abstract: true, variants };
}

function compile(c: Compilation, type: string, selections: FieldNode[]): Plan | undefined {
  const { model } = c;
  const plan: Plan = { type, scalars: new Set(["id"]), relations: new Map(), connections: new Map(), lists: new Map(), computed: new Map(), abstract: model.implementations.has(type) };
  if (!model.scalars.get(type)?.has("id")) return undefined;
  for (const field of selections) {
    const name = field.name.value;
    if (name === "__typename") continue;
    const paged = model.connections.get(type)?.get(name);
    if (paged) {
      if (!byKey(plan.connections, field, () => connectionOf(c, type, field, paged))) return undefined;
      continue;
    }
    const computed = model.computed.get(type)?.get(name);
    if (computed) {
      if (!byKey(plan.computed, field, () => derivedOf(c, type, field, computed))) return undefined;
      continue;
    }
    if (field.arguments?.length) {
      if (!byKey(plan.lists, field, () => listOf(c, type, field))) return undefined;
      continue;
    }
    if (model.scalars.get(type)?.has(name)) {
      if (field.selectionSet) return undefined;
      plan.scalars.add(name);
      continue;
    }
    const rel = model.relationships.get(type)?.get(name);
    if (!rel || !field.selectionSet) return undefined;
    const inner = fieldsOf(rel.target, field.selectionSet, c);
    const existing = plan.relations.get(name);
    if (!inner) {
      const variants = existing ? undefined : variantsOf(c, rel.target, [field.selectionSet]);
      if (!variants) return undefined;
      plan.relations.set(name, { rel, plan: variants });
      continue;
    }
    // The same relationship under several aliases: one projection holding every selected field (stored fields
    // and relationships only: the others are keyed by the client's aliases, which would mix).
    const sub = compile(c, rel.target, existing ? [...inner, ...selectedUnder(existing.plan)] : inner);
    if (!sub || (existing && !(plain(existing.plan) && plain(sub)))) return undefined;
    plan.relations.set(name, { rel, plan: sub });
  }
  return plan;
}

/**
 * Reads a field keyed by its response key (its arguments make each alias its own read) into `map`; false when it
 * cannot be read, or when the key is taken: graphql-js merges a key repeated by a fragment, left to @neo4j/graphql.
 */
function byKey<T>(map: Map<string, T>, field: FieldNode, read: () => T | undefined): boolean {
  const key = field.alias?.value ?? field.name.value;
  const found = map.has(key) ? undefined : read();
  if (found) map.set(key, found);
  return found !== undefined;
}

const plain = (plan: Plan) => plan.connections.size === 0 && plan.lists.size === 0 && plan.computed.size === 0 && !plan.variants;

/** A `@cypher` field: its arguments as parameters (so only when the caller sends them), its nodes' own selection. */
function derivedOf(c: Compilation, type: string, field: FieldNode, computed: Computed): Derived | undefined {
  const parameters = new Map<string, number>();
  if (computed.statement.parameters.size) {
    const args = argumentsOf(c, type, field);
    if (!c.values || !args) return undefined;
    for (const name of computed.statement.parameters) parameters.set(name, c.values.push(args[name] ?? null) - 1);
  }
  if (computed.leaf) return field.selectionSet ? undefined : { field: computed, parameters, nodeFields: [] };
  if (!field.selectionSet) return undefined;
  const nodeFields = fieldsOf(computed.target, field.selectionSet, c);
  const node = nodeFields ? compile(c, computed.target, nodeFields) : variantsOf(c, computed.target, [field.selectionSet]);
  return node ? { field: computed, parameters, node, nodeFields: nodeFields ?? [] } : undefined;
}

/** The field's arguments as graphql-js coerces them (variables and defaults applied); undefined if they do not coerce. */
function argumentsOf(c: Compilation, type: string, field: FieldNode): Record<string, unknown> | undefined {
  const def = c.schema.getType(type);
  const fieldDef = isObjectType(def) ? def.getFields()[field.name.value] : undefined;
  if (!fieldDef) return undefined;
  try {
    return getArgumentValues(fieldDef, field, c.variables);
  } catch {
    return undefined;
  }
}

/** `pagedRead` over `rel`'s target, its page as parameters; undefined without parameters or when not reproduced. */
function pageOf(
  c: Compilation,
  rel: Relationship,
  where: Record<string, unknown> | null | undefined,
  order: Record<string, unknown>[],
  requested: { limit: unknown; offset: number },
): Omit<Page, "node" | "nodeFields"> | undefined {
  const { values } = c;
  const read = values && pagedRead(c.model, rel.target, where, order, requested, values);
  if (!values || !read) return undefined;
  const at = (value: number) => values.push(neo4j.int(value)) - 1;
  return { rel, where: read.where, sort: read.sort, offset: at(read.offset), limit: at(read.limit) };
}

/** A list relationship field to a node type with arguments (`statements(where:, sort:, limit:, offset:)`). */
function listOf(c: Compilation, type: string, field: FieldNode): Page | undefined {
  const rel = c.model.relationships.get(type)?.get(field.name.value);
  const args = argumentsOf(c, type, field);
  if (!rel?.list || !c.model.nodeTypes.has(rel.target) || !args || !field.selectionSet) return undefined;
  if (Object.keys(args).some((k) => !["where", "sort", "limit", "offset"].includes(k))) return undefined;
  const page = pageOf(c, rel, args.where as Record<string, unknown> | null | undefined, (args.sort as Record<string, unknown>[] | null) ?? [], {
    limit: args.limit,
    offset: (args.offset as number | null | undefined) ?? 0,
  });
  const nodeFields = fieldsOf(rel.target, field.selectionSet, c);
  const node = page && nodeFields && compile(c, rel.target, nodeFields);
  return node && nodeFields ? { ...page, node, nodeFields } : undefined;
}

const CURSOR_PREFIX = "arrayconnection:";

/** The offset of a cursor @neo4j/graphql issued (graphql-relay's base64 "arrayconnection:<n>"); undefined for any other string. */
function cursorOffset(cursor: string): number | undefined {
  const m = /^arrayconnection:(0|[1-9]\d{0,8})$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  if (!m || Buffer.from(CURSOR_PREFIX + m[1]).toString("base64") !== cursor) return undefined;
  return Number(m[1]);
}

const PAGE_INFO = new Set(["hasNextPage", "hasPreviousPage", "startCursor", "endCursor", "__typename"]);

/**
 * A connection field (`statementsConnection(first, after, where, sort) { totalCount pageInfo { … } edges {
 * cursor node { … } } }`) read as @neo4j/graphql reads it: its generated resolver still computes pageInfo and
 * the cursors from the arguments, the total and the edges this returns. Undefined for what it does not
 * reproduce: edge properties, aggregates, an edge filter, a cursor it did not issue, `first: 0` (which it
 * answers with every edge), a part of the selection repeated under aliases.
 */
function connectionOf(c: Compilation, type: string, field: FieldNode, relationship: string): Page | undefined {
  const rel = c.model.relationships.get(type)?.get(relationship);
  const def = c.schema.getType(type);
  const args = argumentsOf(c, type, field);
  if (!rel || !isObjectType(def) || !args || !field.selectionSet) return undefined;
  if (Object.keys(args).some((k) => !["first", "after", "where", "sort"].includes(k))) return undefined;
  let offset = 0;
  if (args.after !== undefined && args.after !== null) {
    const last = typeof args.after === "string" ? cursorOffset(args.after) : undefined;
    if (last === undefined) return undefined;
    offset = last + 1;
  }
  const filter = args.where as Record<string, unknown> | null | undefined;
  if (filter && Object.keys(filter).some((k) => k !== "node")) return undefined;
  const order = (args.sort as Record<string, unknown>[] | null) ?? [];
  if (order.some((item) => Object.keys(item).some((k) => k !== "node"))) return undefined;
  const connectionType = getNamedType(def.getFields()[field.name.value].type);
  if (!isObjectType(connectionType)) return undefined;
  const partType = (name: string) => getNamedType(connectionType.getFields()[name]?.type ?? connectionType).name;
  const parts = fieldsOf(connectionType.name, field.selectionSet, c);
  if (!parts) return undefined;
  const once = new Set<string>();
  let nodeFields: FieldNode[] = [];
  for (const part of parts) {
    const name = part.name.value;
    if (name === "__typename") continue;
    if (once.has(name)) return undefined;
    once.add(name);
    if (name === "totalCount") continue;
    if (name === "pageInfo") {
      const info = part.selectionSet && fieldsOf(partType("pageInfo"), part.selectionSet, c);
      if (!info || info.some((f) => !PAGE_INFO.has(f.name.value))) return undefined;
      continue;
    }
    if (name !== "edges" || !part.selectionSet) return undefined;
    const edge = fieldsOf(partType("edges"), part.selectionSet, c);
    if (!edge) return undefined;
    const nodes = edge.filter((f) => f.name.value === "node");
    if (nodes.length > 1 || edge.some((f) => !["node", "cursor", "__typename"].includes(f.name.value))) return undefined;
    const inner = nodes[0]?.selectionSet && fieldsOf(rel.target, nodes[0].selectionSet, c);
    if (nodes[0] && !inner) return undefined;
    nodeFields = inner || [];
  }
  const page = pageOf(c, rel, filter ? (filter.node as Record<string, unknown> | null | undefined) : undefined, order.map((item) => (item.node ?? {}) as Record<string, unknown>), {
    limit: args.first,
    offset,
  });
  const node = page && compile(c, rel.target, nodeFields);
  return page && node ? { ...page, node, nodeFields } : undefined;
}

/** A plan's fields back as field nodes, to merge a relationship selected twice. */
function selectedUnder(plan: Plan): FieldNode[] {
  const field = (name: string, selectionSet?: SelectionSetNode): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name }, selectionSet });
  return [
    ...[...plan.scalars].map((s) => field(s)),
    ...[...plan.relations].map(([name, r]) => field(name, { kind: Kind.SELECTION_SET, selections: selectedUnder(r.plan) })),
  ];
}

/** Cypher for the plan as a map projection of `variable` (null when the node is null); `param(i)` names value i. */
function cypherOf(model: Model, plan: Plan, variable: string, param: (i: number) => string, depth = 0, extra: string[] = []): string {
  if (plan.variants) {
    const cases = [...plan.variants].map(([type, v]) => `WHEN ${variable}:${type} THEN ${cypherOf(model, v.plan, variable, param, depth, [`__labels: labels(${variable})`, ...extra])}`);
    return `CASE ${cases.join(" ")} END`;
  }
  const parts = [...plan.scalars].map((s) => `.${s}`);
  let i = 0;
  const hop = (rel: Relationship, x: string, label: string) => `(${variable})${rel.direction === "OUT" ? `-[:${rel.type}]->` : `<-[:${rel.type}]-`}(${x}:${label})`;
  for (const [name, { rel, plan: sub }] of plan.relations) {
    const x = `${variable}_${depth}_${i++}`;
    if (!rel.list) {
      parts.push(`${name}: [${hop(rel, x, rel.labels.join("|"))} | ${cypherOf(model, sub, x, param, depth + 1)}][0]`);
      continue;
    }
    const limit = (type: string) => (model.limits.has(type) ? ` LIMIT ${model.limits.get(type)}` : "");
    if (!sub.abstract) {
      parts.push(`${name}: COLLECT { MATCH ${hop(rel, x, rel.labels[0])} WITH DISTINCT ${x}${limit(rel.target)} RETURN ${cypherOf(model, sub, x, param, depth + 1)} AS ${x} }`);
      continue;
    }
    // An interface: as @neo4j/graphql reads it, each node type's page in turn, then the interface's page.
    // The element id keeps two nodes with the same selected fields apart through UNION's de-duplication.
    const branches = rel.labels.map((label) => `MATCH ${hop(rel, x, label)} WITH DISTINCT ${x}${limit(label)} RETURN ${cypherOf(model, sub, x, param, depth + 1, [`__id: elementId(${x})`])} AS ${x}`);
    const page = model.limits.get(rel.target);
    parts.push(`${name}: COLLECT { ${branches.join(" UNION ")} }${page ? `[..${page}]` : ""}`);
  }
  // Pages are keyed by position, since their response keys are the client's aliases.
  const filtered = (page: Page, x: string) => `MATCH ${hop(page.rel, x, page.rel.labels[0])}${page.where ? ` WHERE ${page.where(x, param)}` : ""}`;
  const sorted = (page: Page, x: string) => (page.sort.length ? ` ORDER BY ${page.sort.map(([f, d]) => `${x}.${f} ${d}`).join(", ")}` : "");
  // A connection, as @neo4j/graphql's: every related node matching (no DISTINCT: the total counts
  // relationships), sorted, then the page.
  let j = 0;
  for (const page of plan.connections.values()) {
    const x = `${variable}_${depth}_${i++}`;
    const all = `${x}_all`;
    const [offset, limit] = [param(page.offset), param(page.limit)];
    parts.push(
      `__connection${j++}: [${all} IN [COLLECT { ${filtered(page, x)}${page.sort.length ? ` WITH ${x}${sorted(page, x)}` : ""} RETURN ${x} }] | ` +
        `{totalCount: size(${all}), edges: [${x} IN ${all}[${offset}..${offset} + ${limit}] | {node: ${cypherOf(model, page.node, x, param, depth + 1)}}]}][0]`,
    );
  }
  // A list with arguments, as @neo4j/graphql's: the distinct matching nodes, sorted, then the page.
  let k = 0;
  for (const page of plan.lists.values()) {
    const x = `${variable}_${depth}_${i++}`;
    parts.push(
      `__list${k++}: COLLECT { ${filtered(page, x)} WITH DISTINCT ${x}${sorted(page, x)} SKIP ${param(page.offset)} LIMIT ${param(page.limit)} ` +
        `RETURN ${cypherOf(model, page.node, x, param, depth + 1)} AS ${x} }`,
    );
  }
  // A @cypher field, its variables renamed apart under this one's name (subquery.ts).
  let n = 0;
  for (const { field, parameters, node } of plan.computed.values()) {
    const x = `${variable}_${depth}_${i++}`;
    const rows = `COLLECT { ${renderSubquery(field.statement, variable, `${x}__`, (name) => param(parameters.get(name)!))} }${field.cap ? `[..${field.cap}]` : ""}`;
    const each = node ? `[${x} IN ${rows} | ${cypherOf(model, node, x, param, depth + 1)}]` : rows;
    parts.push(`__computed${n++}: ${field.list ? each : `${each}[0]`}`);
  }
  if (plan.abstract) parts.push(`__labels: labels(${variable})`);
  return `${variable} { ${[...parts, ...extra].join(", ")} }`;
}

function value(v: unknown): unknown {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(value);
  return v;
}

/** The projected row as the client asked for it: keyed by response key (alias or name), as hydration returns it. */
function shapeOf(plan: Plan, model: Model, selections: FieldNode[], scope: Scope, row: Row | null | undefined): Row | null {
  if (!row) return null;
  if (plan.variants) {
    const labels = (row.__labels as string[] | undefined) ?? [];
    const [type, variant] = [...plan.variants].find(([t]) => labels.includes(t)) ?? [];
    const out = variant ? shapeOf(variant.plan, model, variant.fields, scope, row) : null;
    if (out) out.__resolveType = type;
    return out;
  }
  const out: Row = { id: value(row.id) };
  if (plan.abstract) {
    const labels = (row.__labels as string[] | undefined) ?? [];
    out.__resolveType = (model.implementations.get(plan.type) ?? []).find((t) => labels.includes(t)) ?? null;
  }
  for (const field of selections) {
    const name = field.name.value;
    const key = field.alias?.value ?? name;
    if (name === "__typename" || plan.connections.has(key) || plan.lists.has(key) || plan.computed.has(key)) continue;
    const relation = plan.relations.get(name);
    if (relation && field.selectionSet) {
      const inner = fieldsOf(relation.rel.target, field.selectionSet, scope) ?? [];
      const related = row[name];
      out[key] = relation.rel.list
        ? ((related as Row[] | null) ?? []).map((r) => shapeOf(relation.plan, model, inner, scope, r))
        : shapeOf(relation.plan, model, inner, scope, related as Row | null);
    } else out[key] = value(row[name] ?? null);
  }
  // What the generated connection resolver reads under the field's response key: the total and the edges.
  let j = 0;
  for (const [key, connection] of plan.connections) {
    const page = row[`__connection${j++}`] as { totalCount: unknown; edges: { node: Row }[] };
    out[key] = {
      totalCount: value(page.totalCount),
      edges: page.edges.map((edge) => ({ node: shapeOf(connection.node, model, connection.nodeFields, scope, edge.node) })),
    };
  }
  let k = 0;
  for (const [key, list] of plan.lists) out[key] = (row[`__list${k++}`] as Row[]).map((node) => shapeOf(list.node, model, list.nodeFields, scope, node));
  let n = 0;
  for (const [key, { field, node, nodeFields }] of plan.computed) {
    const found = row[`__computed${n++}`] ?? null;
    const one = (r: unknown) => (node ? shapeOf(node, model, nodeFields, scope, r as Row | null) : value(r));
    out[key] = field.list ? ((found as unknown[] | null) ?? []).map(one) : one(found);
  }
  return out;
}

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
 * The selection under `path` (e.g. ["steps", "from"]) of the field being resolved: its type, its selection sets,
 * and their fields (undefined for an interface with fragments on its types: read per type, `variantsOf`).
 */
function selectionAt(info: GraphQLResolveInfo, path: string[]): { type: string; sets: SelectionSetNode[]; fields?: FieldNode[] } | undefined {
  let type = getNamedType(info.returnType);
  let fields: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    if (!(isObjectType(type) || isInterfaceType(type))) return undefined;
    const next: FieldNode[] = [];
    for (const field of fields) {
      if (!field.selectionSet) continue;
      const inner = fieldsOf(type.name, field.selectionSet, info);
      if (!inner) return undefined;
      for (const f of inner) {
        if (f.name.value !== name) continue;
        if (f.arguments?.length) return undefined;
        next.push(f);
      }
    }
    const def = type.getFields()[name];
    if (!def) return undefined;
    type = getNamedType(def.type);
    fields = next;
  }
  const sets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  const selections: FieldNode[] = [];
  const flat = sets.every((set) => fieldsOf(type.name, set, info, selections));
  return { type: type.name, sets, fields: flat ? selections : undefined };
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
  const plan = at.fields ? compile(c, at.type, fields) : options.resolvedApart ? undefined : variantsOf(c, at.type, at.sets);
  if (!plan) return undefined;
  const shape = (row: unknown) => shapeOf(plan, model, fields, info, row as Row | null);
  const fansOut = (p: Plan): boolean =>
    p.connections.size > 0 || p.lists.size > 0 || p.computed.size > 0 || [...(p.variants?.values() ?? [])].some((v) => fansOut(v.plan)) || [...p.relations.values()].some((r) => r.rel.list || fansOut(r.plan));
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
