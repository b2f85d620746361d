/**
 * Cross-origin access to /graphql, for web apps served from elsewhere (a newsroom's own tools calling the API from
 * the browser). Off unless FACTGRAPH_CORS_ORIGINS lists the origins allowed (`https://tools.example.org,…`, or `*`
 * for any): browsers then let those pages send requests and read the answers. No cookies are involved (writes use
 * an API key), so credentials are never allowed. Apollo's CSRF prevention still applies to every request.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** Undefined: no cross-origin access (browsers keep to same-origin pages). */
export type CorsOrigins = "*" | ReadonlySet<string> | undefined;

const ENV = "FACTGRAPH_CORS_ORIGINS";

export function corsOrigins(env: NodeJS.ProcessEnv = process.env): CorsOrigins {
  const raw = env[ENV]?.trim();
  if (!raw) return undefined;
  if (raw === "*") return "*";
  const origins = raw.split(",").map((o) => o.trim()).filter((o) => o !== "");
  for (const origin of origins) {
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
    // An origin is exactly scheme://host[:port], as browsers send it in the Origin header (no wildcard hosts).
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin || origin.includes("*")) {
      throw new Error(`${ENV} must list origins like https://tools.example.org (scheme, host and port only, comma-separated) or be *, not "${origin}"`);
    }
  }
  return new Set(origins);
}

/** What a browser's preflight may ask for: the headers the API reads, besides the CSRF-prevention ones Apollo accepts. */
const ALLOWED_HEADERS = "content-type, authorization, factgraph-bookmark, apollo-require-preflight, x-apollo-operation-name";

/**
 * Adds the CORS headers an allowed origin needs; answers a preflight itself (204) and returns true then. Requests
 * from other origins get no CORS headers, so browsers keep their pages from reading the answers.
 */
export function cors(origins: CorsOrigins): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const origin = req.headers.origin;
    if (origins === undefined || origin === undefined || (origins !== "*" && !origins.has(origin))) return false;
    res.setHeader("access-control-allow-origin", origin);
    res.setHeader("vary", "Origin");
    res.setHeader("access-control-expose-headers", "retry-after");
    if (req.method !== "OPTIONS" || req.headers["access-control-request-method"] === undefined) return false;
    res.writeHead(204, {
      "access-control-allow-methods": "GET, POST",
      "access-control-allow-headers": ALLOWED_HEADERS,
      "access-control-max-age": "600",
      "content-length": "0",
    });
    res.end();
    return true;
  };
}
