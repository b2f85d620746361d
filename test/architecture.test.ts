/**
 * The shape of src/: no import cycle (type-only imports included), every import points down the layers, and
 * Cypher is written in one layer. Reads the source files only (test/support/); no Neo4j.
 */
import { cypherBySource, cypherLiterals } from "./support/cypher-literals";
import { cycles, importGraph, loopIn, relativeSpecifiers } from "./support/import-graph";

/**
 * Lowest first: a layer may import only from itself and the layers before it: Neo4j (its driver and the local
 * server), the graph (model and every hand-written query), what loads it (the seed, article ingestion, then dataset imports), what
 * serves it as GraphQL, the explorer's page, and HTTP.
 */
const LAYERS = ["embedding", "neo4j", "graph", "seed", "ingest", "import", "graphql", "explorer", "server"] as const;
/** May import anything: they wire the layers together (`npm start`, and every other command). */
const ENTRY_FILES = ["src/main.ts", "src/cli.ts"];

const graph = importGraph("src");
const layerOf = (file: string): number => LAYERS.indexOf(file.split("/")[1] as (typeof LAYERS)[number]);

test("the parser sees every form of relative import, type-only and multi-line included", () => {
  const code = [
    `import { a } from "./a";`,
    `import type { B } from "../b";`,
    `import {\n  c,\n  type C,\n} from "./c";`,
    `export { d } from "./d";`,
    `export * from "./e";`,
    `import "./f";`,
    `import g = require("./g");`,
    `const h = () => import("./h");`,
    `type I = import("./i").I;`,
    `import fs from "fs";`,
  ].join("\n");
  expect(relativeSpecifiers(code)).toEqual(["./a", "../b", "./c", "./d", "./e", "./f", "./g", "./h", "./i"]);
});

test("the import graph covers src/", () => {
  expect(graph.has("src/main.ts")).toBe(true);
  expect(graph.get("src/graphql/schema.ts")).toContain("src/graphql/sdl.ts");
  for (const file of ENTRY_FILES) expect(graph.has(file)).toBe(true);
});

test("src/ has no import cycle", () => {
  const loops = cycles(graph).map(
    (component) => `${loopIn(graph, component).join(" → ")} (the cycle's files: ${component.join(", ")})`,
  );
  expect(loops).toEqual([]);
});

test("every file of src/ is in a layer, or an entry file", () => {
  const unplaced = [...graph.keys()].filter((file) => !ENTRY_FILES.includes(file) && layerOf(file) < 0);
  expect(unplaced).toEqual([]);
});

test("no import points up the layers", () => {
  const upward: string[] = [];
  for (const [file, targets] of graph) {
    if (ENTRY_FILES.includes(file)) continue;
    for (const target of targets) {
      if (ENTRY_FILES.includes(target) || layerOf(target) > layerOf(file)) upward.push(`${file} → ${target}`);
    }
  }
  expect(upward).toEqual([]);
});

/**
 * Where Cypher may be written: the graph layer's hand-written queries, the GraphQL translator that writes a
 * request's one query, and the local server's readiness probes, which run below the graph layer.
 */
const CYPHER_ROOMS = ["src/graph/", "src/graphql/translate/", "src/neo4j/local/"];

test("the scanner finds Cypher in strings and templates, not in comments or SDL", () => {
  const code = [
    `// MATCH (n) RETURN n`,
    `const a = "MATCH (n:Person) RETURN n";`,
    `const b = \`\n  UNWIND $rows AS row MERGE (x {id: row.id})\`;`,
    `const c = \`CALL { \${inner} } RETURN e\`;`,
    `const sdl = \`type Query { a(id: ID!): A @cypher(statement: "MATCH (a:A {id: $id}) RETURN a", columnName: "a") }\`;`,
    `const d = "Matching names";`,
  ].join("\n");
  expect(cypherLiterals(code)).toEqual(["MATCH (n:Person) RETURN n", "UNWIND $rows AS row MERGE (x {id: row.id})", "CALL {"]);
});

test("Cypher is written only in the graph layer and the GraphQL translator", () => {
  const cypher = cypherBySource("src");
  expect(cypher.get("src/graph/timeline.ts")?.length).toBeGreaterThan(0);
  const elsewhere = [...cypher].filter(([file]) => !CYPHER_ROOMS.some((room) => file.startsWith(room))).map(([file, literals]) => `${file}: ${literals[0]}`);
  expect(elsewhere).toEqual([]);
});
