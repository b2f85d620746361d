/**
 * Requests @neo4j/graphql would mishandle, refused with a clear BAD_USER_INPUT before anything reaches Neo4j.
 * Runs once the operation is resolved and its variables known, on every field of the document (the walk once
 * per document, the checks of argument values on every request).
 * - Pages: on a paginated field (one taking `offset` or `after`: the generated lists and connections), a
 *   `limit` or `first` above the maximum page size, or a negative `limit`, `first` or `offset`. @neo4j/graphql
 *   would silently cut an oversized page to its type's @limit max (a short page that looks complete) and hand a
 *   negative one to Neo4j (an internal error). A `@cypher` list with its own `limit` (`recentStatements`) has
 *   its type's @limit default (50) as its maximum, since @neo4j/graphql cuts it there whatever it asks for.
 *   Hand-written fields with a `limit` (searchStatements) check their own.
 * - Null filters: `where: { name: null }` (or a relationship or connection filter set to null) makes
 *   @neo4j/graphql throw a TypeError, and a union's member filter set to null (`reporteds(where: { Stance:
 *   null })`) makes it write invalid Cypher. Null stays allowed where it means something (`speaker: null`: no
 *   speaker) or is harmless (`NOT: null`).
 * - Edge counts over an interface: `aboutConnection { aggregate { count { edges } } }` on a relationship to
 *   `Entity` makes @neo4j/graphql 7 throw ("Edge variable not defined in Count field"); `count { nodes }`
 *   works there, and so does `count { edges }` on relationships to a concrete type.
 * - One field under two names inside a connection: in `statementsConnection { a: totalCount totalCount }`,
 *   `edges { a: cursor cursor }`, `pageInfo { a: hasNextPage hasNextPage }` or `aggregate { count { a: nodes
 *   nodes } }`, @neo4j/graphql 7 fills one of the names and leaves the other null, which a non-null field turns
 *   into an internal error. Not every such place breaks (top-level `edges` do not), but one rule is easier to
 *   follow than a list. `node` under `edges` may be selected under several names, and inside it a node's own
 *   fields as anywhere.
 * - `node { __typename }` alone under a connection's edges or an aggregate: @neo4j/graphql 7 projects nothing
 *   and writes invalid Cypher (edges) or returns null for a non-null field (aggregates).
 * - An aggregate over a connection to an interface filtered on one of the interface's relationships
 *   (`entitiesConnection(where: { evidence: { some: … } }) { aggregate { … } }`, also under NOT, AND, OR, as
 *   `evidenceConnection`, or on a relationship's `node`): @neo4j/graphql 7 throws "Attribute evidence not
 *   found". `totalCount` with the same filter works.
 */
