/** Claim.arithmetic: shares recomputed from their stated part and whole, batched across a list of claims. */
import type { GraphQLResolveInfo } from "graphql";
import { arithmeticOf, type ArithmeticCheck } from "../../graph/arithmetic";
import type { FactgraphContext } from "../context";
import { loaderFor } from "./batch";

export const claimResolvers = {
  Claim: {
    arithmetic: (parent: { id: string }, _: unknown, context: FactgraphContext, info: GraphQLResolveInfo) =>
      loaderFor<string, ArithmeticCheck[]>(context, info, async (ids) => {
        const checks = await arithmeticOf(context.graph, ids);
        return ids.map((id) => checks.get(id) ?? []);
      }).load(parent.id),
  },
};
