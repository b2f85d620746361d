/**
 * The shape of src/: no import cycle (type-only imports included), and every import points down the layers.
 * Reads the source files only (test/support/import-graph.ts); no Neo4j.
 */
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
