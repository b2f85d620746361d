/**
 * Cross-origin access (src/server/cors.ts): off by default; with FACTGRAPH_CORS_ORIGINS, the listed origins' pages
 * may call /graphql from a browser, preflight included, and no other origin's may. Checked in headless Chromium
 * (a page served from another port is another origin) and at the HTTP level.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { corsOrigins } from "../../../src/server/cors";
import { launchBrowser } from "../../support/browser";
import { startApp, type HardenedApp } from "./helpers";

/** A page on its own port: an origin of its own, from which scripts call the API. */
async function otherOrigin(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => res.end("<!doctype html><title>newsroom tool</title>"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("FACTGRAPH_CORS_ORIGINS", () => {
  test("unset or blank: no cross-origin access; * or a list of exact origins", () => {
    expect(corsOrigins({})).toBeUndefined();
    expect(corsOrigins({ FACTGRAPH_CORS_ORIGINS: " " })).toBeUndefined();
    expect(corsOrigins({ FACTGRAPH_CORS_ORIGINS: "*" })).toBe("*");
    expect(corsOrigins({ FACTGRAPH_CORS_ORIGINS: "https://tools.example.org, http://localhost:3000" })).toEqual(new Set(["https://tools.example.org", "http://localhost:3000"]));
  });

  test.each(["tools.example.org", "https://tools.example.org/", "https://tools.example.org/app", "ftp://example.org", "https://*.example.org"])("refuses %j, saying what an origin is", (value) => {
    expect(() => corsOrigins({ FACTGRAPH_CORS_ORIGINS: value })).toThrow(`FACTGRAPH_CORS_ORIGINS must list origins like https://tools.example.org (scheme, host and port only, comma-separated) or be *, not "${value}"`);
  });
});

describe("in a browser", () => {
  let allowed: Awaited<ReturnType<typeof otherOrigin>>;
  let stranger: Awaited<ReturnType<typeof otherOrigin>>;
  let open: HardenedApp;
  let closed: HardenedApp;
  let browser: Browser;
  beforeAll(async () => {
    [allowed, stranger] = await Promise.all([otherOrigin(), otherOrigin()]);
    open = await startApp({ corsOrigins: new Set([allowed.origin]), apiKeys: "cors-key" });
    closed = await startApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of [open, closed, allowed, stranger]) await s?.close();
  });

  /** From a page of `origin`: a POST with JSON, a key and a bookmark header, which needs a preflight. */
  async function callFrom(origin: string, api: string): Promise<unknown> {
    const page = await browser.newPage();
    try {
      await page.goto(origin);
      return await page.evaluate(async (url) => {
        try {
          const response = await fetch(`${url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: "Bearer cors-key" },
            body: JSON.stringify({ query: '{ person(name: "Baker") { name } }' }),
          });
          return { status: response.status, body: await response.json() };
        } catch (error) {
          return { blocked: String(error) };
        }
      }, api);
    } finally {
      await page.close();
    }
  }

  test("a listed origin's page reads the answer; another origin's, or any when unset, is blocked by the browser", async () => {
    expect(await callFrom(allowed.origin, open.url)).toMatchObject({ status: 200, body: { data: { person: { name: "Charlie Baker" } } } });
    expect(await callFrom(stranger.origin, open.url)).toEqual({ blocked: expect.stringMatching(/Failed to fetch/) });
    expect(await callFrom(allowed.origin, closed.url)).toEqual({ blocked: expect.stringMatching(/Failed to fetch/) });
  });

  test("at the HTTP level: the preflight, the answer's headers, and nothing for other origins", async () => {
    const preflight = await fetch(`${open.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: allowed.origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, factgraph-bookmark" },
    });
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries(["access-control-allow-origin", "access-control-allow-methods", "access-control-allow-headers", "vary"].map((h) => [h, preflight.headers.get(h)]))).toEqual({
      "access-control-allow-origin": allowed.origin,
      "access-control-allow-methods": "GET, POST",
      "access-control-allow-headers": "content-type, authorization, factgraph-bookmark, apollo-require-preflight, x-apollo-operation-name",
      vary: "Origin",
    });
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();

    const answer = await fetch(`${open.url}/graphql`, { method: "POST", body: '{"query":"{ __typename }"}', headers: { "content-type": "application/json", origin: allowed.origin } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBe(allowed.origin);
    expect(answer.headers.get("access-control-expose-headers")).toBe("retry-after");

    for (const [url, origin] of [
      [open.url, stranger.origin],
      [closed.url, allowed.origin],
    ]) {
      const refused = await fetch(`${url}/graphql`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });
      expect(refused.status).not.toBe(204);
      expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    }
  });
});
