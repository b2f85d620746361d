/**
 * Projection (src/graphql/factchecking/projection.ts) against the generated path, on random selections: the
 * hand-written operations answer from their own Cypher when the client's selection allows, and must then give
 * byte for byte what hydration through @neo4j/graphql gives (projection off). fast-check builds selections from
 * the schema itself (stored fields, to-one and list relationships, @cypher fields, custom-resolver fields,
 * connections' totalCount, fragments, aliases, __typename), so whatever the SDL grows is covered too.
 */
import fc from "fast-check";
import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { projecting } from "../../src/graphql/factchecking/projection";
import { buildSchema } from "../../src/graphql/schema";
import { graphql, startTestApp, type TestApp } from "../support/app";

let app: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  app = await startTestApp();
  schema = await buildSchema();
});
afterAll(() => app.close());
afterEach(() => {
  projecting.enabled = true;
});

const RUNS = 30;
const SEED = 20261202;

/** Fields a selection can name without arguments (none required), and what to select under them. */
function selectable(field: GraphQLField<unknown, unknown>): boolean {
  if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) return false;
  return !field.name.endsWith("Aggregate") && !field.name.startsWith("__");
}

/** A random selection set of `type`, at most `depth` object levels deep. */
function selectionOf(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isUnionType(type)) return fc.constant("__typename");
  if (!(isObjectType(type) || isInterfaceType(type))) return fc.constant("");
  const fields = Object.values(type.getFields()).filter(selectable);
  if (fields.length === 0) return fc.constant("__typename");
  const one = (field: GraphQLField<unknown, unknown>): fc.Arbitrary<string> => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return fc.constant(field.name);
    if (field.name.endsWith("Connection")) return fc.constant(`${field.name} { totalCount }`);
    if (depth <= 0) return fc.constant(`${field.name} { __typename }`);
    return selectionOf(named, depth - 1).map((inner) => `${field.name} { ${inner} }`);
  };
  // Mostly stored fields and relationships to node types (what projection answers), sometimes anything.
  const core = fields.filter((f) => {
    const named = getNamedType(f.type);
    return isLeafType(named) || (!f.name.endsWith("Connection") && (isInterfaceType(named) || (isObjectType(named) && "id" in named.getFields())));
  });
  const some = (pool: GraphQLField<unknown, unknown>[]) => fc.subarray(pool, { minLength: 1, maxLength: Math.min(4, pool.length) });
  const chosen = core.length ? fc.oneof({ weight: 6, arbitrary: some(core) }, { weight: 1, arbitrary: some(fields) }) : some(fields);
  const picks = chosen.chain((list) => fc.tuple(...list.map(one)));
  const extras = fc.record({
    typename: fc.boolean(),
    alias: fc.option(fc.constantFrom(...fields.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name)), { nil: undefined }),
    fragment: isInterfaceType(type) ? fc.option(fc.constantFrom(...schema.getPossibleTypes(type).map((t) => t.name)), { nil: undefined }) : fc.constant(undefined),
  });
  return fc.tuple(picks, extras).map(([parts, extra]) => {
    const out = ["id" in type.getFields() ? "id" : "__typename", ...parts];
    if (extra.typename) out.push("__typename");
    if (extra.alias) out.push(`again: ${extra.alias}`);
    if (extra.fragment) out.push(`... on ${extra.fragment} { __typename }`);
    return out.join(" ");
  });
}

const ROOTS: [string, string, (selection: string) => string][] = [
  ["searchStatements", "Statement", (s) => `{ searchStatements(query: "clearly an attempt to undermine federal law", limit: 5) { score statement { ${s} } } }`],
  ["searchClaims", "Claim", (s) => `{ searchClaims(query: "46 percent of deportees had criminal records", limit: 5) { score claim { ${s} } } }`],
  ["timeline", "Event", (s) => `{ timeline(name: "Massachusetts Trust Act") { ${s} } }`],
  ["connections", "Entity", (s) => `{ connections(from: "Campbell", to: "Gov. Charlie Baker") { steps { relation from { ${s} } to { id } } } }`],
  ["trace by id", "Statement", (s) => `{ statements(where: { id: { eq: "statement:campbell-undermine-federal-law" } }) { ${s} appearances { start article { id } } } }`],
  ["appearances' articles", "Article", (s) => `{ claims(limit: 3, sort: [{ id: ASC }]) { id appearances { start article { ${s} } } } }`],
];

test.each(ROOTS)("%s: projected answers equal the generated path's for random selections", async (name, typeName, request) => {
  const type = schema.getType(typeName)!;
  let answered = 0;
  let projectedFewer = 0;
  const sessions = jest.spyOn(app.driver, "session");
  await fc.assert(
    fc.asyncProperty(selectionOf(type, 2), async (selection) => {
      const text = request(selection);
      sessions.mockClear();
      projecting.enabled = true;
      const projected = await graphql(app.url, text);
      const projectedSessions = sessions.mock.calls.length;
      projecting.enabled = false;
      const generated = await graphql(app.url, text);
      projecting.enabled = true;
      expect({ text, answer: projected }).toEqual({ text, answer: generated });
      if (!projected.errors) answered++;
      if (projectedSessions < sessions.mock.calls.length - projectedSessions) projectedFewer++;
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  sessions.mockRestore();
  // The property holds on real answers, not on a stream of errors, and projection did answer a fair share of
  // them (the rest select something only the generated schema answers, which is also compared).
  expect(answered).toBeGreaterThan(RUNS / 2);
  expect(projectedFewer).toBeGreaterThan(RUNS / 5);
  process.stdout.write(`projection ${name}: ${RUNS} selections, ${answered} answered without errors, ${projectedFewer} projected\n`);
}, 120_000);
