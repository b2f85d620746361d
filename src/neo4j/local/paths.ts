import fs from "node:fs";
import path from "node:path";
import { NEO4J_DIR_ENV, NEO4J_VERSION } from "./pins";

/** Nearest folder above this file holding package.json: works from src/ (tsx, ts-jest) and from a compiled dist/. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/** <repo>/.neo4j (git-ignored), or $FACTGRAPH_NEO4J_DIR. */
export function neo4jRoot(): string {
  const override = process.env[NEO4J_DIR_ENV];
  return override ? path.resolve(override) : path.join(repoRoot(), ".neo4j");
}

/** Cache of downloaded jars, shared by the local server and every test server. */
export function distDir(version = NEO4J_VERSION): string {
  return path.join(neo4jRoot(), "dist", version);
}

/** The developer's long-lived server. */
export function localInstanceDir(): string {
  return path.join(neo4jRoot(), "local");
}

/** Shortens absolute paths under the repo for messages. */
export function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
}
