/**
 * The corpus as the plans the writer takes, in the order it takes them: what bench/corpus.ts loads and the bulk
 * loader's test replays.
 */
import type { GraphPlan } from "../../src/graph/plan";
import { directoryPlans, entityPlans } from "./directory";
import { NewsGenerator } from "./news";
import { Random } from "./random";
import { buildWorld, worldSize, type World } from "./world";

export interface CorpusPlan {
  plan: GraphPlan;
  /** The marker's progress once this plan is written. */
  progress: { worldPlans: number } | { articles: number };
  statements: number;
  claims: number;
  articles: number;
}

/** The world's plans (entities, then directory articles), then the news articles' in batches. */
export function* corpusPlans(world: World, o: { statements: number; seed: string; articlesPerTx: number }): Generator<CorpusPlan> {
  const none = { statements: 0, claims: 0, articles: 0 };
  let worldPlans = 0;
  for (const b of entityPlans(world)) yield { plan: b.plan, progress: { worldPlans: ++worldPlans }, ...none };
  for (const { builder } of directoryPlans(world)) yield { plan: builder.plan, progress: { worldPlans: ++worldPlans }, ...none };
  const news = new NewsGenerator(world, o.statements, o.seed);
  for (let batch = news.next(o.articlesPerTx); batch; batch = news.next(o.articlesPerTx)) {
    yield { plan: batch.builder.plan, progress: { articles: batch.firstArticle + batch.articles }, statements: batch.statements, claims: batch.claims, articles: batch.articles };
  }
  if (!news.complete) throw new Error("the corpus ended before every planted story was written: the generator's article estimate is off");
}

/** The world of a corpus: the same for the same size and seed. */
export function corpusWorld(statements: number, seed: string): World {
  return buildWorld(new Random(`${seed}-world`), worldSize(statements));
}
