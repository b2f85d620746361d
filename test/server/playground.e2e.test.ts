/**
 * The GraphiQL playground in headless Chromium against the real app: it must load with no
 * internet, run a query against the seed graph, and show the schema docs.
 */
import { statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { query, startTestApp, type TestApp } from "../support/app";
import { launchBrowser } from "../support/browser";

const QUERY = '{ person(name: "Linda Campbell") { name statements { text } } }';

/** Whether `locator` shows within `timeout` ms: a boolean to `expect`, so a failure says what is missing at once. */
function shows(locator: Locator, timeout = 10_000): Promise<boolean> {
  return locator.waitFor({ timeout }).then(
    () => true,
    () => false,
  );
}

function isLocal(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === "127.0.0.1" || hostname === "localhost";
}

describe("GraphiQL playground", () => {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageCsp = "";
  /** The fields of the served Query type (introspected over HTTP, deprecated ones left out as GraphiQL does), sorted. */
  let queryFields: string[] = [];
  const nonLocalRequests: string[] = [];
  const pageProblems: string[] = []; // console errors (CSP violations among them) and uncaught exceptions

  beforeAll(async () => {
    // Browser first: if Chromium is missing, fail before there is an app left to close.
    browser = await launchBrowser();
    app = await startTestApp();
    const schema = await query<{ __type: { fields: { name: string }[] } }>(app.url, '{ __type(name: "Query") { fields { name } } }');
    queryFields = schema.__type.fields.map((f) => f.name).sort();
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
    // Open from the start, on its home page, without anyone clicking.
    expect(await shows(docs.locator(".graphiql-doc-explorer-title", { hasText: /^Docs$/ }))).toBe(true);
    await docs.getByText("Query", { exact: true }).click();
    expect(await shows(docs.locator(".graphiql-doc-explorer-title", { hasText: /^Query$/ }))).toBe(true);
    // The Query type's page lists every field the server serves, so the schema really was introspected.
    expect(queryFields).toEqual(expect.arrayContaining(["person", "law", "lookup", "searchStatements", "timeline"]));
    const listed = await docs.locator(".graphiql-doc-explorer-field-name").allInnerTexts();
    expect([...listed].sort()).toEqual(queryFields);
  });

  it("has the query builder, which lists the lookups to tick", async () => {
    const show = page.getByRole("button", { name: /Show GraphiQL Explorer/i });
    expect(await shows(show)).toBe(true);
    await show.click();
    // One block per operation of the editor's document: here the query the test above ran.
    const operation = page.locator(".graphiql-explorer-root [id^='query-']").first();
    expect(await shows(operation.locator("[data-field-name='person']").first())).toBe(true);
    // Its top-level rows are the Query fields, each to tick (a selected one is wrapped, with its own fields below it).
    const rows = await operation.evaluate((op) =>
      Array.from(op.children).flatMap((child) => {
        const node = child.matches(".graphiql-explorer-node") ? child : child.querySelector(":scope > .graphiql-explorer-node");
        const name = node?.querySelector(":scope > [data-field-name]")?.getAttribute("data-field-name");
        return name ? [name] : [];
      }),
    );
    expect(rows.sort()).toEqual(queryFields);
    // Ticking one writes it into the query.
    const stored = (): Promise<string> => page.evaluate(() => localStorage.getItem("graphiql:query") ?? "");
    expect(await stored()).not.toMatch(/\blookup\b/);
    await operation.locator(":scope > .graphiql-explorer-node > [data-field-name='lookup']").click();
    await page.waitForFunction(() => /\blookup\b/.test(localStorage.getItem("graphiql:query") ?? ""), undefined, { timeout: 5_000 }).catch(() => undefined);
    expect(await stored()).toMatch(/\blookup\(name: "[^"]*"\)/);
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
