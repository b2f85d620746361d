/**
 * Projection: answering the objects a hand-written resolver found from its own Cypher query, instead of
 * hydrating them through the generated schema (../hydrate.ts).
 *
 * Why: hydration is a second Neo4j transaction in sequence plus a second @neo4j/graphql translation (3 to 10 ms
 * on the bench machine, more than the whole database work of a statement trace). Most clients select only
 * stored fields under the objects a search, a trace or a path returns (`article { id title publishedOn }`,
 * `statement { id text speaker { id name } }`), and those the hand-written query can return in the same
 * Cypher, as a map projection of the node it already matched.
 *
 * What can be projected, decided from the SDL (schema/*.graphql) and the client's selection only:
 * - stored scalar and enum fields (and lists of them): fields with no directive at all, read as the property of
 *   the same name, as @neo4j/graphql reads them;
 * - `@relationship` fields (no `properties`, no `queryDirection`) to a node type or to an interface of node
 *   types, whose own selection is projectable in turn, read as the generated query reads them: a to-one field
 *   as `[(v)-[:TYPE]->(x:Label) | x {…}][0]`; a list as the distinct related nodes up to the target type's
 *   `@limit` default, one branch per node type for an interface, in that order (`COLLECT { … UNION … }`);
 * - a to-one `@cypher` field whose statement is a single hop, `MATCH (this)-[:TYPE]->(x:Label) RETURN x`
 *   (Evidence.article), which is the same read as a to-one relationship;
 * - `__typename`, and fragments on the object's own type.
 * Anything else (connections, other `@cypher` fields, custom resolvers, field arguments, fragments on another
 * type) makes `projectionFor` return undefined, and the resolver hydrates as before, so every selection keeps
 * its answer. The Cypher built here holds only names from the SDL (checked to be plain
 * identifiers), never text from the request: field aliases are applied in TypeScript (`shape`).
 */
import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type DirectiveNode,
  type FieldDefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
  type StringValueNode,
  type EnumValueNode,
  type IntValueNode,
} from "graphql";
import neo4j from "neo4j-driver";
import { isCypherIdentifier } from "../../graph/identifier";
import { typeDefs } from "../schema";

type Row = Record<string, unknown>;

interface Relationship {
  type: string;
  direction: "IN" | "OUT";
  /** The node labels the related node may have (a node type's own, or those of an interface's node types). */
  labels: string[];
  target: string;
  list: boolean;
}

/** What the SDL says about the fields that can be projected: type -> field -> stored scalar or relationship. */
interface Model {
  scalars: Map<string, Set<string>>;
  relationships: Map<string, Map<string, Relationship>>;
  /** Interface name -> the node types implementing it. */
  implementations: Map<string, string[]>;
  nodeTypes: Set<string>;
  /** Type or interface name -> its `@limit(default:)`: the page a list of it gets when the query sets none. */
  limits: Map<string, number>;
}

/** `MATCH (this)-[:TYPE]->(x:Label) RETURN x` (or `<-[:TYPE]-`): a @cypher statement that is one hop. */
const SINGLE_HOP = /^MATCH \(this\)(<-|-)\[:(\w+)\](->|-)\((\w+):(\w+)\) RETURN (\w+)$/;

function singleHop(statement: string, columnName: string | undefined): Omit<Relationship, "labels" | "list"> | undefined {
  const m = SINGLE_HOP.exec(statement);
  if (!m || m[6] !== m[4] || columnName !== m[4] || (m[1] === "<-") === (m[3] === "->")) return undefined;
  return { type: m[2], direction: m[1] === "<-" ? "IN" : "OUT", target: m[5] };
}

const models = new WeakMap<GraphQLSchema, Model>();

function argument(directive: DirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.STRING) return (value as StringValueNode).value;
  if (value.kind === Kind.ENUM) return (value as EnumValueNode).value;
  if (value.kind === Kind.INT) return (value as IntValueNode).value;
  return "?";
}

