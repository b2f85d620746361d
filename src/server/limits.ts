/**
 * Limits on what one request may ask, checked before anything reaches Neo4j: the parser stops at a token count,
 * validation (GraphQL Armor) refuses documents too deep, too aliased, too many directives or too costly, and
 * page sizes are checked once the variables are known (input-guards.ts). Each limit is an environment variable.
 */

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
