/**
 * Production mode: what a public server shows of itself. NODE_ENV=production or FACTGRAPH_MODE=production
 * (FACTGRAPH_MODE wins when both are set) turns introspection and the playground off unless
 * FACTGRAPH_INTROSPECTION=true / FACTGRAPH_PLAYGROUND=true, masks internal errors and never sends stack traces.
 */
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { Neo4jError } from "neo4j-driver";
import { isUnavailable } from "../neo4j/driver-errors";
import { BOOKMARK_ERRORS } from "./bookmarks";

export interface ServerMode {
  production: boolean;
  /** Whether clients may ask for the schema (__schema, __type). */
  introspection: boolean;
  /** Whether GET / serves the GraphiQL playground. */
  playground: boolean;
}

/** A true/false setting from the environment; anything else stops the server with what was wrong. */
export function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === "") return fallback;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new Error(`${name} must be true or false, not "${env[name]}"`);
}

export function serverMode(env: NodeJS.ProcessEnv = process.env): ServerMode {
  const mode = env.FACTGRAPH_MODE?.trim().toLowerCase();
  if (mode && mode !== "production" && mode !== "development") {
    throw new Error(`FACTGRAPH_MODE must be production or development, not "${env.FACTGRAPH_MODE}"`);
  }
  const production = mode ? mode === "production" : env.NODE_ENV === "production";
  return {
    production,
    introspection: flag(env, "FACTGRAPH_INTROSPECTION", !production),
    playground: flag(env, "FACTGRAPH_PLAYGROUND", !production),
  };
}

/** What a client sees when the database does not answer, in either mode: clear, and nothing internal. */
export const DATABASE_UNAVAILABLE = "the graph database is unavailable; try again shortly";

/** Driver errors that mean Neo4j cannot be reached (stopped, restarting, network), not a bad query. */
function isDatabaseUnavailable(error: unknown): boolean {
  // An acquisition timeout: the pool waited for a connection that never came.
  return isUnavailable(error) || (error instanceof Neo4jError && /connection acquisition timed out/i.test(error.message));
}

/**
 * Apollo's formatError. Unreachable Neo4j becomes SERVICE_UNAVAILABLE, a bookmark Neo4j cannot use says so
 * (bookmarks.ts). In production, an error that is not a
 * GraphQLError a resolver meant to show (a Neo4j error, a bug) becomes "Internal server error": its message may
 * hold Cypher, hostnames or data. User errors (BAD_USER_INPUT, UNAUTHENTICATED, validation) keep their message.
 */
export function errorFormatter(mode: ServerMode, logInternal: (message: string) => void = (m) => console.error(m)) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original)) {
      return { ...formatted, message: DATABASE_UNAVAILABLE, extensions: { ...formatted.extensions, code: "SERVICE_UNAVAILABLE" } };
    }
    const bookmark = original instanceof Neo4jError ? BOOKMARK_ERRORS[original.code] : undefined;
    if (bookmark) return { ...formatted, message: bookmark.message, extensions: { ...formatted.extensions, code: bookmark.code } };
    if (!mode.production) return formatted;
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    if (original instanceof GraphQLError && extensions.code !== "INTERNAL_SERVER_ERROR") return { ...formatted, extensions };
    // Logged for the operator (the message only: never the request, so never its Authorization header).
    logInternal(`[factgraph] internal error${formatted.path ? ` at ${formatted.path.join(".")}` : ""}: ${original instanceof Error ? original.message : String(original)}`);
    return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
