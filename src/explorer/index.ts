/**
 * The relationship explorer at GET /explorer: search, a Cytoscape.js graph of a node's neighborhood, paths and
 * timelines, and every fact's evidence highlighted in its article. The page talks only to the public GraphQL
 * API; its code is bundled from client/ when the server starts (bundle.ts) and served from memory, so it works
 * offline. (playground.ts serves its assets the same way; the few lines they share are repeated here because
 * that file is not to change for this.)
 */
import { createHash } from "node:crypto";
import express from "express";
import { bundleClient, type Asset } from "./bundle";
import { renderPage } from "./page";

export interface ExplorerOptions {
  /** GraphQL endpoint the page queries; same-origin. */
  endpoint?: string;
}

const ASSETS_PATH = "/assets";

/**
 * Cytoscape prepends `<style>` with exactly this rule to the document; the hash allows it and nothing else.
 * Should an upgrade change the rule it is blocked, which is harmless: explorer.css positions the graph itself.
 */
const CYTOSCAPE_STYLE = ".__________cytoscape_container { position: relative; }";
const CYTOSCAPE_STYLE_HASH = `'sha256-${createHash("sha256").update(CYTOSCAPE_STYLE).digest("base64")}'`;

/** Same-origin only, no inline script, no eval (Cytoscape needs neither). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = { "Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff" };

/** One build per process, however many servers it starts (the tests start several). */
let built: Promise<Map<string, Asset>> | undefined;

function clientBundle(): Promise<Map<string, Asset>> {
  if (!built) {
    built = bundleClient();
    built.catch((error: Error) => console.error(`[explorer] the client code did not build: ${error.message}`));
  }
  return built;
}

export function explorer(options: ExplorerOptions = {}): express.Router {
  const endpoint = options.endpoint ?? "/graphql";
  // Started now, so the bundle (half a second of esbuild) is ready by the first visit; awaited per request.
  const bundle = clientBundle();
  const router = express.Router();

  router.get("/", async (req, res) => {
    let assets: Map<string, Asset>;
    try {
      assets = await bundle;
    } catch (error) {
      res.status(500).type("text").send(`The explorer's client code did not build: ${(error as Error).message}`);
      return;
    }
    const url = (name: string) => `${req.baseUrl}${ASSETS_PATH}/${name}?v=${assets.get(name)!.version}`;
    res
      .set({ ...SECURITY_HEADERS, "Cache-Control": "no-cache" })
      .type("html")
      .send(renderPage({ script: url("explorer.js"), stylesheet: url("explorer.css"), endpoint }));
  });

  router.get(`${ASSETS_PATH}/:name`, async (req, res, next) => {
    const asset = (await bundle.catch(() => undefined))?.get(req.params.name);
    if (!asset) return next();
    res
      .set({
        ...SECURITY_HEADERS,
        "Content-Type": asset.contentType,
        // A changed file gets a new ?v=, so a given URL's content never changes.
        "Cache-Control": "public, max-age=31536000, immutable",
        ETag: `"${asset.version}"`,
      })
      .send(asset.body);
  });

  return router;
}
