/** The hand-written resolvers of the fact-checking operations (schema/factchecking.graphql). */
import { GraphQLScalarType, valueFromASTUntyped } from "graphql";
import { claimResolvers } from "./claims";
import { factCheckResolvers } from "./fact-checks";
import { pathResolvers } from "./paths";
import { searchResolvers } from "./search";
import { traceResolvers } from "./trace";

const JSONScalar = new GraphQLScalarType({
  name: "JSON",
  description: "Any JSON value.",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

export const factcheckingResolvers = {
  JSON: JSONScalar,
  Query: { ...searchResolvers.Query, ...pathResolvers.Query },
  Statement: { ...traceResolvers.Statement, ...factCheckResolvers.Statement },
  Claim: { ...traceResolvers.Claim, ...claimResolvers.Claim, ...factCheckResolvers.Claim },
};
