import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { Neo4jError } from "neo4j-driver";
import { isUnavailable } from "../neo4j/driver-errors";
import { BOOKMARK_ERRORS } from "./bookmarks";
import type { ServerMode } from "./mode";

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