import {
  getNullableType,
  getNamedType,
  isAbstractType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isListType,
  isUnionType,
  Kind,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { modelOf } from "./translate/schema-model";

/** Page arguments, each with the argument that pages on from it (which marks the field as paginated). */
const PAGE_ARGUMENTS = new Map([
  ["limit", "offset"],
  ["first", "after"],
  ["offset", "offset"],
]);

/**
 * What a document's checks need once its variables are known: the first problem of its selections alone (the
 * same for any variables), its variables' defaults, and the argument checks, in document order. Worked out
 * once per document: Apollo hands back the same parsed document for the same query text, so a repeated query
 * skips the walk with TypeInfo, a cost per request that is not small beside a small read (measured in bench/HISTORY.md).
 */
interface DocumentChecks {
  selectionProblem?: string;
  defaults: Record<string, unknown>;
  argumentChecks: ((values: Record<string, unknown>) => string | undefined)[];
}

type CheckedDocuments = WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentChecks>>;

/** The checks, each document's worked out once and kept while its schema and document live. */
export class InputGuard {
  private readonly checked: CheckedDocuments = new WeakMap();
  constructor(private readonly maxPageSize: number) {}

  /** The first thing @neo4j/graphql would mishandle in this request, in words for the client. */
  problem(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): string | undefined {
    return argumentProblem(this.checked, schema, document, variables, this.maxPageSize);
  }
}

function argumentProblem(checked: CheckedDocuments, schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, maxPageSize: number): string | undefined {
  let bySchema = checked.get(schema);
  if (!bySchema) checked.set(schema, (bySchema = new WeakMap()));
  let checks = bySchema.get(document);
  if (!checks) bySchema.set(document, (checks = documentChecks(schema, document, maxPageSize)));
  if (checks.selectionProblem) return checks.selectionProblem;
  // Variables as the request will see them: the values sent, else the operation's defaults. No prototype, so
  // a variable named __proto__ is just a name.
  const values: Record<string, unknown> = Object.assign(Object.create(null), checks.defaults, variables);
  for (const check of checks.argumentChecks) {
    const problem = check(values);
    if (problem) return problem;
  }
  return undefined;
}

function documentChecks(schema: GraphQLSchema, document: DocumentNode, maxPageSize: number): DocumentChecks {
  const defaults: Record<string, unknown> = Object.create(null);
  visit(document, {
    VariableDefinition(node) {
      if (node.defaultValue) defaults[node.variable.name.value] = valueFromASTUntyped(node.defaultValue);
    },
  });
  const argumentChecks: DocumentChecks["argumentChecks"] = [];
  let problem: string | undefined;
  const typeInfo = new TypeInfo(schema);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const overInterface = aggregatesOverInterfaces(schema);
  // The enclosing fields, innermost last, each with the type it was selected on.
  const enclosing: { field: string; on: GraphQLNamedType | undefined }[] = [];
  const visitor = {
    Field: {
      enter(node: FieldNode) {
        const on = typeInfo.getParentType() ?? undefined;
        enclosing.push({ field: node.name.value, on });
        const [connection, aggregate] = [enclosing.at(-4), enclosing.at(-2)];
        if (node.name.value === "edges" && on?.name === "CountConnection" && aggregate?.on && overInterface.has(aggregate.on.name)) {
          const where = connection?.field ?? aggregate.on.name;
          problem ??= `${where}: aggregate { count { edges } } is not available on a relationship to an interface: select count { nodes } instead`;
        }
        checkArguments(node);
        checkConnection(node);
        checkTypenameOnlyNode(node);
        checkInterfaceAggregateFilter(node);
      },
      leave() {
        enclosing.pop();
      },
    },
  };
  function checkConnection(node: FieldNode) {
    const type = typeInfo.getType();
    if (problem || !type || !isConnection(getNamedType(type))) return;
    const repeated = connectionSelections(node, fragments)
      .map(({ set, mayRepeat }) => repeatedField(set, fragments, mayRepeat))
      .find(Boolean);
    if (repeated) problem = `${node.name.value}: select ${repeated} under one name only (inside a connection, @neo4j/graphql answers only one of the names)`;
  }
  function checkTypenameOnlyNode(node: FieldNode) {
    const parent = typeInfo.getParentType();
    if (problem || node.name.value !== "node" || !isObjectType(parent)) return;
    const { cursor, count } = parent.getFields();
    const selected = selectedFields(node.selectionSet, fragments);
    if ((cursor || count) && selected.length > 0 && selected.every((field) => field.name.value === "__typename")) {
      const where = enclosing.at(-3)?.field ?? parent.name;
      problem = `${where}: node { __typename } alone cannot be answered: select a field of the node too (such as id)`;
    }
  }
  function checkInterfaceAggregateFilter(node: FieldNode) {
    const type = typeInfo.getType();
    const nodeType = type ? connectionNodeType(getNamedType(type)) : undefined;
    if (problem || !isInterfaceType(nodeType) || !selectedFields(node.selectionSet, fragments).some((f) => f.name.value === "aggregate")) return;
    const where = node.arguments?.find((a) => a.name.value === "where");
    const whereType = typeInfo.getFieldDef()?.args.find((a) => a.name === "where")?.type;
    if (!where || !whereType) return;
    const onNode = !(isInputObjectType(getNamedType(whereType)) && "node" in (getNamedType(whereType) as GraphQLInputObjectType).getFields());
    const relationships = Object.values(nodeType.getFields())
      .filter((field) => !isLeafType(getNamedType(field.type)))
      .map((field) => field.name);
    argumentChecks.push((values) => {
      const filter = relationshipFilter(valueFromASTUntyped(where.value, values), relationships, onNode);
      return filter && `${node.name.value}: aggregate is not available with a filter on ${nodeType.name}'s relationship (${filter}): count with totalCount instead, or filter on its own fields`;
    });
  }
  function checkArguments(node: FieldNode) {
    const definition = typeInfo.getFieldDef();
    if (!definition || !node.arguments?.length) return;
    const declared = new Map(definition.args.map((a) => [a.name, a.type]));
    const parent = typeInfo.getParentType();
    const pageSize = Math.min(maxPageSize, (parent && modelOf(schema).cypherFields.get(parent.name)?.get(definition.name)?.cap) ?? Infinity);
    argumentChecks.push((values) => {
      let found: string | undefined;
      for (const argument of node.arguments ?? []) {
        const name = argument.name.value;
        const type = declared.get(name);
        if (!type) continue;
        const value = valueFromASTUntyped(argument.value, values);
        const pagesOnWith = PAGE_ARGUMENTS.get(name);
        if (pagesOnWith && declared.has(pagesOnWith) && typeof value === "number") {
          const call = `${node.name.value}(${name}: ${value})`;
          if (value < 0) found ??= `${call}: ${name} must not be negative`;
          else if (name !== "offset" && value > pageSize) {
            found ??= `${call} is over the maximum page size of ${pageSize}: ask for at most ${pageSize} and page on with ${pagesOnWith}`;
          }
        }
        const nullFilter = findNullFilter(schema, value, type, name);
        if (nullFilter) found ??= `${node.name.value}: ${nullFilter} must not be null: leave the filter out instead`;
      }
      return found;
    });
  }
  visit(document, visitWithTypeInfo(typeInfo, visitor));
  return { selectionProblem: problem, defaults, argumentChecks };
}

/**
 * The first key of a filter on one of an interface's `relationships` (`evidence`, `evidence_SOME`,
 * `evidenceConnection`, `evidenceAggregate`) at the level of the interface's own filter, through AND, OR and
 * NOT; `onNode` is false for a relationship connection's filter, whose interface filter is under `node`.
 */
function relationshipFilter(filter: unknown, relationships: string[], onNode: boolean): string | undefined {
  if (Array.isArray(filter)) return filter.map((f) => relationshipFilter(f, relationships, onNode)).find(Boolean);
  if (!filter || typeof filter !== "object") return undefined;
  for (const [key, inner] of Object.entries(filter)) {
    let found: string | undefined;
    if (key === "AND" || key === "OR" || key === "NOT") found = relationshipFilter(inner, relationships, onNode);
    else if (!onNode) found = key === "node" ? relationshipFilter(inner, relationships, true) : undefined;
    else if (relationships.some((r) => key === r || key.startsWith(`${r}_`) || key.startsWith(`${r}Connection`) || key === `${r}Aggregate`)) found = key;
    if (found) return found;
  }
  return undefined;
}

/** The type of a connection's `edges { node }`, or undefined for a type that is not a connection. */
function connectionNodeType(type: GraphQLNamedType): GraphQLNamedType | undefined {
  if (!isConnection(type) || !isObjectType(type)) return undefined;
  const edge = getNamedType(type.getFields().edges.type);
  const node = isObjectType(edge) ? edge.getFields().node : undefined;
  return node && getNamedType(node.type);
}

function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return Boolean(fields.edges && fields.pageInfo && fields.totalCount);
}

