/**
 * GraphiQL playground that works offline: the page and every script and stylesheet it loads
 * come from this router (React and GraphiQL out of our own node_modules), never from a CDN.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import express from "express";

export interface PlaygroundOptions {
  /** GraphQL endpoint the page queries, e.g. "/graphql". */
  endpoint: string;
  /** Query shown in the editor on a first visit. */
  defaultQuery: string;
  title?: string;
}

const ASSETS_PATH = "/playground/assets";

/**
 * Starts GraphiQL. Served as a file rather than inline so the page's CSP can forbid inline
 * script; the options arrive in a non-executable JSON <script> block.
 */
const BOOTSTRAP_JS = `"use strict";
(function () {
  var config = JSON.parse(document.getElementById("playground-config").textContent);
  var container = document.getElementById("graphiql");
  // Full-window layout set through the CSSOM, which CSP's style-src does not restrict.
  document.body.style.margin = "0";
  container.style.height = "100vh";
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: config.endpoint }),
      defaultQuery: config.defaultQuery,
      isHeadersEditorEnabled: true,
      // The explorer lets researchers build a query by ticking fields, with no GraphQL syntax to learn.
      plugins: [GraphiQLPluginExplorer.explorerPlugin()],
      visiblePlugin: GraphiQL.React.DOC_EXPLORER_PLUGIN,
    })
  );
})();
`;

interface Asset {
  contentType: string;
  body: Buffer;
  /** Content hash, put in the URL so the asset can be cached as immutable. */
  version: string;
}

function asset(contentType: string, body: Buffer): Asset {
  return { contentType, body, version: createHash("sha256").update(body).digest("hex").slice(0, 12) };
}

/** A file shipped in an npm package, found via its package.json because React's "exports" hides umd/. */
function packageFile(pkg: string, file: string): Buffer {
  return readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file));
}

const JS = "text/javascript; charset=utf-8";
const CSS = "text/css; charset=utf-8";

// Script order matters: GraphiQL's UMD build needs the React globals, the explorer GraphiQL, the bootstrap all of them.
const SCRIPTS = ["react.js", "react-dom.js", "graphiql.js", "explorer.js", "bootstrap.js"];
const STYLESHEETS = ["graphiql.css", "explorer.css"];

/** Everything the page loads, held in memory (about 4 MB, mostly GraphiQL). */
function loadAssets(): Map<string, Asset> {
  return new Map([
    ["react.js", asset(JS, packageFile("react", "umd/react.production.min.js"))],
    ["react-dom.js", asset(JS, packageFile("react-dom", "umd/react-dom.production.min.js"))],
    ["graphiql.js", asset(JS, packageFile("graphiql", "graphiql.min.js"))],
    // Pinned to 3.2.5: later 3.2.x need a newer @graphiql/react than graphiql 3.8 ships.
    ["explorer.js", asset(JS, packageFile("@graphiql/plugin-explorer", "dist/index.umd.js"))],
    ["explorer.css", asset(CSS, packageFile("@graphiql/plugin-explorer", "dist/style.css"))],
    ["graphiql.css", asset(CSS, packageFile("graphiql", "graphiql.min.css"))],
    ["bootstrap.js", asset(JS, Buffer.from(BOOTSTRAP_JS))],
  ]);
}

/**
 * Radix dialogs (Settings, Short keys) inject a scroll-lock <style>. Its text depends only on the
 * body's margins and scrollbar width, fixed here by the full-window layout, so a hash allows exactly
 * it. Should a GraphiQL upgrade change it, the style is blocked, which is harmless: the page never scrolls.
 */
const SCROLL_LOCK_STYLE_HASH = "'sha256-Y/huXlwoYkVyQlxwSVcCi1RCDGDCSVBzDt0hYP9qlTc='";

/**
 * Only same-origin resources, no 'unsafe-inline' or 'unsafe-eval' (GraphiQL 3.8 and React 18 need
 * neither). graphiql.min.css embeds its fonts and a few icons as data: URLs.
 */
function contentSecurityPolicy(endpoint: string): string {
  const connect = ["'self'"];
  if (/^https?:\/\//i.test(endpoint)) connect.push(new URL(endpoint).origin);
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${SCROLL_LOCK_STYLE_HASH}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside <script>: no "</script>" or "<!--" can appear. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The page; its empty data: favicon spares a /favicon.ico request that would only 404. */
function renderPage(baseUrl: string, assets: Map<string, Asset>, options: PlaygroundOptions): string {
  const url = (name: string) => escapeHtml(`${baseUrl}${ASSETS_PATH}/${name}?v=${assets.get(name)!.version}`);
  const config = { endpoint: options.endpoint, defaultQuery: options.defaultQuery };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? "factgraph playground")}</title>
<link rel="icon" href="data:,">
${STYLESHEETS.map((name) => `<link rel="stylesheet" href="${url(name)}">`).join("\n")}
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script type="application/json" id="playground-config">${scriptJson(config)}</script>
${SCRIPTS.map((name) => `<script src="${url(name)}"></script>`).join("\n")}
</body>
</html>
`;
}

export function playground(options: PlaygroundOptions): express.Router {
  const assets = loadAssets();
  const csp = contentSecurityPolicy(options.endpoint);
  const router = express.Router();

  router.get("/", (req, res) => {
    res
      .set({ "Content-Security-Policy": csp, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff" })
      .type("html")
      .send(renderPage(req.baseUrl, assets, options));
  });

  router.get(`${ASSETS_PATH}/:name`, (req, res, next) => {
    const asset = assets.get(req.params.name);
    if (!asset) return next();
    res
      .set({
        "Content-Type": asset.contentType,
        // A changed file gets a new ?v=, so a given URL's content never changes.
        "Cache-Control": "public, max-age=31536000, immutable",
        ETag: `"${asset.version}"`, // saves Express hashing 3.5 MB per request
        "X-Content-Type-Options": "nosniff",
      })
      .send(asset.body);
  });

  return router;
}
