/**
 * What projection may read, decided from the SDL (schema/*.graphql) once per schema: which fields are stored
 * properties, which are relationships (and their connections), which `@cypher` statements it can run as
 * subqueries, each type's page sizes. Only names that are plain Cypher identifiers are kept, so every name
 * projection splices into Cypher comes from here (and statements from the SDL, never from a request).
 */
import {
  getNamedType,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type DirectiveNode,
  type EnumValueNode,
  type FieldDefinitionNode,
  type GraphQLSchema,
  type IntValueNode,
  type StringValueNode,
} from "graphql";
import { isCypherIdentifier } from "../../graph/identifier";
import { typeDefs } from "../sdl";
import { parseCypherStatement, type CypherStatement } from "./subquery";

export interface Relationship {
  type: string;
  direction: "IN" | "OUT";
  /** The node labels the related node may have (a node type's own, or those of an interface's node types). */
  labels: string[];
  target: string;
  list: boolean;
}

/** A stored property: its GraphQL scalar or enum, and whether it holds a list. */
export interface Stored {
  scalar: string;
  list: boolean;
}

/** A `@cypher` field projection can read as a subquery (subquery.ts): its statement, and what it returns. */
export interface CypherField {
  /** Reads `$name` only for the field's own arguments. */
  statement: CypherStatement;
  /** A leaf, a node type, or an interface of node types. */
  target: string;
  leaf: boolean;
  list: boolean;
  /**
   * A list of a node type: the most @neo4j/graphql gives, its type's `@limit` default (or max), whatever a `limit`
   * argument of the field asks for: the statement's rows are cut to it.
   */
  cap?: number;
}

export interface SchemaModel {
  /** Type -> stored field -> its scalar: fields with no directive, read as the property of the same name. */
  scalars: Map<string, Map<string, Stored>>;
  relationships: Map<string, Map<string, Relationship>>;
  /** Type -> `@cypher` field (other than a single hop, which is a relationship) -> its statement; `Query`'s too. */
  cypherFields: Map<string, Map<string, CypherField>>;
  /** Type -> `xxxConnection` field -> the list `@relationship` field `xxx` it pages (to a node type only). */
  connections: Map<string, Map<string, string>>;
  /** Interface name -> the node types implementing it. */
  implementations: Map<string, string[]>;
  nodeTypes: Set<string>;
  /** Type or interface name -> its `@limit(default:)`: the page a list of it gets when the query sets none. */
  limits: Map<string, number>;
  /** Type or interface name -> its `@limit(max:)`: the largest page @neo4j/graphql gives (it clamps larger ones). */
  maxLimits: Map<string, number>;
}

/** `MATCH (this)-[:TYPE]->(x:Label) RETURN x` (or `<-[:TYPE]-`): a @cypher statement that is one hop. */
const SINGLE_HOP = /^MATCH \(this\)(<-|-)\[:(\w+)\](->|-)\((\w+):(\w+)\) RETURN (\w+)$/;

function singleHop(statement: string, columnName: string | undefined): Omit<Relationship, "labels" | "list"> | undefined {
  const m = SINGLE_HOP.exec(statement);
  if (!m || m[6] !== m[4] || columnName !== m[4] || (m[1] === "<-") === (m[3] === "->")) return undefined;
  return { type: m[2], direction: m[1] === "<-" ? "IN" : "OUT", target: m[5] };
}

function argument(directive: DirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.STRING) return (value as StringValueNode).value;
  if (value.kind === Kind.ENUM) return (value as EnumValueNode).value;
  if (value.kind === Kind.INT) return (value as IntValueNode).value;
  return "?";
}

const models = new WeakMap<GraphQLSchema, SchemaModel>();

