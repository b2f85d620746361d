/**
 * An ingested article's write: one transaction that writes the article's plan unless the article (same id or
 * URL) is already there. Nodes the graph already has are left as they are: only what is new is written, and
 * only relationships that touch something new, so an article never rewrites another origin's nodes.
 */
import type { ManagedTransaction, Neo4jError } from "neo4j-driver";
import type { Graph } from "./graph";
import type { NodeLabel } from "./model";
import type { GraphPlan } from "./plan";
import { writePlan } from "./write";

export interface ExistingArticle {
  articleId: string;
  statementIds: string[];
  claimIds: string[];
}

async function findExisting(tx: ManagedTransaction, articleId: string, url: string | undefined): Promise<ExistingArticle | undefined> {
  const result = await tx.run(
    `MATCH (a:Article) WHERE a.id = $id OR ($url IS NOT NULL AND a.url = $url)
     WITH a ORDER BY CASE WHEN a.id = $id THEN 0 ELSE 1 END LIMIT 1
     RETURN a.id AS id,
            [(a)<-[:IN_ARTICLE]-(ev:Evidence)<-[:SUPPORTED_BY]-(s:Statement) | [ev.start, s.id]] AS statements,
            [(a)<-[:IN_ARTICLE]-(ev:Evidence)<-[:SUPPORTED_BY]-(c:Claim) | [ev.start, c.id]] AS claims`,
    { id: articleId, url: url ?? null },
  );
  const r = result.records[0];
  if (!r) return undefined;
  const ordered = (rows: [unknown, string][]) => [...new Set(rows.sort((a, b) => Number(a[0]) - Number(b[0])).map((x) => x[1]))];
  return { articleId: r.get("id"), statementIds: ordered(r.get("statements")), claimIds: ordered(r.get("claims")) };
}

/** Which planned nodes the graph already has: one query, an index seek per id on the families' id constraints. */
async function presentIds(tx: ManagedTransaction, plan: GraphPlan): Promise<Set<string>> {
  const family = (label: NodeLabel) => (["Person", "Organization", "Jurisdiction", "Law", "Program"].includes(label) ? "Entity" : ["Office", "Membership", "Stance", "Relation", "Relay"].includes(label) ? "Fact" : label);
  const ids: Record<string, string[]> = { Entity: [], Fact: [], Statement: [], Claim: [], Event: [], Article: [], Evidence: [] };
  for (const n of plan.nodes) ids[family(n.label)].push(n.id);
  const result = await tx.run(
    Object.keys(ids)
      .map((label) => `UNWIND $ids.${label} AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`)
      .join(" UNION "),
    { ids },
  );
  return new Set(result.records.map((r) => r.get("id") as string));
}

/** Thrown by `claimArticle` when a concurrent ingest of the same text has written the article. */
class ArticleTaken extends Error {}

/**
 * Creates the article's node before anything else of it is written, so that of concurrent ingests of one text
 * exactly one writes it: the others wait on the Article id's uniqueness constraint until that one commits, then
 * fail here.
 */
async function claimArticle(tx: ManagedTransaction, articleId: string): Promise<void> {
  try {
    await tx.run("CREATE (:Article {id: $id})", { id: articleId });
  } catch (error) {
    if ((error as Neo4jError).code === "Neo.ClientError.Schema.ConstraintValidationFailed") throw new ArticleTaken(`article ${articleId} was written by another ingest`);
    throw error;
  }
}

export type ArticleWrite = { written: true; bookmark: string } | { written: false; existing: ExistingArticle; bookmark: string };

export async function writeArticlePlan(graph: Graph, article: { articleId: string; url?: string; plan: GraphPlan; origin: string }): Promise<ArticleWrite> {
  const { articleId, url, plan, origin } = article;
  const write = async (tx: ManagedTransaction): Promise<ExistingArticle | undefined> => {
    const existing = await findExisting(tx, articleId, url);
    if (existing) return existing;
    const ids = new Set(plan.nodes.map((n) => n.id));
    const present = await presentIds(tx, plan);
    await claimArticle(tx, articleId);
    const isNew = (id: string) => ids.has(id) && !present.has(id);
    await writePlan(
      tx,
      {
        nodes: plan.nodes.filter((n) => !present.has(n.id)),
        relationships: plan.relationships.filter((r) => isNew(r.from.id) || isNew(r.to.id)),
        names: plan.names.filter((n) => isNew(n.entity.id)),
      },
      origin,
    );
    return undefined;
  };
  // Written meanwhile by another ingest of the same text: run again, which finds it there.
  const { result: existing, bookmark } = await graph.write(write).catch((error) => {
    if (error instanceof ArticleTaken) return graph.write(write);
    throw error;
  });
  return existing ? { written: false, existing, bookmark } : { written: true, bookmark };
}