/** Read once per schema from the same SDL the schema is built from. */
function modelOf(schema: GraphQLSchema): Model {
  const cached = models.get(schema);
  if (cached) return cached;
  const fields = new Map<string, FieldDefinitionNode[]>();
  const nodeTypes = new Set<string>();
  const implementations = new Map<string, string[]>();
  const interfaces = new Set<string>();
  const limits = new Map<string, number>();
  for (const sdl of typeDefs()) {
    for (const def of parse(sdl).definitions) {
      if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION || def.kind === Kind.INTERFACE_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_EXTENSION) {
        const name = def.name.value;
        fields.set(name, [...(fields.get(name) ?? []), ...(def.fields ?? [])]);
        const limit = def.directives?.find((d) => d.name.value === "limit");
        const page = limit && Number(argument(limit, "default"));
        if (page && Number.isSafeInteger(page) && page > 0) limits.set(name, page);
        if (def.kind === Kind.INTERFACE_TYPE_DEFINITION) interfaces.add(name);
        if (def.kind === Kind.OBJECT_TYPE_DEFINITION) {
          // @node without arguments: the label is the type's name (the schema uses no other labels).
          const node = def.directives?.find((d) => d.name.value === "node");
          if (node && !node.arguments?.length) nodeTypes.add(name);
          for (const i of def.interfaces ?? []) implementations.set(i.name.value, [...(implementations.get(i.name.value) ?? []), name]);
        }
      }
    }
  }
  const scalars = new Map<string, Set<string>>();
  const relationships = new Map<string, Map<string, Relationship>>();
  for (const [typeName, defs] of fields) {
    const type = schema.getType(typeName);
    if (!(isObjectType(type) || isInterfaceType(type))) continue;
    const stored = new Set<string>();
    const related = new Map<string, Relationship>();
    for (const def of defs) {
      const name = def.name.value;
      const field = type.getFields()[name];
      if (!field || !isCypherIdentifier(name)) continue;
      const directives = def.directives ?? [];
      if (directives.length === 0 && isLeafType(getNamedType(field.type))) stored.add(name);
      const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
      const target = getNamedType(field.type).name;
      if (directives.length === 1 && directives[0].name.value === "relationship") {
        const rel = directives[0];
        const relType = argument(rel, "type");
        const direction = argument(rel, "direction");
        const others = (rel.arguments ?? []).filter((a) => !["type", "direction"].includes(a.name.value));
        if (others.length === 0 && relType && isCypherIdentifier(relType) && (direction === "IN" || direction === "OUT")) {
          related.set(name, { type: relType, direction, labels: [], target, list });
        }
      }
      if (directives.length === 1 && directives[0].name.value === "cypher" && !list && !def.arguments?.length) {
        const hop = singleHop(argument(directives[0], "statement") ?? "", argument(directives[0], "columnName"));
        if (hop && hop.target === target && isCypherIdentifier(hop.type)) related.set(name, { ...hop, labels: [], list });
      }
    }
    scalars.set(typeName, stored);
    relationships.set(typeName, related);
  }
  for (const rels of relationships.values()) {
    for (const [name, rel] of rels) {
      if (nodeTypes.has(rel.target)) rel.labels = [rel.target];
      else if (interfaces.has(rel.target)) rel.labels = (implementations.get(rel.target) ?? []).filter((t) => nodeTypes.has(t));
      if (rel.labels.length === 0 || !rel.labels.every((l) => isCypherIdentifier(l))) rels.delete(name);
    }
  }
  // An interface's field is stored only if every node type implementing it stores it under the same name.
  for (const name of interfaces) {
    const own = scalars.get(name);
    for (const impl of implementations.get(name) ?? []) for (const f of own ?? []) if (!scalars.get(impl)?.has(f)) own?.delete(f);
    relationships.set(name, new Map()); // relationships declared on an interface are left to @neo4j/graphql
  }
  const model: Model = { scalars, relationships, implementations, nodeTypes, limits };
  models.set(schema, model);
  return model;
}

