/** The ingestArticle mutation: the API's one write, behind an API key. */
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { IngestInputError, ingestArticle, type IngestInput } from "../ingest/article";
import { requireWriter } from "./auth";
import type { FactgraphContext } from "./context";
import { hydrate } from "./translate/hydrate";

export const ingestResolvers = {
  Mutation: {
    ingestArticle: async (_: unknown, args: { input: IngestInput }, context: FactgraphContext, info: GraphQLResolveInfo) => {
      requireWriter(context);
      let result;
      try {
        result = await ingestArticle(context.graph, args.input, context.extraction.buildArticlePlan);
      } catch (error) {
        if (error instanceof IngestInputError) throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
        throw error;
      }
      // Committed, and its bookmark is in the driver's shared manager: the reads below see it, on a cluster too.
      const [articles, statements, claims] = await Promise.all([
        hydrate(info, context, "articles", [result.articleId], ["article"]),
        hydrate(info, context, "statements", result.statementIds, ["statements"]),
        hydrate(info, context, "claims", result.claimIds, ["claims"]),
      ]);
      const article = articles.get(result.articleId);
      if (!article) throw new Error(`article ${result.articleId} was written but cannot be read back`);
      return {
        created: result.created,
        bookmark: result.bookmark,
        article,
        statements: result.statementIds.map((id) => statements.get(id)).filter((s) => s !== undefined),
        claims: result.claimIds.map((id) => claims.get(id)).filter((c) => c !== undefined),
      };
    },
  },
};
