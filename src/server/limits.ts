/**
 * Limits on what one request may ask, checked before anything reaches Neo4j: the parser stops at a token count,
 * validation (GraphQL Armor) refuses documents too deep, too aliased, too many directives or too costly, and
 * page sizes are checked once the variables are known (input-guards.ts). Each limit is an environment variable.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import { inputGuards } from "./input-guards";

export interface QueryLimits {
  /** Nesting of fields (introspection exempt). */
  maxDepth: number;
  /** Aliased fields in one document (each alias asks for the same work again). */
  maxAliases: number;
  /** Lexical tokens in the document: bounds parsing work before anything else. */
  maxTokens: number;
  maxDirectives: number;
  /** GraphQL Armor's cost estimate (objects 2, scalars 1, ×1.5 per level, × `first:` when literal). */
  maxCost: number;
  /** Largest `limit:` / `first:` a list or connection may ask for. */
  maxPageSize: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Requests with a Factgraph-Bookmark header one process lets wait for the graph at once (each wait holds a Neo4j connection; bookmarks.ts). */
  maxBookmarked: number;
}

/** Room for every query in the README, the playground and the tests; far below what strains the server. */
export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 5000,
  maxPageSize: 100,
  maxBodyBytes: 1024 * 1024,
  // A third of neo4j-driver's pool of 100: the rest stays free whatever bookmarks clients send.
  maxBookmarked: 32,
};

const LIMIT_ENV: Record<keyof QueryLimits, string> = {
  maxDepth: "FACTGRAPH_MAX_DEPTH",
  maxAliases: "FACTGRAPH_MAX_ALIASES",
  maxTokens: "FACTGRAPH_MAX_TOKENS",
  maxDirectives: "FACTGRAPH_MAX_DIRECTIVES",
  maxCost: "FACTGRAPH_MAX_COST",
  maxPageSize: "FACTGRAPH_MAX_PAGE_SIZE",
  maxBodyBytes: "FACTGRAPH_MAX_BODY_BYTES",
  maxBookmarked: "FACTGRAPH_MAX_BOOKMARKED",
};

export function queryLimits(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_ENV) as (keyof QueryLimits)[]) {
    const raw = env[LIMIT_ENV[key]]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${LIMIT_ENV[key]} must be a whole number of at least 1, not "${raw}"`);
    limits[key] = value;
  }
  return limits;
}

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