/** The plan for one object: its stored fields, its projectable relationships, whether it is abstract. */
interface Plan {
  type: string;
  scalars: Set<string>;
  relations: Map<string, { rel: Relationship; plan: Plan }>;
  abstract: boolean;
}

/** The fields selected, fragments on the object's own type flattened; undefined if any fragment is on another type. */
function fieldsOf(type: string, selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, out: FieldNode[] = []): FieldNode[] | undefined {
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.FIELD) out.push(s);
    else {
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments[s.name.value];
      if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== type)) return undefined;
      if (!fieldsOf(type, fragment.selectionSet, fragments, out)) return undefined;
    }
  }
  return out;
}

function compile(model: Model, type: string, selections: FieldNode[], fragments: Record<string, FragmentDefinitionNode>): Plan | undefined {
  const plan: Plan = { type, scalars: new Set(["id"]), relations: new Map(), abstract: model.implementations.has(type) };
  if (!model.scalars.get(type)?.has("id")) return undefined;
  for (const field of selections) {
    const name = field.name.value;
    if (name === "__typename") continue;
    if (field.arguments?.length) return undefined;
    if (model.scalars.get(type)?.has(name)) {
      if (field.selectionSet) return undefined;
      plan.scalars.add(name);
      continue;
    }
    const rel = model.relationships.get(type)?.get(name);
    if (!rel || !field.selectionSet) return undefined;
    const inner = fieldsOf(rel.target, field.selectionSet, fragments);
    if (!inner) return undefined;
    // The same relationship under several aliases: one projection holding every selected field.
    const existing = plan.relations.get(name);
    const sub = compile(model, rel.target, existing ? [...inner, ...selectedUnder(existing.plan)] : inner, fragments);
    if (!sub) return undefined;
    plan.relations.set(name, { rel, plan: sub });
  }
  return plan;
}

/** A plan's fields back as field nodes, to merge a relationship selected twice. */
function selectedUnder(plan: Plan): FieldNode[] {
  const field = (name: string, selectionSet?: SelectionSetNode): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name }, selectionSet });
  return [
    ...[...plan.scalars].map((s) => field(s)),
    ...[...plan.relations].map(([name, r]) => field(name, { kind: Kind.SELECTION_SET, selections: selectedUnder(r.plan) })),
  ];
}

