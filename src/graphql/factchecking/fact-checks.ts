/**
 * "Has this been checked already?" for a statement or claim: the imported reviews whose claim matches its text,
 * batched across a list (one index query for every statement of the page), then hydrated in one read.
 */
import type { GraphQLResolveInfo } from "graphql";
import { factChecksEach } from "../../graph/fact-check-search";
import type { FactgraphContext } from "../context";
import { hydrate } from "../translate/hydrate";
import { loaderFor } from "./batch";
import { checkLimit } from "./input";

type Parent = { id: string; text?: string | null };
type Key = Parent & { limit: number };

async function loadFactChecks(parents: readonly Key[], info: GraphQLResolveInfo, context: FactgraphContext): Promise<unknown[][]> {
  const limit = parents[0]?.limit ?? 5;
  const hits = await factChecksEach(context.graph, parents.map((p) => ({ id: p.id, text: p.text ?? "" })), limit);
  const ids = [...new Set([...hits.values()].flat().map((h) => h.id))];
  const nodes = await hydrate(info, context, "claimReviews", ids, ["factCheck"]);
  return parents.map((p) => (hits.get(p.id) ?? []).filter((h) => nodes.has(h.id)).map((h) => ({ score: h.score, factCheck: nodes.get(h.id) })));
}

const factChecks = (parent: Parent, args: { limit: number }, context: FactgraphContext, info: GraphQLResolveInfo) =>
  loaderFor<Key, unknown[]>(context, info, (keys, first) => loadFactChecks(keys, first, context), (k) => k.id).load({
    ...parent,
    limit: checkLimit(args.limit),
  });

export const factCheckResolvers = {
  Statement: { factChecks },
  Claim: { factChecks },
};
