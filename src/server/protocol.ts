/**
 * GraphQL over HTTP details Apollo Server leaves to us: which media type an answer will have, and JSON (not an
 * HTML page with a stack trace) for bodies that cannot be read at all. The status of request errors under the
 * legacy media type and the no-store header are plugins (plugins/).
 */
import type { ServerResponse } from "node:http";


/** True when the answer will be application/json: no Accept, or one that allows JSON and never names the new type. */
export function acceptsOnlyLegacyJson(accept: string | undefined): boolean {
  if (!accept?.trim()) return true;
  const ranges = accept.split(",").map((part) => {
    const [type, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return { type, q: q ? Number(q.slice(2)) : 1 };
  });
  if (ranges.some((r) => r.type === "application/graphql-response+json")) return false;
  const json = ranges.filter((r) => r.type === "application/json" || r.type === "application/*" || r.type === "*/*");
  // The most specific range decides (application/json;q=0 refuses JSON even alongside */*).
  const exact = json.find((r) => r.type === "application/json") ?? json.find((r) => r.type === "application/*") ?? json[0];
  return exact !== undefined && exact.q > 0;
}

/**
 * Answers a request to /graphql whose body cannot be read, or that failed outside GraphQL: a body that is not
 * JSON, too large, in an unknown charset or encoding gets its 4xx status and a GraphQL-shaped JSON error saying
 * what is wrong (not an HTML page with a stack trace). Anything else is a 500 whose details stay on the server
 * (its message is logged; the request, headers included, never is).
 */
export function answerRequestError(error: unknown, res: ServerResponse, opts: { maxBodyBytes: number; log?: (message: string) => void }): void {
  const log = opts.log ?? ((m: string) => console.error(m));
  const e = (error ?? {}) as { status?: number; type?: string; expose?: boolean; message?: string };
  const logged = () => log(`[factgraph] error answering a request: ${e.message ?? String(error)}`);
  if (res.headersSent) {
    // Part of a streamed answer is out: all the client can still learn is that it was cut short.
    logged();
    res.destroy();
    return;
  }
  const status = typeof e.status === "number" && e.status >= 400 && e.status < 500 ? e.status : 500;
  let message: string;
  if (e.type === "entity.too.large") message = `the request body is larger than the limit of ${opts.maxBodyBytes} bytes`;
  else if (e.type === "entity.parse.failed") message = `the request body is not valid JSON: ${e.message}`;
  else if (status < 500 && e.expose) message = `the request could not be read: ${e.message}`;
  else {
    logged();
    message = "Internal server error";
  }
  const code = status === 500 ? "INTERNAL_SERVER_ERROR" : status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST";
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}
