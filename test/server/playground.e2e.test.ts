/**
 * The GraphiQL playground in headless Chromium against the real app: it must load with no
 * internet, run a query against the seed graph, and show the schema docs.
 */
import { statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { startTestApp, type TestApp } from "../support/app";
import { launchBrowser } from "../support/browser";

const QUERY = '{ person(name: "Linda Campbell") { name statements { text } } }';

function isLocal(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === "127.0.0.1" || hostname === "localhost";
}

describe("GraphiQL playground", () => {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageCsp = "";
  const nonLocalRequests: string[] = [];
  const pageProblems: string[] = []; // console errors (CSP violations among them) and uncaught exceptions

  beforeAll(async () => {
    // Browser first: if Chromium is missing, fail before there is an app left to close.
    browser = await launchBrowser();
    app = await startTestApp();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Abort rather than just record: a CDN dependency must break the page here, as it would offline.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      nonLocalRequests.push(url);
      return route.abort();
    });
    // Init scripts are injected by the browser, so the page's CSP does not block this listener.
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI}`),
      ),
    );
    page.on("console", (message) => {
      if (message.type() === "error") pageProblems.push(message.text());
    });
    page.on("pageerror", (error) => pageProblems.push(error.message));
    const response = await page.goto(`${app.url}/`);
    pageCsp = response?.headers()["content-security-policy"] ?? "";
    await page.getByRole("button", { name: /Execute query/ }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("serves the page with a strict Content-Security-Policy", () => {
    expect(pageCsp).toContain("script-src 'self'");
    expect(pageCsp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it("runs a query and shows data from the graph", async () => {
    await page.locator(".graphiql-query-editor .CodeMirror").click();
    await page.keyboard.press("Control+A");
    // insertText skips CodeMirror's bracket auto-closing, which typing key by key would trigger.
    await page.keyboard.insertText(QUERY);
    // GraphiQL reads the edit (and its operation name) 100 ms later; running sooner would send the
    // prefilled query's operation name. It stores the query once it has read it.
    await page.waitForFunction((query) => localStorage.getItem("graphiql:query") === query, QUERY);
    await page.getByRole("button", { name: /Execute query/ }).click();

    const result = page.locator(".graphiql-response", { hasText: "undermine federal law" });
    await result.waitFor({ timeout: 15_000 });
    expect(await result.innerText()).toContain('"name": "Linda Campbell"');
  });

  it("opens with the docs explorer, which lists Query", async () => {
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Query", { exact: true }).click();
    // The Query type's page lists its fields, so the schema really was introspected.
    await docs.locator(".graphiql-doc-explorer-title", { hasText: "Query" }).waitFor();
    await docs.getByText("person", { exact: true }).waitFor();
  });

  it("has the query builder, which lists the lookups to tick", async () => {
    await page.getByRole("button", { name: /Show GraphiQL Explorer/i }).click();
    const explorer = page.locator(".graphiql-explorer-root, .docExplorerWrap").first();
    await explorer.getByText("person", { exact: true }).first().waitFor();
  });

  it("renders a non-blank screenshot", async () => {
    // A fixed path, kept after the run, so whoever debugs a failure can look at it.
    const file = path.join(os.tmpdir(), "factgraph-playground.png");
    await page.screenshot({ path: file });
    // The page stuck at "Loading GraphiQL…" makes a ~7 kB PNG; the rendered IDE over 30 kB.
    expect(statSync(file).size).toBeGreaterThan(20_000);
  });

  it("made no request beyond this machine and logged no errors", () => {
    expect(nonLocalRequests).toEqual([]);
    expect(pageProblems).toEqual([]);
  });
});
