/** searchStatements and searchClaims: the quote-search engine finds ids and scores; hydration fetches the nodes. */
import type { GraphQLResolveInfo } from "graphql";
import { searchClaims, searchStatements, type TextHit } from "../../graph/quote-search";
import type { FactgraphContext } from "../context";
import { hydrate } from "../hydrate";
import { checkLimit, checkText } from "./input";

type SearchArgs = { query: string; limit: number };

function searchResolver(search: typeof searchStatements, listField: string, key: "statement" | "claim") {
  return async (_: unknown, args: SearchArgs, context: FactgraphContext, info: GraphQLResolveInfo) => {
    const hits: TextHit[] = await search(context.reader.driver, checkText("query", args.query), checkLimit(args.limit), context.reader.database);
    const nodes = await hydrate(info, context, listField, hits.map((h) => h.id), [key]);
    return hits.filter((h) => nodes.has(h.id)).map((h) => ({ score: h.score, [key]: nodes.get(h.id) }));
  };
}

export const searchResolvers = {
  Query: {
    searchStatements: searchResolver(searchStatements, "statements", "statement"),
    searchClaims: searchResolver(searchClaims, "claims", "claim"),
  },
};
