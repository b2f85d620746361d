/**
 * The relationship explorer in headless Chromium against the real app and seed graph: search, draw, expand,
 * evidence highlighted in its article, a statement's appearances, a path and a timeline, and a screenshot that
 * shows a real drawing. Nothing may leave the machine, and the page may talk to nothing but /graphql.
 */
import fs, { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { Graph } from "../../src/graph/graph";
import { importFiles } from "../../src/import/run";
import { query, startTestApp, type TestApp } from "../support/app";
import { launchBrowser } from "../support/browser";

const CAMPBELL = "person:linda-campbell";
const TRUST_ACT = "law:ma-trust-act";
const OPPOSES = "stance:campbell-opposes-ma-trust-act";
const QUOTE = "statement:campbell-undermine-federal-law";
const WAIT = { timeout: 30_000 };

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === "data:" || hostname === "127.0.0.1" || hostname === "localhost";
}

describe("relationship explorer", () => {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageCsp = "";
  let blankGraph: Buffer;
  const nonLocalRequests: string[] = [];
  const otherRequests: string[] = []; // anything but the page, its assets and POST /graphql
  const pageProblems: string[] = []; // console errors and warnings (CSP violations among them), uncaught exceptions

  /** Waits until no request or layout is under way. */
  const settle = () => page.waitForFunction(() => window.__explorer?.busy === 0, null, WAIT);
  const nodeIds = () => page.evaluate(() => window.__explorer!.cy.nodes().map((n) => n.id()));

  /** Clicks a node, or an edge's midpoint, where the canvas draws it. */
  async function clickElement(id: string): Promise<void> {
    await settle();
    const point = await page.evaluate((id) => {
      const { cy } = window.__explorer!;
      const node = cy.nodes().filter((n) => n.id() === id);
      if (node.nonempty()) return node.renderedPosition();
      const edge = cy.edges().filter((e) => e.id() === id);
      if (edge.empty()) throw new Error(`${id} is not drawn`);
      return edge.renderedMidpoint();
    }, id);
    const box = await page.locator("#graph").boundingBox();
    await page.mouse.click(box!.x + point.x, box!.y + point.y);
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.route("**/*", (route) => {
      const request = route.request();
      const url = request.url();
      if (!isLocal(url)) {
        nonLocalRequests.push(url);
        return route.abort();
      }
      const { pathname } = new URL(url);
      const allowed = pathname === "/explorer" || pathname.startsWith("/explorer/assets/") || (pathname === "/graphql" && request.method() === "POST");
      if (!allowed && !url.startsWith("data:")) otherRequests.push(`${request.method()} ${pathname}`);
      return route.continue();
    });
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI}`)),
    );
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") pageProblems.push(message.text());
    });
    page.on("pageerror", (error) => pageProblems.push(error.message));
    const response = await page.goto(`${app.url}/explorer`);
    pageCsp = response?.headers()["content-security-policy"] ?? "";
    await page.waitForFunction(() => window.__explorer !== undefined, null, WAIT);
    blankGraph = await page.locator("#graph").screenshot();
  }, 120_000); // on a fresh Neo4j, startTestApp loads the seed graph first

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("serves the page with a strict Content-Security-Policy", () => {
    expect(pageCsp).toContain("default-src 'none'");
    expect(pageCsp).toContain("script-src 'self'");
    expect(pageCsp).toContain("connect-src 'self'");
    expect(pageCsp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it("finds Linda Campbell by searching for Campbell and draws her neighborhood", async () => {
    await page.locator("input[type=search]#search").fill("Campbell");
    const result = page.locator("#search-results [role=option]", { hasText: "Linda Campbell" });
    await result.waitFor(WAIT);
    await result.click();
    await page.waitForFunction(() => window.__explorer!.cy.nodes().length > 1, null, WAIT);
    await settle();

    const ids = await nodeIds();
    // Her office's jurisdiction, her party, the law she opposes, her home town and her two statements.
    expect(ids).toEqual(expect.arrayContaining([CAMPBELL, "jurisdiction:us-ma", "organization:democratic-party", TRUST_ACT, "jurisdiction:us-ma-methuen", QUOTE]));
    const labels = await page.evaluate(() => window.__explorer!.cy.edges().map((e) => e.data("label") as string));
    expect(labels).toEqual(expect.arrayContaining(["OPPOSES", "OFFICE: state Representative", "SAID", "MEMBER_OF", "FROM"]));
    // Drawn by kind: the person and the law get their own shapes.
    const shapes = await page.evaluate(([a, b]) => [a, b].map((id) => window.__explorer!.cy.getElementById(id).style("shape")), [CAMPBELL, TRUST_ACT]);
    expect(shapes).toEqual(["ellipse", "diamond"]);
    // The chosen node's own evidence is in the panel.
    await page.locator("#panel h2", { hasText: "Linda Campbell" }).waitFor(WAIT);
  });

  it("renders a real drawing, not a blank canvas", async () => {
    const drawn = await page.locator("#graph").screenshot();
    writeFileSync(path.join(os.tmpdir(), "factgraph-explorer.png"), drawn); // kept for whoever debugs a failure
    // Decoded by the browser itself: pixels far from the white background, and pixels in the kinds' colors.
    const counts = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const near = (i: number, [r, g, b]: number[]) => Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 40;
      let ink = 0;
      let personBlue = 0;
      let lawRed = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] + data[i + 1] + data[i + 2] < 3 * 235) ink++;
        if (near(i, [0x25, 0x63, 0xeb])) personBlue++;
        if (near(i, [0xb9, 0x1c, 0x1c])) lawRed++;
      }
      return { total: bitmap.width * bitmap.height, ink, personBlue, lawRed };
    }, drawn.toString("base64"));
    expect(counts.ink / counts.total).toBeGreaterThan(0.01);
    expect(counts.personBlue).toBeGreaterThan(300); // Campbell's disc
    expect(counts.lawRed).toBeGreaterThan(100); // the law's diamond
    // The empty canvas (just the hint text) makes a PNG of about 22 kB, this drawing about 65 kB.
    expect(drawn.length).toBeGreaterThan(blankGraph.length * 2);
  });

  it("expands a node when it is clicked", async () => {
    const before = (await nodeIds()).length;
    await clickElement(TRUST_ACT);
    await page.waitForFunction((n) => window.__explorer!.cy.nodes().length > n, before, WAIT);
    await settle();
    const ids = await nodeIds();
    // Who else stands on the law: Brad Hill opposes it, Charlie Baker threatened to veto it.
    expect(ids).toEqual(expect.arrayContaining(["person:brad-hill", "person:charlie-baker", "jurisdiction:us-ma"]));
    expect(await page.evaluate((id) => window.__explorer!.cy.getElementById(id).hasClass("expanded"), TRUST_ACT)).toBe(true);
    await page.locator("#panel h2", { hasText: "Massachusetts Trust Act" }).waitFor(WAIT);
  });

  it("shows an edge's evidence highlighted inside its article's full text, with title, publisher and date", async () => {
    const { stances } = await query<{ stances: { evidence: { start: number; end: number; excerpt: string; article: { id: string; text: string; publishedOn: string } }[] }[] }>(
      app!.url,
      `{ stances(where: { id: { eq: "${OPPOSES}" } }) { evidence { start end excerpt article { id text publishedOn } } } }`,
    );
    const [evidence] = stances[0].evidence;
    await clickElement(OPPOSES);
    await page.locator("#panel .edge-title", { hasText: "OPPOSES" }).waitFor(WAIT);
    await page.locator("#panel mark").first().waitFor(WAIT);

    const shown = await page.evaluate(() => {
      const box = document.querySelector("#panel .article-text")!;
      const mark = box.querySelector("mark")!;
      // Where the mark starts in the text as displayed: the length of all text before it.
      const range = document.createRange();
      range.setStart(box, 0);
      range.setEndBefore(mark);
      return {
        text: box.textContent,
        mark: mark.textContent,
        offset: range.toString().length,
        marks: box.querySelectorAll("mark").length,
        heading: document.querySelector("#panel .article-title")!.textContent,
        byline: document.querySelector("#panel .byline")!.textContent,
      };
    });
    expect(shown.text).toBe(evidence.article.text);
    expect(shown.mark).toBe(evidence.excerpt);
    expect(shown.offset).toBe(evidence.start);
    expect(shown.marks).toBe(1);
    // The seed articles have no title: the panel names the article by id and summary.
    expect(shown.heading).toContain(evidence.article.id);
    expect(shown.byline).toBe(`publisher not stated · ${evidence.article.publishedOn} (inferred)`);
  });

  it("shows a statement's speaker, appearances with their relay, and variants", async () => {
    await clickElement(QUOTE);
    const panel = page.locator("#panel");
    await panel.locator("blockquote", { hasText: "undermine federal law" }).waitFor(WAIT);
    await settle();
    expect(await panel.locator(".facts").innerText()).toContain("Linda Campbell");
    const appearances = await panel.locator(".appearances li").allInnerTexts();
    expect(appearances).toHaveLength(1);
    expect(appearances[0]).toContain("relayed by The Eagle-Tribune");
    await panel.locator("h3", { hasText: "Variants" }).waitFor();
    await panel.locator("mark").first().waitFor();
  });

  it("lists a statement's fact-checks, with their verdicts, in its panel", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-explorer-"));
    const graph = new Graph(app!.driver);
    try {
      const file = path.join(dir, "review.jsonld");
      fs.writeFileSync(
        file,
        JSON.stringify({
          "@context": "https://schema.org",
          "@type": "ClaimReview",
          url: "https://checks.example.org/undermine-federal-law",
          claimReviewed: "A sanctuary state bill is clearly an attempt to undermine federal law.",
          author: { "@type": "Organization", name: "Explorer Test Checks" },
          reviewRating: { "@type": "Rating", alternateName: "Half True" },
        }),
      );
      await importFiles(graph, "claimreview", [file]);
      await clickElement(CAMPBELL);
      await clickElement(QUOTE);
      const item = page.locator("#panel .fact-checks li", { hasText: "undermine federal law" });
      await item.waitFor(WAIT);
      expect(await item.innerText()).toContain("Half True");
      expect(await item.innerText()).toContain("Explorer Test Checks");
    } finally {
      await graph.write((tx) => tx.run("MATCH (n) WHERE n.origin = 'claimreview' DETACH DELETE n"));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("draws the paths from Campbell to Baker, with each hop's evidence a click away", async () => {
    const { connections } = await query<{ connections: { steps: { relation: string }[] }[] }>(
      app!.url,
      '{ connections(from: "Campbell", to: "Baker", maxHops: 4) { steps { relation } } }',
    );
    await page.locator(".modes button[data-mode=path]").click();
    await page.locator("#path-from").fill("Campbell");
    await page.locator("#path-to").fill("Baker");
    await page.locator("#path-form button[type=submit]").click();
    await page.locator("#panel .paths").waitFor(WAIT);
    await settle();

    expect(await page.locator("#panel .paths > li").count()).toBe(connections.length);
    const ids = await nodeIds();
    expect(ids).toEqual(expect.arrayContaining([CAMPBELL, "person:charlie-baker"]));
    const relations = await page.evaluate(() => window.__explorer!.cy.edges().map((e) => e.data("label") as string));
    expect(new Set(relations)).toEqual(new Set(connections.flatMap((c) => c.steps.map((s) => s.relation))));

    await page.locator("#panel .hop-relation", { hasText: "OFFICE: Governor" }).first().click();
    await page.locator("#panel .edge-title", { hasText: "OFFICE: Governor" }).waitFor(WAIT);
    expect(await page.locator("#panel mark").first().innerText()).toContain("Charlie Baker");
  });

  it("shows the timeline of the Massachusetts Trust Act, oldest first, inferred dates marked", async () => {
    const { timeline } = await query<{ timeline: { name: string; date: string | null; dateInferred: boolean | null }[] }>(
      app!.url,
      '{ timeline(name: "Massachusetts Trust Act") { name date dateInferred } }',
    );
    await page.locator(".modes button[data-mode=timeline]").click();
    await page.locator("#timeline-name").fill("Massachusetts Trust Act");
    await page.locator("#timeline-name").press("Enter");
    await page.locator("#timeline .timeline-event").first().waitFor(WAIT);
    await settle();

    expect(await page.locator("#timeline .event-name").allInnerTexts()).toEqual(timeline.map((e) => e.name));
    const when = await page.locator("#timeline .when").allInnerTexts();
    expect(when.map((w) => w.replace(/\s+/g, " ").trim())).toEqual(timeline.map((e) => `${e.date ?? "undated"}${e.dateInferred ? " INFERRED" : ""}`));
    await page.locator("#timeline .event-name").first().click();
    await page.locator("#panel mark").first().waitFor(WAIT);
  });

  it("made no request beyond this machine, used only the GraphQL API, and logged no errors", async () => {
    await settle();
    expect(nonLocalRequests).toEqual([]);
    expect(otherRequests).toEqual([]);
    expect(pageProblems).toEqual([]);
  });
});
