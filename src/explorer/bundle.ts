/**
 * The explorer's browser code, bundled in memory by esbuild's JS API when the server starts: TypeScript under
 * client/, Cytoscape.js out of our own node_modules, the GraphQL operations under queries/. No build step to
 * forget, nothing written to disk, nothing fetched from a CDN.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { operationDocuments } from "./operations";

export interface Asset {
  contentType: string;
  body: Buffer;
  /** Content hash, put in the URL so the asset can be cached as immutable. */
  version: string;
}

function asset(contentType: string, body: Buffer): Asset {
  return { contentType, body, version: createHash("sha256").update(body).digest("hex").slice(0, 12) };
}

const CLIENT_DIR = path.join(__dirname, "client");

/** `import ops from "../queries/x.graphql"` gives { OperationName: document } (operations.ts). */
const graphqlOperations: Plugin = {
  name: "graphql-operations",
  setup(build) {
    build.onLoad({ filter: /\.graphql$/ }, async (args) => ({
      contents: JSON.stringify(operationDocuments(await readFile(args.path, "utf8"), path.basename(args.path))),
      loader: "json",
    }));
  },
};

/** The bundle's files by the name the page requests them under: explorer.js and explorer.css. */
export async function bundleClient(): Promise<Map<string, Asset>> {
  const result = await build({
    entryPoints: [
      { in: path.join(CLIENT_DIR, "main.ts"), out: "explorer" },
      { in: path.join(CLIENT_DIR, "explorer.css"), out: "explorer" },
    ],
    outdir: "/explorer", // required with several outputs; nothing is written
    write: false,
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    plugins: [graphqlOperations],
    logLevel: "silent",
  });
  const assets = new Map<string, Asset>();
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    const contentType = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
    assets.set(name, asset(contentType, Buffer.from(file.contents)));
  }
  return assets;
}
