/**
 * Arguments @neo4j/graphql would mishandle, refused with a clear BAD_USER_INPUT before anything reaches Neo4j.
 * Runs once the operation is resolved and its variables known, on every field of the document.
 * - Pages: on a paginated field (one taking `offset` or `after`: the generated lists and connections), a
 *   `limit` or `first` above the maximum page size, or a negative `limit`, `first` or `offset`. @neo4j/graphql
 *   would silently cut an oversized page to its type's @limit max (a short page that looks complete) and hand a
 *   negative one to Neo4j (an internal error). Hand-written fields with a `limit` (searchStatements) check
 *   their own.
 * - Null filters: `where: { name: null }` (or a relationship or connection filter set to null) makes
 *   @neo4j/graphql throw a TypeError. Null stays allowed where it means something (`speaker: null`: no
 *   speaker) or is harmless (`NOT: null`).
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";

export function argumentGuards(maxPageSize: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          const problem = argumentProblem(schema, document, request.variables ?? {}, maxPageSize);
          if (problem) throw new GraphQLError(problem, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
        },
      };
    },
  };
}

/** Page arguments, each with the argument that pages on from it (which marks the field as paginated). */
const PAGE_ARGUMENTS = new Map([
  ["limit", "offset"],
  ["first", "after"],
  ["offset", "offset"],
]);

function argumentProblem(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, maxPageSize: number): string | undefined {
  // Variables as the request will see them: the values sent, else the operation's defaults. No prototype, so
  // a variable named __proto__ is just a name.
  const values: Record<string, unknown> = Object.create(null);
  visit(document, {
    VariableDefinition(node) {
      if (node.defaultValue) values[node.variable.name.value] = valueFromASTUntyped(node.defaultValue);
    },
  });
  Object.assign(values, variables);

  let problem: string | undefined;
  const typeInfo = new TypeInfo(schema);
  const visitor = {
    Field(node: FieldNode) {
      const definition = typeInfo.getFieldDef();
      if (!definition || problem) return;
      const declared = new Map(definition.args.map((a) => [a.name, a.type]));
      for (const argument of node.arguments ?? []) {
        const name = argument.name.value;
        const type = declared.get(name);
        const value = valueFromASTUntyped(argument.value, values);
        if (!type) continue;
        const pagesOnWith = PAGE_ARGUMENTS.get(name);
        if (pagesOnWith && declared.has(pagesOnWith) && typeof value === "number") {
          const call = `${node.name.value}(${name}: ${value})`;
          if (value < 0) problem ??= `${call}: ${name} must not be negative`;
          else if (name !== "offset" && value > maxPageSize) {
            problem ??= `${call} is over the maximum page size of ${maxPageSize}: ask for at most ${maxPageSize} and page on with ${pagesOnWith}`;
          }
        }
        const nullFilter = findNullFilter(value, type, name);
        if (nullFilter) problem ??= `${node.name.value}: ${nullFilter} must not be null: leave the filter out instead`;
      }
    },
  };
  visit(document, visitWithTypeInfo(typeInfo, visitor));
  return problem;
}

/** A filter object @neo4j/graphql reads without checking for null: scalar, relationship and connection filters. */
function breaksOnNull(parent: GraphQLInputObjectType, field: GraphQLInputField): boolean {
  const type = getNullableType(field.type);
  if (!isInputObjectType(type)) return false;
  if (parent.name.endsWith("ConnectionWhere") && (field.name === "node" || field.name === "edge")) return true;
  return type.name.endsWith("Filters") || type.name.endsWith("ConnectionWhere");
}

/** The path of the first null `breaksOnNull` filter inside `value`, or undefined. */
function findNullFilter(value: unknown, type: GraphQLInputType, path: string): string | undefined {
  const nullable = getNullableType(type);
  if (isListType(nullable) && Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNullFilter(item, nullable.ofType, `${path}[${i}]`);
      if (found) return found;
    }
  }
  if (!isInputObjectType(nullable) || typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const fields = nullable.getFields();
  for (const [key, inner] of Object.entries(value)) {
    const field = fields[key];
    if (!field) continue;
    if (inner === null && breaksOnNull(nullable, field)) return `${path}.${key}`;
    const found = findNullFilter(inner, field.type, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}