/** The fields directly selected in a selection set, through inline fragments and fragment spreads. */
function selectedFields(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectedFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    return selectedFields(fragments.get(name)?.selectionSet, fragments, seen);
  });
}

/** A field selected under two response names, as `cursor` in `a: cursor cursor`; __typename and `mayRepeat` may be. */
function repeatedField(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, mayRepeat?: string): string | undefined {
  const names = new Map<string, Set<string>>();
  for (const field of selectedFields(set, fragments)) {
    const name = field.name.value;
    if (name === mayRepeat || name === "__typename") continue;
    const responseNames = names.get(name) ?? new Set<string>();
    responseNames.add(field.alias?.value ?? name);
    names.set(name, responseNames);
    if (responseNames.size > 1) return name;
  }
  return undefined;
}

/** The selection sets of a connection that repeatedField checks: its own, its edges', its pageInfo's, all of its aggregates'. */
function connectionSelections(connection: FieldNode, fragments: Map<string, FragmentDefinitionNode>): { set: SelectionSetNode; mayRepeat?: string }[] {
  const sets: { set: SelectionSetNode; mayRepeat?: string }[] = [];
  const aggregate = (set: SelectionSetNode | undefined) => {
    if (!set) return;
    sets.push({ set });
    for (const field of selectedFields(set, fragments)) aggregate(field.selectionSet);
  };
  if (connection.selectionSet) sets.push({ set: connection.selectionSet });
  for (const field of selectedFields(connection.selectionSet, fragments)) {
    if (field.name.value === "edges" && field.selectionSet) sets.push({ set: field.selectionSet, mayRepeat: "node" });
    if (field.name.value === "pageInfo" && field.selectionSet) sets.push({ set: field.selectionSet });
    if (field.name.value === "aggregate") aggregate(field.selectionSet);
  }
  return sets;
}

