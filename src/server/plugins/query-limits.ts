/**
 * The query limits (../limits.ts) enforced: GraphQL Armor's depth, alias, directive and cost rules during
 * validation, graphql-js's token limit while parsing, and the input guards once variables are known.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import type { QueryLimits } from "../limits";
import { inputGuards } from "./input-guards";

/** Armor reports "Syntax Error: Query depth limit of 10 exceeded, found 12."; the prefix is wrong, so it goes. */
function refuse(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error:\s*/, "")));
}

export interface Protection {
  plugins: ApolloServerPlugin<BaseContext>[];
  validationRules: ValidationRule[];
  /** Apollo's parseOptions: graphql-js stops lexing past maxTokens (cheaper than Armor's second parse). */
  parseOptions: { maxTokens: number };
}

/**
 * The limits as Apollo Server options. `hideSuggestions` strips "Did you mean …?" from errors, which would
 * otherwise reveal the schema a server without introspection means to keep to itself.
 */
export function protection(limits: QueryLimits, opts: { hideSuggestions: boolean }): Protection {
  const reject = { onReject: [refuse], propagateOnRejection: false };
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: opts.hideSuggestions },
    maxTokens: { enabled: false },
    maxDepth: { n: limits.maxDepth, ...reject },
    maxAliases: { n: limits.maxAliases, ...reject },
    maxDirectives: { n: limits.maxDirectives, ...reject },
    costLimit: { maxCost: limits.maxCost, ...reject },
  }).protect();
  return {
    plugins: [...(armor.plugins as ApolloServerPlugin<BaseContext>[]), inputGuards(limits.maxPageSize)],
    validationRules: armor.validationRules as ValidationRule[],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
