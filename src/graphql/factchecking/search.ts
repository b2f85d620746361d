/**
 * searchStatements, searchClaims and factChecks: the quote-search engine finds ids and scores, and returns the nodes too
 * when the client's selection under them can be projected cheaply (../translate/projection.ts); otherwise hydration fetches
 * them once the hits are known.
 */
import type { GraphQLResolveInfo } from "graphql";
import { searchFactChecks } from "../../graph/fact-check-search";
import { searchClaims, searchStatements, type TextHit } from "../../graph/quote-search";
import type { FactgraphContext } from "../context";
import { hydrate } from "../translate/hydrate";
import { checkLimit, checkText } from "./input";
import { projectionFor } from "../translate/projection";

type SearchArgs = { query: string; limit: number };

function searchResolver(search: typeof searchStatements, listField: string, key: "statement" | "claim" | "factCheck") {
  return async (_: unknown, args: SearchArgs, context: FactgraphContext, info: GraphQLResolveInfo) => {
    const text = checkText("query", args.query);
    const limit = checkLimit(args.limit);
    const projection = projectionFor(info, [key]);
    // Projected inside the search query it would be read for every Lucene candidate, not only the hits kept.
    if (projection && !projection.fansOut) {
      const hits: TextHit[] = await search(context.graph, text, limit, projection.cypher("node"));
      return hits.flatMap((h) => {
        const node = projection.shape(h.node);
        return node ? [{ score: h.score, [key]: node }] : [];
      });
    }
    const hits: TextHit[] = await search(context.graph, text, limit);
    const nodes = await hydrate(info, context, listField, hits.map((h) => h.id), [key]);
    return hits.filter((h) => nodes.has(h.id)).map((h) => ({ score: h.score, [key]: nodes.get(h.id) }));
  };
}

export const searchResolvers = {
  Query: {
    searchStatements: searchResolver(searchStatements, "statements", "statement"),
    searchClaims: searchResolver(searchClaims, "claims", "claim"),
    factChecks: searchResolver(searchFactChecks, "claimReviews", "factCheck"),
  },
};
