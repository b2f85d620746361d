/**
 * The GraphQL endpoint, /graphql, on Node's http: body-parser reads the JSON body and Apollo Server answers,
 * as in Apollo's own standalone server. Express serves the other routes; on this one it cost too much. It routes,
 * hashes every answer into an ETag that a no-store response never uses, and swaps the prototype of every request
 * and response it handles, which V8 makes every later property access on them pay for, Node's own included.
 * For a small read that is a large share of the server's CPU per request (measured in bench/README.md).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from "@apollo/server";
import bodyParser from "body-parser";
import { answerRequestError } from "./protocol";

export const GRAPHQL_PATH = "/graphql";

/** Whether a request's target is the endpoint's path, /graphql or /graphql/ (HTTP/1.1 allows an absolute URL too). */
export function isGraphqlRequest(url: string | undefined): boolean {
  if (!url) return false;
  let path = url.split("?", 1)[0];
  if (!path.startsWith("/")) {
    try {
      path = new URL(url).pathname;
    } catch {
      return false;
    }
  }
  return path === GRAPHQL_PATH || path === `${GRAPHQL_PATH}/`;
}

export interface EndpointOptions<C> {
  context(req: IncomingMessage): Promise<C>;
  /** Larger bodies are refused with 413 before they are read. */
  maxBodyBytes: number;
  log?: (message: string) => void;
}

export function graphqlEndpoint<C extends BaseContext>(apollo: ApolloServer<C>, options: EndpointOptions<C>): (req: IncomingMessage, res: ServerResponse) => void {
  // Only bodies sent as JSON are read (a charset other than UTF-8, -16 or -32 is a 415); Apollo answers the rest.
  const readJson = bodyParser.json({ limit: options.maxBodyBytes });
  const fail = (error: unknown, res: ServerResponse) => answerRequestError(error, res, options);

  async function answer(req: IncomingMessage & { body?: unknown }, res: ServerResponse): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const request: HTTPGraphQLRequest = { method: (req.method ?? "GET").toUpperCase(), headers, search: query === -1 ? "" : url.slice(query), body: req.body };
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: () => options.context(req) });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.setHeader("content-length", Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req, res) => {
    readJson(req, res, (error?: unknown) => {
      if (error) fail(error, res);
      else answer(req, res).catch((e: unknown) => fail(e, res));
    });
  };
}