/** Cypher for the plan as a map projection of `variable` (null when the node is null). */
function cypherOf(model: Model, plan: Plan, variable: string, depth = 0, extra: string[] = []): string {
  const parts = [...plan.scalars].map((s) => `.${s}`);
  let i = 0;
  for (const [name, { rel, plan: sub }] of plan.relations) {
    const x = `${variable}_${depth}_${i++}`;
    const hop = (label: string) => `(${variable})${rel.direction === "OUT" ? `-[:${rel.type}]->` : `<-[:${rel.type}]-`}(${x}:${label})`;
    if (!rel.list) {
      parts.push(`${name}: [${hop(rel.labels.join("|"))} | ${cypherOf(model, sub, x, depth + 1)}][0]`);
      continue;
    }
    const limit = (type: string) => (model.limits.has(type) ? ` LIMIT ${model.limits.get(type)}` : "");
    if (!sub.abstract) {
      parts.push(`${name}: COLLECT { MATCH ${hop(rel.labels[0])} WITH DISTINCT ${x}${limit(rel.target)} RETURN ${cypherOf(model, sub, x, depth + 1)} AS ${x} }`);
      continue;
    }
    // An interface: as @neo4j/graphql reads it, each node type's page in turn, then the interface's page.
    // The element id keeps two nodes with the same selected fields apart through UNION's de-duplication.
    const branches = rel.labels.map((label) => `MATCH ${hop(label)} WITH DISTINCT ${x}${limit(label)} RETURN ${cypherOf(model, sub, x, depth + 1, [`__id: elementId(${x})`])} AS ${x}`);
    const page = model.limits.get(rel.target);
    parts.push(`${name}: COLLECT { ${branches.join(" UNION ")} }${page ? `[..${page}]` : ""}`);
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
function shapeOf(plan: Plan, model: Model, selections: FieldNode[], fragments: Record<string, FragmentDefinitionNode>, row: Row | null | undefined): Row | null {
  if (!row) return null;
  const out: Row = { id: value(row.id) };
  if (plan.abstract) {
    const labels = (row.__labels as string[] | undefined) ?? [];
    out.__resolveType = (model.implementations.get(plan.type) ?? []).find((t) => labels.includes(t)) ?? null;
  }
  for (const field of selections) {
    const name = field.name.value;
    if (name === "__typename") continue;
    const key = field.alias?.value ?? name;
    const relation = plan.relations.get(name);
    if (relation && field.selectionSet) {
      const inner = fieldsOf(relation.rel.target, field.selectionSet, fragments) ?? [];
      const related = row[name];
      out[key] = relation.rel.list
        ? ((related as Row[] | null) ?? []).map((r) => shapeOf(relation.plan, model, inner, fragments, r))
        : shapeOf(relation.plan, model, inner, fragments, related as Row | null);
    } else out[key] = value(row[name] ?? null);
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
   * Whether the selection reads a list relationship: projecting it costs per object, so a query that projects
   * candidates it may then drop (a search before reranking) should project only those it keeps.
   */
  fansOut: boolean;
  /** A Cypher expression projecting node `variable` (a plain identifier the caller binds) with every selected field. */
  cypher(variable: string): string;
  /** The object to return for a row of that expression. */
  shape(row: unknown): Row | null;
  /** `shape` over rows keyed by id; ids whose row shapes to nothing are left out. */
  shapeAll(rows: Iterable<readonly [string, unknown]>): Map<string, Row>;
}

/** The selected fields under `path` (e.g. ["steps", "from"]) of the field being resolved, and their type. */
function selectionAt(info: GraphQLResolveInfo, path: string[]): { type: string; fields: FieldNode[] } | undefined {
  let type = getNamedType(info.returnType);
  let fields: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    if (!(isObjectType(type) || isInterfaceType(type))) return undefined;
    const next: FieldNode[] = [];
    for (const field of fields) {
      if (!field.selectionSet) continue;
      const inner = fieldsOf(type.name, field.selectionSet, info.fragments);
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
  const selections: FieldNode[] = [];
  for (const field of fields) {
    if (!field.selectionSet) continue;
    const inner = fieldsOf(type.name, field.selectionSet, info.fragments);
    if (!inner) return undefined;
    selections.push(...inner);
  }
  return { type: type.name, fields: selections };
}

/**
 * A projection answering the client's selection under `path` of the field being resolved, or undefined when
 * that selection needs more than stored fields and relationships (then hydrate). Fields named in
 * `resolvedApart` are left out of it: the caller sees to them, and their own resolvers answer them.
 */
export function projectionFor(info: GraphQLResolveInfo, path: string[], resolvedApart: ReadonlySet<string> = new Set()): Projection | undefined {
  if (!projecting.enabled) return undefined;
  const model = modelOf(info.schema);
  const at = selectionAt(info, path);
  if (!at) return undefined;
  const fields = at.fields.filter((f) => !resolvedApart.has(f.name.value));
  const plan = compile(model, at.type, fields, info.fragments);
  if (!plan) return undefined;
  const shape = (row: unknown) => shapeOf(plan, model, fields, info.fragments, row as Row | null);
  const fansOut = (p: Plan): boolean => [...p.relations.values()].some((r) => r.rel.list || fansOut(r.plan));
  const labels = (plan.abstract ? (model.implementations.get(plan.type) ?? []) : [plan.type]).filter((t) => model.nodeTypes.has(t) && isCypherIdentifier(t));
  return {
    labels,
    fansOut: fansOut(plan),
    cypher: (variable) => {
      if (!isCypherIdentifier(variable)) throw new Error(`not a Cypher variable: ${variable}`);
      return cypherOf(model, plan, variable);
    },
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
