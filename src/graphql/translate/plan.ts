/**
 * Planning, the first phase of translation: what a client's selection asks of a node type, read from the SDL's
 * model (schema-model.ts) and the request's fragments and variables. A selection that needs more than the
 * reads listed in projection.ts has no plan, and its field is answered by @neo4j/graphql.
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
import type { CypherField, SchemaModel, Relationship } from "./schema-model";
import { pagedRead, type Predicate } from "./where";

export type Row = Record<string, unknown>;

/** The plan for one object: its stored fields, its projectable relationships and pages, whether it is abstract. */
export interface SelectionPlan {
  type: string;
  scalars: Set<string>;
  relations: Map<string, { rel: Relationship; plan: SelectionPlan }>;
  /** Response key -> the page a connection field reads (its arguments make each alias its own read). */
  connections: Map<string, Page>;
  /** Response key -> the page a list relationship field with arguments reads (`statements(sort:, limit:)`). */
  lists: Map<string, Page>;
  /** Response key -> the `@cypher` field it reads (its arguments make each alias its own read). */
  cypherFields: Map<string, CypherFieldPlan>;
  abstract: boolean;
  /**
   * An interface selected with fragments on its types (`... on Person { party }`): a plan per node type, from the
   * fields graphql-js would execute on an object of that type; the others above are then empty.
   */
  variants?: Map<string, { plan: SelectionPlan; fields: FieldNode[] }>;
}

/** A `@cypher` field read as a subquery of the projection (subquery.ts). */
export interface CypherFieldPlan {
  field: CypherField;
  /** The statement's `$name`s -> indexes into the compilation's parameter values. */
  parameters: Map<string, number>;
  /** What is selected under the nodes it returns (none for a leaf). */
  node?: SelectionPlan;
  nodeFields: FieldNode[];
}

/** Related nodes of a node type, filtered, sorted and sliced by arguments, as @neo4j/graphql reads them. */
export interface Page {
  rel: Relationship;
  node: SelectionPlan;
  /** The fields selected under each node (under `edges { node }` for a connection), to shape it. */
  nodeFields: FieldNode[];
  where?: Predicate;
  sort: [string, "ASC" | "DESC"][];
  /** Indexes into the compilation's parameter values. */
  offset: number;
  limit: number;
}

/** What one compile reads and collects: the request's fragments and variables, and the parameter values. */
export interface Compilation {
  model: SchemaModel;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  schema: GraphQLResolveInfo["schema"];
  /** Undefined when the caller cannot send parameters: then nothing needing them (a connection) is projected. */
  values?: unknown[];
}

/** What reading a selection needs besides it: the request's fragments and the schema. */
export type Scope = Pick<Compilation, "fragments" | "schema">;

/**
 * The fields graphql-js executes on an object of `type` (its CollectFields): fragments whose condition is the
 * type, or an interface an object type implements, flattened; fragments on other types left out, as they never
 * apply. Undefined for an interface with a fragment on one of its types (`perTypePlans` reads that), or a fragment
 * not found.
 */
export function fieldsOf(type: string, selectionSet: SelectionSetNode, scope: Scope, out: FieldNode[] = []): FieldNode[] | undefined {
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
export function perTypePlans(c: Compilation, type: string, selectionSets: readonly SelectionSetNode[]): SelectionPlan | undefined {
  const types = c.model.implementations.get(type) ?? [];
  if (types.length === 0 || types.some((t) => !c.model.nodeTypes.has(t) || !isCypherIdentifier(t))) return undefined;
  const variants = new Map<string, { plan: SelectionPlan; fields: FieldNode[] }>();
  for (const t of types) {
    const fields: FieldNode[] = [];
    if (selectionSets.some((set) => !fieldsOf(t, set, c, fields))) return undefined;
    const plan = compile(c, t, fields);
    if (!plan) return undefined;
    variants.set(t, { plan, fields });
  }
  return { type, scalars: new Set(), relations: new Map(), connections: new Map(), lists: new Map(), cypherFields: new Map(), abstract: true, variants };
}

export function compile(c: Compilation, type: string, selections: FieldNode[]): SelectionPlan | undefined {
  const { model } = c;
  const plan: SelectionPlan = { type, scalars: new Set(["id"]), relations: new Map(), connections: new Map(), lists: new Map(), cypherFields: new Map(), abstract: model.implementations.has(type) };
  if (!model.scalars.get(type)?.has("id")) return undefined;
  for (const field of selections) {
    const name = field.name.value;
    if (name === "__typename") continue;
    const paged = model.connections.get(type)?.get(name);
    if (paged) {
      if (!byKey(plan.connections, field, () => connectionOf(c, type, field, paged))) return undefined;
      continue;
    }
    const computed = model.cypherFields.get(type)?.get(name);
    if (computed) {
      if (!byKey(plan.cypherFields, field, () => cypherFieldPlan(c, type, field, computed))) return undefined;
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
      const variants = existing ? undefined : perTypePlans(c, rel.target, [field.selectionSet]);
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

const plain = (plan: SelectionPlan) => plan.connections.size === 0 && plan.lists.size === 0 && plan.cypherFields.size === 0 && !plan.variants;

/** A `@cypher` field: its arguments as parameters (so only when the caller sends them), its nodes' own selection. */
function cypherFieldPlan(c: Compilation, type: string, field: FieldNode, computed: CypherField): CypherFieldPlan | undefined {
  const parameters = new Map<string, number>();
  if (computed.statement.parameters.size) {
    const args = argumentsOf(c, type, field);
    if (!c.values || !args) return undefined;
    for (const name of computed.statement.parameters) parameters.set(name, c.values.push(args[name] ?? null) - 1);
  }
  if (computed.leaf) return field.selectionSet ? undefined : { field: computed, parameters, nodeFields: [] };
  if (!field.selectionSet) return undefined;
  const nodeFields = fieldsOf(computed.target, field.selectionSet, c);
  const node = nodeFields ? compile(c, computed.target, nodeFields) : perTypePlans(c, computed.target, [field.selectionSet]);
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
function selectedUnder(plan: SelectionPlan): FieldNode[] {
  const field = (name: string, selectionSet?: SelectionSetNode): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name }, selectionSet });
  return [
    ...[...plan.scalars].map((s) => field(s)),
    ...[...plan.relations].map(([name, r]) => field(name, { kind: Kind.SELECTION_SET, selections: selectedUnder(r.plan) })),
  ];
}

/**
 * The selection under `path` (e.g. ["steps", "from"]) of the field being resolved: its type, its selection sets,
 * and their fields (undefined for an interface with fragments on its types: read per type, `perTypePlans`).
 */
export function selectionAt(info: GraphQLResolveInfo, path: string[]): { type: string; sets: SelectionSetNode[]; fields?: FieldNode[] } | undefined {
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
