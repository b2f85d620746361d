/**
 * The seed graph: the curated knowledge of seeds/ loaded in one transaction. Loading is idempotent; `npm start`
 * loads it when the graph lacks this version of it.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { datasetVersion, replaceDataset } from "../graph/datasets";
import type { Graph } from "../graph/graph";
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
export async function loadSeed(graph: Graph, options: { force?: boolean } = {}): Promise<SeedResult> {
  const seed = readSeed();
  const summary = { version: seed.version, nodes: seed.plan.nodes.length, relationships: seed.plan.relationships.length };
  if (!options.force && (await datasetVersion(graph, ORIGIN)) === seed.version) return { loaded: false, ...summary };
  await replaceDataset(graph, ORIGIN, seed.version, seed.plan);
  return { loaded: true, ...summary };
}