/** Read once per schema from the same SDL the schema is built from. */
export function modelOf(schema: GraphQLSchema): SchemaModel {
  const cached = models.get(schema);
  if (cached) return cached;
  const fields = new Map<string, FieldDefinitionNode[]>();
  const nodeTypes = new Set<string>();
  const implementations = new Map<string, string[]>();
  const interfaces = new Set<string>();
  const limits = new Map<string, number>();
  const maxLimits = new Map<string, number>();
  const page = (directive: DirectiveNode | undefined, name: string) => {
    const n = directive && Number(argument(directive, name));
    return n && Number.isSafeInteger(n) && n > 0 ? n : undefined;
  };
  for (const sdl of typeDefs()) {
    for (const def of parse(sdl).definitions) {
      if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION || def.kind === Kind.INTERFACE_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_EXTENSION) {
        const name = def.name.value;
        fields.set(name, [...(fields.get(name) ?? []), ...(def.fields ?? [])]);
        const limit = def.directives?.find((d) => d.name.value === "limit");
        if (page(limit, "default")) limits.set(name, page(limit, "default")!);
        if (page(limit, "max")) maxLimits.set(name, page(limit, "max")!);
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
  const scalars = new Map<string, Map<string, Stored>>();
  const relationships = new Map<string, Map<string, Relationship>>();
  const computed = new Map<string, Map<string, CypherField>>();
  const connectable = new Map<string, Set<string>>();
  for (const [typeName, defs] of fields) {
    const type = schema.getType(typeName);
    if (!(isObjectType(type) || isInterfaceType(type))) continue;
    const stored = new Map<string, Stored>();
    const related = new Map<string, Relationship>();
    const derived = new Map<string, CypherField>();
    const pageable = new Set<string>();
    for (const def of defs) {
      const name = def.name.value;
      const field = type.getFields()[name];
      if (!field || !isCypherIdentifier(name)) continue;
      const directives = def.directives ?? [];
      const named = getNamedType(field.type);
      const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
      if (directives.length === 0 && isLeafType(named)) stored.set(name, { scalar: isEnumType(named) ? "enum" : named.name, list });
      const target = named.name;
      if (directives.length === 1 && directives[0].name.value === "relationship") {
        const rel = directives[0];
        const relType = argument(rel, "type");
        const direction = argument(rel, "direction");
        const others = (rel.arguments ?? []).filter((a) => !["type", "direction"].includes(a.name.value));
        if (others.length === 0 && relType && isCypherIdentifier(relType) && (direction === "IN" || direction === "OUT")) {
          related.set(name, { type: relType, direction, labels: [], target, list });
          if (list) pageable.add(name);
        }
      }
      if (directives.length === 1 && directives[0].name.value === "cypher") {
        const text = argument(directives[0], "statement") ?? "";
        const columnName = argument(directives[0], "columnName");
        const hop = !list && !def.arguments?.length ? singleHop(text, columnName) : undefined;
        const statement = parseCypherStatement(text);
        const args = (def.arguments ?? []).map((a) => a.name.value);
        if (hop && hop.target === target && isCypherIdentifier(hop.type)) related.set(name, { ...hop, labels: [], list });
        // A list of scalars is left out: @neo4j/graphql unwinds what its statement returns (a row per value, or one
        // list), which a COLLECT subquery would not.
        else if (statement && statement.column === columnName && !(list && isLeafType(named)) && [...statement.parameters].every((p) => args.includes(p))) {
          derived.set(name, { statement, target, leaf: isLeafType(named), list });
        }
      }
    }
    scalars.set(typeName, stored);
    relationships.set(typeName, related);
    computed.set(typeName, derived);
    connectable.set(typeName, pageable);
  }
  for (const rels of relationships.values()) {
    for (const [name, rel] of rels) {
      if (nodeTypes.has(rel.target)) rel.labels = [rel.target];
      else if (interfaces.has(rel.target)) rel.labels = (implementations.get(rel.target) ?? []).filter((t) => nodeTypes.has(t));
      if (rel.labels.length === 0 || !rel.labels.every((l) => isCypherIdentifier(l))) rels.delete(name);
    }
  }
  for (const fields of computed.values()) {
    for (const [name, field] of fields) {
      if (field.leaf) continue;
      const labels = nodeTypes.has(field.target) ? [field.target] : (implementations.get(field.target) ?? []).filter((t) => nodeTypes.has(t));
      if (labels.length === 0 || !labels.every((l) => isCypherIdentifier(l))) fields.delete(name);
      const [page, max] = [limits.get(field.target), maxLimits.get(field.target)];
      if (field.list && nodeTypes.has(field.target) && (page ?? max)) field.cap = Math.min(page ?? max!, max ?? Infinity);
    }
  }
  // An interface's field is stored only if every node type implementing it stores it under the same name.
  for (const name of interfaces) {
    const own = scalars.get(name);
    for (const impl of implementations.get(name) ?? []) for (const f of own?.keys() ?? []) if (!scalars.get(impl)?.has(f)) own?.delete(f);
    relationships.set(name, new Map()); // relationships declared on an interface are left to @neo4j/graphql
    computed.set(name, new Map());
  }
  // A connection pages a list relationship to a node type (interfaces' connections are read per type by
  // @neo4j/graphql, in an order this does not reproduce).
  const connections = new Map<string, Map<string, string>>();
  for (const [typeName, pageable] of connectable) {
    const type = schema.getType(typeName);
    const byField = new Map<string, string>();
    for (const name of pageable) {
      const rel = relationships.get(typeName)?.get(name);
      if (rel && nodeTypes.has(rel.target) && isObjectType(type) && type.getFields()[`${name}Connection`]) byField.set(`${name}Connection`, name);
    }
    connections.set(typeName, byField);
  }
  const model: SchemaModel = { scalars, relationships, cypherFields: computed, connections, implementations, nodeTypes, limits, maxLimits };
  models.set(schema, model);
  return model;
}
