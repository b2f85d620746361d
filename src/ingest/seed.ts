/**
 * The seed graph: the curated knowledge of seeds/ loaded in one transaction. Loading is idempotent; `npm start`
 * loads it when the graph lacks this version of it.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import type { Driver } from "neo4j-driver";
import { parse } from "yaml";
import { replaceOrigin } from "../graph/write";
import type { GraphPlan } from "../graph/plan";
import { parseKnowledge, type Knowledge } from "./knowledge";
import { planKnowledge } from "./curated";

export const SEEDS_DIR = path.resolve(__dirname, "../../seeds");
const ORIGIN = "seed";

export interface Seed {
  knowledge: Knowledge;
  articleTexts: Map<string, string>;
  plan: GraphPlan;
  /** Changes whenever the knowledge or an article changes. */
  version: string;
}

export function readSeed(dir: string = SEEDS_DIR): Seed {
  const knowledgePath = path.join(dir, "knowledge.yaml");
  const source = fs.readFileSync(knowledgePath, "utf8");
  const knowledge = parseKnowledge(parse(source), knowledgePath);
  const hash = createHash("sha256").update(source);
  const articleTexts = new Map<string, string>();
  for (const article of knowledge.articles) {
    const text = fs.readFileSync(path.join(dir, article.file), "utf8");
    articleTexts.set(article.id, text);
    hash.update(text);
  }
  return { knowledge, articleTexts, plan: planKnowledge(knowledge, articleTexts), version: hash.digest("hex").slice(0, 16) };
}

export interface SeedResult {
  loaded: boolean;
  version: string;
  nodes: number;
  relationships: number;
}

/** Loads the seed graph unless this version is already there (or always, with `force`). */
export async function loadSeed(driver: Driver, options: { force?: boolean; database?: string } = {}): Promise<SeedResult> {
  const seed = readSeed();
  const summary = { version: seed.version, nodes: seed.plan.nodes.length, relationships: seed.plan.relationships.length };
  // Shares the driver's bookmark manager with the server's reads, so on a cluster they see the seed once loaded.
  const session = driver.session({ database: options.database, bookmarkManager: driver.executeQueryBookmarkManager });
  try {
    if (!options.force) {
      const current = await session.executeRead((tx) => tx.run("MATCH (d:Dataset {id: $id}) RETURN d.version AS version", { id: ORIGIN }));
      if (current.records[0]?.get("version") === seed.version) return { loaded: false, ...summary };
    }
    await session.executeWrite(async (tx) => {
      await replaceOrigin(tx, seed.plan, ORIGIN);
      await tx.run("MERGE (d:Dataset {id: $id}) SET d.version = $version, d.loadedAt = datetime()", { id: ORIGIN, version: seed.version });
    });
    return { loaded: true, ...summary };
  } finally {
    await session.close();
  }
}
