import { Neo4jError, error as driverErrors } from "neo4j-driver";
import { Neo4jSetupError, oneLine } from "./local/errors";

const AUTH_CODES = new Set(["Neo.ClientError.Security.Unauthorized", "Neo.ClientError.Security.AuthenticationRateLimit"]);

export function errorCode(err: unknown): string | undefined {
  return err instanceof Neo4jError ? err.code : undefined;
}

export function isAuthError(err: unknown): boolean {
  return AUTH_CODES.has(errorCode(err) ?? "");
}

/** Nothing (yet) answers Bolt at that address: worth retrying while a server starts. */
export function isUnavailable(err: unknown): boolean {
  const code = errorCode(err);
  return code === driverErrors.SERVICE_UNAVAILABLE || code === driverErrors.SESSION_EXPIRED;
}

/** The underlying reason ("connect ECONNREFUSED …", a TLS failure) instead of the driver's generic advice. */
function rootReason(err: unknown): string {
  let e: unknown = err;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  const message = e instanceof Error ? e.message : String(e);
  const causedBy = message.split("Caused by: ");
  return causedBy[causedBy.length - 1];
}

/**
 * One-line message for a failed connection.
 * `fix` says where the credentials came from, e.g. "check NEO4J_USERNAME / NEO4J_PASSWORD".
 */
export function describeConnectError(
  err: unknown,
  ctx: { uri: string; user: string; database?: string; fix: string },
): Neo4jSetupError {
  const code = errorCode(err);
  const detail = oneLine(rootReason(err), 200);
  if (code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new Neo4jSetupError(
      `Neo4j at ${ctx.uri} locked user '${ctx.user}' after repeated wrong passwords: wait a few seconds, then ${ctx.fix}.`,
      { cause: err },
    );
  }
  if (code === "Neo.ClientError.Security.Unauthorized") {
    return new Neo4jSetupError(`Neo4j at ${ctx.uri} rejected user '${ctx.user}' (wrong username or password): ${ctx.fix}.`, {
      cause: err,
    });
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new Neo4jSetupError(
      `Neo4j at ${ctx.uri} has no database '${ctx.database}': create it, or unset NEO4J_DATABASE to use the default one.`,
      { cause: err },
    );
  }
  return new Neo4jSetupError(
    `Neo4j at ${ctx.uri} is not answering (${detail}): check that it is running and the URI (scheme, host, port) is right.`,
    { cause: err },
  );
}