const aggregatesBySchema = new WeakMap<GraphQLSchema, Set<string>>();

/** Names of the `aggregate` selection types of connections whose nodes are an interface or union. */
function aggregatesOverInterfaces(schema: GraphQLSchema): Set<string> {
  let names = aggregatesBySchema.get(schema);
  if (names) return names;
  names = new Set();
  for (const type of Object.values(schema.getTypeMap())) {
    const { aggregate } = isObjectType(type) ? type.getFields() : {};
    const node = connectionNodeType(type);
    if (aggregate && node && isAbstractType(node)) names.add(getNamedType(aggregate.type).name);
  }
  aggregatesBySchema.set(schema, names);
  return names;
}

/**
 * A filter object @neo4j/graphql reads without checking for null: scalar, relationship and connection filters,
 * and the member filters of a union's (`ReportedWhere { Stance: StanceWhere, … }` for `union Reported`).
 */
function breaksOnNull(schema: GraphQLSchema, parent: GraphQLInputObjectType, field: GraphQLInputField): boolean {
  const type = getNullableType(field.type);
  if (!isInputObjectType(type)) return false;
  if (parent.name.endsWith("ConnectionWhere") && (field.name === "node" || field.name === "edge")) return true;
  if (parent.name.endsWith("Where") && isUnionType(schema.getType(parent.name.slice(0, -"Where".length)))) return true;
  return type.name.endsWith("Filters") || type.name.endsWith("ConnectionWhere");
}

/** The path of the first null `breaksOnNull` filter inside `value`, or undefined. */
function findNullFilter(schema: GraphQLSchema, value: unknown, type: GraphQLInputType, path: string): string | undefined {
  const nullable = getNullableType(type);
  if (isListType(nullable) && Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNullFilter(schema, item, nullable.ofType, `${path}[${i}]`);
      if (found) return found;
    }
  }
  if (!isInputObjectType(nullable) || typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const fields = nullable.getFields();
  for (const [key, inner] of Object.entries(value)) {
    const field = fields[key];
    if (!field) continue;
    if (inner === null && breaksOnNull(schema, nullable, field)) return `${path}.${key}`;
    const found = findNullFilter(schema, inner, field.type, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}
